import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { currentItem } from '../../../shared/meeting/meeting.clock';

/**
 * What the main progress bar needs, from the state alone (no clock): so it changes only when the meeting does.
 * The key changes whenever the bar must start over (another item, off-topic, a pause, added time).
 */
export function itemBarGeometry(s: MeetingState) {
  const item = currentItem(s);
  if (!item) return null;
  const budgetMs = item.budgetSec * 1000;
  const spentAtOpen = s.itemMs[item.id] ?? 0;
  const running = s.open?.kind === 'item' && s.open.itemId === item.id;
  return {
    key: `${item.id}:${s.open?.from ?? 'idle'}:${s.open?.kind ?? ''}:${budgetMs}`,
    startFraction: budgetMs === 0 ? 1 : spentAtOpen / budgetMs,
    startedAt: running ? s.open!.from : null,
    msToFull: Math.max(0, budgetMs - spentAtOpen),
  };
}

/** The same for the meeting against its cap. */
export function capBarGeometry(s: MeetingState) {
  const cap = s.plan.capSec;
  if (cap === null || s.startedAt === null) return null;
  const capMs = cap * 1000;
  // Meeting time at the start of the open segment (or at the end): wall time since start minus closed pauses.
  const at = s.status === 'ended' ? (s.endedAt ?? s.lastAt) : (s.open?.from ?? s.lastAt);
  const spent = Math.max(0, at - s.startedAt - s.pausedMs);
  const running = s.status === 'running' && s.open !== null;
  return {
    key: `cap:${at}:${s.status}:${capMs}`,
    startFraction: spent / capMs,
    startedAt: running ? s.open!.from : null,
    msToFull: Math.max(0, capMs - spent),
  };
}
