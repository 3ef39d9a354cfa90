import type { Audience, HardTalkCard, MeetingKind } from '../agenda/agenda.schema';
import { allowedCommands } from './meeting.allowed';
import type { MeetingCommandType } from './meeting.commands';
import { currentItem, isChatSlot, isLive, nextPosition } from './meeting.facts';
import {
  chatElapsedMs,
  episodeMs,
  itemElapsedMs,
  meetingElapsedMs,
  offTopicTotalMs,
  pausedTotalMs,
  primaryElapsedMs,
} from './meeting.readings';
import { readClock, type Clocked } from './meeting.clocked';
import type { MeetingState, MeetingStatus } from './meeting.state';
import { peopleView, type PeopleView } from './meeting.view.people';
import { own } from '../ids/safe.id';

/**
 * How a progress bar moves, from the state alone: its fill when the running segment began, when that was, and how
 * long until it is full. `key` changes whenever the bar must start over.
 */
export interface BarGeometry {
  key: string;
  startFraction: number;
  startedAt: number | null;
  msToFull: number;
}

export type RowState = 'current' | 'done' | 'deferred' | 'upcoming';

export interface AgendaRow {
  id: string;
  title: string;
  state: RowState;
  spent: Clocked;
  budgetSec: number;
  /** The budget before a rebalance changed it, when one did. */
  fromSec: number | null;
  /** Worked on for longer than its budget (for rows no longer running). */
  over: boolean;
}

/** What the big counter counts: the current item, the chat slot, or (once ended) the whole meeting. */
export type MainCounterView =
  | { kind: 'item' | 'chat'; elapsed: Clocked; budgetMs: number; stopped: boolean }
  | { kind: 'total'; elapsed: Clocked };

/**
 * Everything a screen shows about the open meeting, computed once per change by the host and pushed with every
 * snapshot. Clients read it and the clock; they never fold events or apply engine rules.
 */
export interface MeetingView {
  id: string;
  /** The journal's length: it changes exactly when the meeting does. */
  seq: number;
  title: string;
  clientId: string | null;
  kind: MeetingKind;
  audience: Audience;
  status: MeetingStatus;
  startedAt: number | null;
  endedAt: number | null;
  app: string | null;
  hardTalk: HardTalkCard | null;
  header: {
    /** The current item's title, the meeting's once ended, or null for the chat at the end. */
    title: string | null;
    position: { n: number; total: number } | null;
    next: { kind: 'item'; title: string } | { kind: 'chat' } | null;
  };
  counter: MainCounterView | null;
  /** The counter the eye is on (item, off-topic episode, chat or pause): its seconds set the ticking rhythm. */
  primary: Clocked | null;
  meeting: { elapsed: Clocked; paused: Clocked; capMs: number | null };
  offTopic: { active: boolean; episode: Clocked; total: Clocked; episodes: number };
  currentItem: { id: string; title: string; budgetSec: number } | null;
  agenda: AgendaRow[];
  chatRow: { budgetSec: number; current: boolean } | null;
  bars: { item: BarGeometry | null; cap: BarGeometry | null };
  allowed: Record<MeetingCommandType, boolean>;
  /** The people in the call, the floor, the speaking list and the round; null with nobody in the plan. */
  people: PeopleView | null;
}

