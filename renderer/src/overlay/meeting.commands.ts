import type { SessionCommand } from '../../../shared/session/session.commands';
import type { SessionCommandType } from '../../../shared/session/session.commands';
import { sendOrToast } from '../store/actions';

/** Runs an engine command; a refusal becomes a toast. */
export function run(command: SessionCommand) {
  return sendOrToast({ type: 'session.command', command });
}

export type Allowed = Record<SessionCommandType, boolean> | null;

/** Start, or go to the next item: the one button (and key) that moves a meeting forward. */
export function startOrNext(allowed: Allowed) {
  if (allowed?.start) return run({ type: 'start' });
  if (allowed?.next) return run({ type: 'next' });
  return null;
}
