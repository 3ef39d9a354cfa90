import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { floorCommand } from '../../../shared/meeting/floor.keys';
import type { Participant } from '../../../shared/people/participant.schema';
import { useAppStore } from '../store/store';
import { run } from './meeting.actions';

/** What a digit (or a tap on a name) means now, from what the window last heard from the host; sent if anything. */
export function floorKey(digit: number, queue = false) {
  const command = floorCommand(useAppStore.getState().view, digit, queue);
  return command ? run(command) : null;
}

export const giveFloor = (participantId: string | null) => run({ type: 'giveFloor', participantId });

/** On the speaking list or off it. */
export function toggleQueue(participantId: string, queued: boolean) {
  const command: MeetingCommand = queued
    ? { type: 'queueRemove', participantId }
    : { type: 'queueAdd', participantId };
  return run(command);
}

export const moveInQueue = (participantId: string, index: number) =>
  run({ type: 'queueMove', participantId, index });

export const joinMeeting = (participant: Participant) => run({ type: 'joinParticipant', participant });
export const leaveMeeting = (participantId: string) => run({ type: 'leaveParticipant', participantId });