/** The view of a meeting. Pure and clock-free: every moving figure is a Clocked anchored at the latest event. */
export function meetingView(s: MeetingState, seq: number): MeetingView {
  const at = s.lastAt;
  const open = s.open;
  const clocked = (ms: number, running: boolean): Clocked => ({ ms, since: running ? at : null });
  const ended = s.status === 'ended';
  const live = isLive(s);
  const item = currentItem(s);
  const chatActive = !ended && isChatSlot(s);
  const elapsed = clocked(meetingElapsedMs(s, at), s.status === 'running');
  const primary = primaryElapsedMs(s, at);
  return {
    id: s.plan.id,
    seq,
    title: s.plan.title,
    clientId: s.plan.clientId,
    kind: s.plan.kind,
    audience: s.plan.audience,
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    app: s.app,
    hardTalk: s.plan.hardTalk,
    header: header(s),
    counter: ended
      ? { kind: 'total', elapsed }
      : item
        ? {
            kind: 'item',
            elapsed: clocked(itemElapsedMs(s, item.id, at), open?.kind === 'item'),
            budgetMs: item.budgetSec * 1000,
            stopped: s.status !== 'running' || s.offTopic,
          }
        : chatActive
          ? {
              kind: 'chat',
              elapsed: clocked(chatElapsedMs(s, at), open?.kind === 'chat'),
              budgetMs: s.plan.chatAtEndSec * 1000,
              stopped: s.status !== 'running' || s.offTopic,
            }
          : null,
    primary: primary === null ? null : clocked(primary, true),
    meeting: {
      elapsed,
      paused: clocked(pausedTotalMs(s, at), open?.kind === 'paused'),
      capMs: s.plan.capSec === null ? null : s.plan.capSec * 1000,
    },
    offTopic: {
      active: s.offTopic,
      episode: clocked(episodeMs(s, at), open?.kind === 'offTopic'),
      total: clocked(offTopicTotalMs(s, at), open?.kind === 'offTopic'),
      episodes: s.episodes.length,
    },
    currentItem: item ? { id: item.id, title: item.title, budgetSec: item.budgetSec } : null,
    agenda: s.plan.items.map((it, index) => {
      const current = live && index === s.position;
      const spent = itemElapsedMs(s, it.id, at);
      return {
        id: it.id,
        title: it.title,
        state: current
          ? 'current'
          : s.deferred.includes(it.id)
            ? 'deferred'
            : spent > 0
              ? 'done'
              : 'upcoming',
        spent: clocked(spent, open?.kind === 'item' && open.itemId === it.id),
        budgetSec: it.budgetSec,
        fromSec: own(s.rebalancedFrom, it.id) ?? null,
        over: spent > it.budgetSec * 1000,
      };
    }),
    chatRow:
      s.plan.chatAtEndSec > 0
        ? { budgetSec: s.plan.chatAtEndSec, current: s.position === s.plan.items.length }
        : null,
    bars: { item: itemBar(s), cap: capBar(s) },
    allowed: allowedCommands(s),
    people: peopleView(s),
  };
}

function header(s: MeetingState): MeetingView['header'] {
  const items = s.plan.items;
  const pos = s.status === 'planned' ? 0 : s.position;
  const chat = s.status !== 'ended' && isChatSlot(s, pos);
  const next = s.status === 'planned' ? null : nextPosition(s);
  const nextItem = next === null ? null : items[next];
  return {
    title: s.status === 'ended' ? s.plan.title : chat ? null : (items[pos]?.title ?? ''),
    position: s.status === 'ended' || chat ? null : { n: pos + 1, total: items.length },
    next:
      next === null || s.status === 'ended'
        ? null
        : nextItem
          ? { kind: 'item', title: nextItem.title }
          : { kind: 'chat' },
  };
}

function itemBar(s: MeetingState): BarGeometry | null {
  const item = currentItem(s);
  if (!item) return null;
  const budgetMs = item.budgetSec * 1000;
  const spentAtOpen = own(s.itemMs, item.id) ?? 0;
  const running = s.open?.kind === 'item' && s.open.itemId === item.id;
  return {
    key: `${item.id}:${s.open?.from ?? 'idle'}:${s.open?.kind ?? ''}:${budgetMs}`,
    startFraction: budgetMs === 0 ? 1 : spentAtOpen / budgetMs,
    startedAt: running ? s.open!.from : null,
    msToFull: Math.max(0, budgetMs - spentAtOpen),
  };
}

function capBar(s: MeetingState): BarGeometry | null {
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

/** How long until the primary counter shows its next second (a timer firing a little early would show the old one). */
export function msToNextFlip(view: Pick<MeetingView, 'primary'> | null, now: number): number | null {
  if (!view?.primary || view.primary.since === null) return null;
  const into = readClock(view.primary, now) % 1000;
  return into === 0 ? 1000 : 1000 - into;
}
