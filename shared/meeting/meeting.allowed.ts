import { activePositions, hasOpenNudge, isChatSlot, nextPosition } from './meeting.facts';
import { nextInRound, presentIds } from './meeting.roster';
import type { MeetingCommandType } from './meeting.commands';
import type { MeetingState, MeetingStatus } from './meeting.state';

/** Which command each status accepts. Read by the UI (to grey out buttons) and the host (to refuse). */
export const COMMAND_STATUSES: Record<MeetingCommandType, readonly MeetingStatus[]> = {
  start: ['planned'],
  next: ['running', 'paused'],
  goto: ['running', 'paused'],
  addTime: ['planned', 'running', 'paused'],
  addItem: ['planned', 'running', 'paused'],
  toggleOffTopic: ['running', 'paused'],
  togglePause: ['running', 'paused'],
  pause: ['running'],
  resume: ['paused'],
  end: ['running', 'paused'],
  undo: ['running', 'paused', 'ended'],
  snoozeNudge: ['running', 'paused'],
  dismissNudge: ['running', 'paused'],
  nudgeActed: ['running', 'paused', 'ended'],
  changeLine: ['running', 'paused'],
  rebalance: ['running', 'paused'],
  // Notes and follow-ups belong to the meeting's record: before, during and after it.
  editNotes: ['planned', 'running', 'paused', 'ended'],
  addFollowUp: ['planned', 'running', 'paused', 'ended'],
  updateFollowUp: ['planned', 'running', 'paused', 'ended'],
  removeFollowUp: ['planned', 'running', 'paused', 'ended'],
  // People can be expected (and turn up, or not) before the start; the floor and the queue belong to the call.
  joinParticipant: ['planned', 'running', 'paused'],
  leaveParticipant: ['planned', 'running', 'paused'],
  giveFloor: ['running', 'paused'],
  queueAdd: ['running', 'paused'],
  queueRemove: ['running', 'paused'],
  queueMove: ['running', 'paused'],
  queueNext: ['running', 'paused'],
  roundNext: ['running', 'paused'],
};

/** Conditions beyond status that do not depend on a command's arguments. */
const PRECONDITIONS: Partial<Record<MeetingCommandType, (s: MeetingState) => boolean>> = {
  next: (s) => nextPosition(s) !== null,
  goto: (s) => activePositions(s).some((p) => p !== s.position),
  // Planned small talk is already chat: there is nothing to mark off-topic in the chat slot.
  toggleOffTopic: (s) => s.offTopic || !isChatSlot(s),
  undo: (s) => s.undoDepth > 0,
  snoozeNudge: hasOpenNudge,
  dismissNudge: hasOpenNudge,
  changeLine: hasOpenNudge,
  nudgeActed: (s) => s.nudges.length > 0,
  // Whether it would change anything depends on the clock: proposeRebalance says, and decide refuses a no-op.
  rebalance: (s) => !isChatSlot(s),
  leaveParticipant: (s) => presentIds(s).length > 0,
  giveFloor: (s) => presentIds(s).length > 0,
  queueAdd: (s) => presentIds(s).length > 0,
  queueRemove: (s) => s.queue.length > 0,
  queueMove: (s) => s.queue.length > 1,
  queueNext: (s) => s.queue.length > 0,
  roundNext: (s) => nextInRound(s) !== null,
};

export function isAllowed(s: MeetingState, type: MeetingCommandType): boolean {
  if (!COMMAND_STATUSES[type].includes(s.status)) return false;
  return PRECONDITIONS[type]?.(s) ?? true;
}

export function allowedCommands(s: MeetingState): Record<MeetingCommandType, boolean> {
  const out = {} as Record<MeetingCommandType, boolean>;
  for (const type of Object.keys(COMMAND_STATUSES) as MeetingCommandType[]) out[type] = isAllowed(s, type);
  return out;
}
