import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import type { MeetingCommandType } from '../../../shared/meeting/meeting.commands';
import { sendOrToast } from '../store/actions';

/** Runs an engine command; a refusal becomes a toast. */
export function run(command: MeetingCommand) {
  return sendOrToast({ type: 'meeting.command', command });
}

export type Allowed = Record<MeetingCommandType, boolean> | null;

/** Start, or go to the next item: the one button (and key) that moves a meeting forward. */
export function startOrNext(allowed: Allowed) {
  if (allowed?.start) return run({ type: 'start' });
  if (allowed?.next) return run({ type: 'next' });
  return null;
}
