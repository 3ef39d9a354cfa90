import { allowedCommands, nextPosition } from './meeting.allowed';
import { isChatSlot, runningBucket } from './meeting.apply';
import {
  chatElapsedMs,
  clampNow,
  episodeMs,
  itemElapsedMs,
  meetingElapsedMs,
  offTopicTotalMs,
  pausedTotalMs,
} from './meeting.clock';
import type { MeetingState } from './meeting.state';
import type { Budgeted, ItemProgress, ItemView, MeetingView } from './meeting.view';
import { visibleNudge } from '../nudges/nudge.schedule';

export function budgeted(elapsedMs: number, budgetMs: number): Budgeted {
  return {
    elapsedMs,
    budgetMs,
    remainingMs: Math.max(0, budgetMs - elapsedMs),
    overtimeMs: Math.max(0, elapsedMs - budgetMs),
    fraction: budgetMs === 0 ? 1 : elapsedMs / budgetMs,
  };
}

function progressOf(s: MeetingState, index: number, id: string, actualMs: number): ItemProgress {
  if (s.deferred.includes(id)) return 'deferred';
  if (index === s.position && s.status !== 'ended') return 'current';
  return actualMs > 0 || (s.position > index && s.status !== 'planned') ? 'done' : 'upcoming';
}

/** Everything a screen needs at `now`. Pure and cheap: it sums stored moments, so calling it often cannot drift. */
export function derive(s: MeetingState, rawNow: number): MeetingView {
  const now = clampNow(s, rawNow);
  const items: ItemView[] = s.plan.items.map((item, index) => {
    const actual = itemElapsedMs(s, item.id, now);
    return {
      id: item.id,
      title: item.title,
      index,
      progress: progressOf(s, index, item.id, actual),
      originalBudgetMs: (s.originalBudgets[item.id] ?? item.budgetSec) * 1000,
      ...budgeted(actual, item.budgetSec * 1000),
    };
  });
  const elapsed = meetingElapsedMs(s, now);
  const chatMs = chatElapsedMs(s, now);
  const offTopicMs = offTopicTotalMs(s, now);
  const nextPos = s.status === 'planned' ? null : nextPosition(s);
  const nextItem = nextPos === null ? null : s.plan.items[nextPos];
  return {
    now,
    status: s.status,
    bucket: runningBucket(s),
    meeting: {
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      elapsedMs: elapsed,
      pausedMs: pausedTotalMs(s, now),
      cap: s.plan.capSec === null ? null : budgeted(elapsed, s.plan.capSec * 1000),
    },
    current: s.status === 'ended' || s.position < 0 ? null : (items[s.position] ?? null),
    chat:
      s.plan.chatAtEndSec > 0 || chatMs > 0
        ? { active: s.status !== 'ended' && isChatSlot(s), ...budgeted(chatMs, s.plan.chatAtEndSec * 1000) }
        : null,
    offTopic: {
      active: s.offTopic,
      episodeMs: episodeMs(s, now),
      totalMs: offTopicMs,
      episodes: s.episodes.length,
    },
    onAgendaMs: items.reduce((sum, i) => sum + i.elapsedMs, 0),
    items,
    next:
      nextPos === null
        ? null
        : nextItem
          ? { id: nextItem.id, title: nextItem.title }
          : { id: null, title: null, chat: true },
    nudge: visibleNudge(s, now),
    allowed: allowedCommands(s),
  };
}
