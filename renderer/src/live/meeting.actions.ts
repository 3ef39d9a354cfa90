import type { TFunction } from 'i18next';
import type { AnnotationCommand, MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { quickCommand, type QuickAction } from '../../../shared/meeting/quick.actions';
import { platform } from '../platform';
import { send, sendOrToast, toast } from '../store/actions';
import { useAppStore } from '../store/store';

/** Runs an engine command; a refusal becomes a toast. */
export function run(command: MeetingCommand) {
  return sendOrToast({ type: 'meeting.command', command });
}

/**
 * A key, button or shortcut that means "start or next", "off-topic"…: the command it means now, from the view's
 * table of what is allowed; nothing when it would do nothing.
 */
export function quick(action: QuickAction) {
  const command = quickCommand(action, useAppStore.getState().view?.allowed);
  return command ? run(command) : null;
}

/** Fits the rest of the agenda into the time left, with the minimum per item from Settings. */
export function rebalance(minItemSec: number) {
  return run({ type: 'rebalance', minItemSec });
}

export const SNOOZE_MINUTES = [1, 3, 5] as const;

/** Copies the shown line, and tells the host it was used (for the report). */
export async function copyNudge(key: string, text: string, t: TFunction) {
  if (await platform().copyText(text)) {
    toast(t('nudge.copied'));
    await send({ type: 'meeting.command', command: { type: 'nudgeActed', key, action: 'copied' } }).catch(
      () => undefined,
    );
  } else toast(t('nudge.copyFailed'), 'error');
}

export function anotherLine(key: string) {
  return sendOrToast({ type: 'nudge.anotherLine', key });
}

export function snooze(key: string, minutes: number) {
  return run({ type: 'snoozeNudge', key, sec: minutes * 60 });
}

export function dismiss(key: string) {
  return run({ type: 'dismissNudge', key });
}

/** Notes and follow-ups go to the meeting's own record, open or past. */
export function annotate(meetingId: string, command: AnnotationCommand) {
  return sendOrToast({ type: 'meeting.annotate', meetingId, command });
}
