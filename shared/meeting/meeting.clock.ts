import { isChatSlot } from './meeting.apply';
import type { MeetingState } from './meeting.state';

/** Time never runs backwards past the latest event. */
export function clampNow(s: MeetingState, now: number): number {
  return Math.max(now, s.lastAt);
}

/** Milliseconds in the running segment at `now` (0 when nothing runs). */
export function openMs(s: MeetingState, now: number): number {
  return s.open ? clampNow(s, now) - s.open.from : 0;
}

export function pausedTotalMs(s: MeetingState, now: number): number {
  return s.pausedMs + (s.open?.kind === 'paused' ? openMs(s, now) : 0);
}

/** Meeting time: wall time since start, without pauses. Off-topic counts — the call goes on. */
export function meetingElapsedMs(s: MeetingState, now: number): number {
  if (s.startedAt === null) return 0;
  const end = s.endedAt ?? clampNow(s, now);
  return end - s.startedAt - pausedTotalMs(s, now);
}

export function itemElapsedMs(s: MeetingState, itemId: string, now: number): number {
  const running = s.open?.kind === 'item' && s.open.itemId === itemId ? openMs(s, now) : 0;
  return (s.itemMs[itemId] ?? 0) + running;
}

export function chatElapsedMs(s: MeetingState, now: number): number {
  return s.chatMs + (s.open?.kind === 'chat' ? openMs(s, now) : 0);
}

export function offTopicTotalMs(s: MeetingState, now: number): number {
  return s.offTopicMs + (s.open?.kind === 'offTopic' ? openMs(s, now) : 0);
}

/** Off-topic milliseconds in the current episode (0 when off-topic is off). */
export function episodeMs(s: MeetingState, now: number): number {
  const ep = s.episodes.at(-1);
  if (!s.offTopic || !ep) return 0;
  return ep.closedMs + (s.open?.kind === 'offTopic' ? openMs(s, now) : 0);
}

export function currentItem(s: MeetingState) {
  return isChatSlot(s) ? null : (s.plan.items[s.position] ?? null);
}
