import type { MeetingCommand } from './meeting.commands';
import type { MeetingView } from './meeting.view';

/** Whether a meeting's people are worked by key: a group meeting with people in it (one client is not a floor). */
export function hasFloorKeys(view: Pick<MeetingView, 'audience' | 'people'> | null | undefined): boolean {
  return view?.audience === 'group' && (view.people?.rows.length ?? 0) > 0;
}

/**
 * What digit key `digit` means now: 1–9 give the floor to participant 1–9 (their own digit again gives it to nobody),
 * 0 to nobody; with `queue`, 1–9 put them on the speaking list or take them off it. Null when it would do nothing
 * (no such person, someone who left, a command the meeting cannot take now). Shared by the overlay's keys and the
 * shell's global shortcuts.
 */
export function floorCommand(
  view: Pick<MeetingView, 'audience' | 'people' | 'allowed'> | null | undefined,
  digit: number,
  queue = false,
): MeetingCommand | null {
  if (!view || !hasFloorKeys(view)) return null;
  const people = view.people!;
  const holder = people.floor.participantId;
  if (digit === 0)
    return !queue && holder !== null && view.allowed.giveFloor
      ? { type: 'giveFloor', participantId: null }
      : null;
  const row = people.rows.find((r) => r.n === digit);
  if (!row?.present) return null;
  if (queue) {
    if (row.queued !== null)
      return view.allowed.queueRemove ? { type: 'queueRemove', participantId: row.id } : null;
    return view.allowed.queueAdd ? { type: 'queueAdd', participantId: row.id } : null;
  }
  if (!view.allowed.giveFloor) return null;
  return { type: 'giveFloor', participantId: row.id === holder ? null : row.id };
}
