import type { MeetingPlan } from '../agenda/agenda.schema';
import { UNDOABLE, type EventOf, type MeetingEvent } from './meeting.events';
import { firstActivePosition, isChatSlot, isLive, isOpenNudge, runningBucket } from './meeting.facts';
import { endTurn, PEOPLE_GUARDS, PEOPLE_HANDLERS, positionChanged, syncSpeech } from './meeting.floor';
import type { MeetingState } from './meeting.state';
import { parseSubject, sameSubject } from './meeting.vocabulary';
import { own } from '../ids/safe.id';

/** The state right after a `planned` event. */
export function initialState(planned: MeetingPlan, at: number): MeetingState {
  const plan = structuredClone(planned);
  // A round is as long as its people take: everyone in the plan, N minutes each.
  for (const item of plan.items)
    if (item.round) item.budgetSec = item.round.perPersonSec * plan.participants.length;
  return {
    plan,
    originalBudgets: Object.fromEntries(plan.items.map((i) => [i.id, i.budgetSec])),
    status: 'planned',
    createdAt: at,
    startedAt: null,
    endedAt: null,
    lastAt: at,
    position: -1,
    offTopic: false,
    open: null,
    segments: [],
    itemMs: Object.fromEntries(plan.items.map((i) => [i.id, 0])),
    chatMs: 0,
    offTopicMs: 0,
    pausedMs: 0,
    episodes: [],
    nudges: [],
    deferred: [],
    rebalancedFrom: {},
    originalChatSec: plan.chatAtEndSec,
    app: null,
    notes: '',
    followUps: [],
    undoDepth: 0,
    interrupted: false,
    roster: plan.participants.map((participant) => ({ participant, present: true, joinedMeetingMs: 0 })),
    floor: null,
    speech: null,
    talk: Object.fromEntries(plan.participants.map((p) => [p.id, { ms: 0, turns: 0, longestMs: 0 }])),
    talkIn: {},
    turns: 0,
    trackingFromMs: null,
    queue: [],
    rounds: {},
    lastUndoAt: null,
    transcript: null,
  };
}

/**
 * A copy deep enough that applyInPlace on it never touches the original. A transcript's record is never changed
 * in place (a new one replaces it), so copies share it: a three-hour call's thousands of cues are not copied on
 * every event.
 */
export function cloneState(s: MeetingState): MeetingState {
  const { transcript, ...rest } = s;
  return {
    ...structuredClone(rest),
    transcript: transcript && { ...transcript, names: { ...transcript.names } },
  };
}

/** Returns a new state with the event applied; the input is not changed. */
export function apply(state: MeetingState, event: MeetingEvent): MeetingState {
  const next = cloneState(state);
  applyInPlace(next, event);
  return next;
}

function currentItemId(s: MeetingState): string | null {
  return s.plan.items[s.position]?.id ?? null;
}

function closeOpen(s: MeetingState, at: number): void {
  const open = s.open;
  if (!open) return;
  const ms = at - open.from;
  s.segments.push({ ...open, to: at });
  s.open = null;
  switch (open.kind) {
    case 'item':
      if (open.itemId !== null) s.itemMs[open.itemId] = (own(s.itemMs, open.itemId) ?? 0) + ms;
      break;
    case 'chat':
      s.chatMs += ms;
      break;
    case 'offTopic': {
      s.offTopicMs += ms;
      const ep = s.episodes.at(-1);
      if (ep) ep.closedMs += ms;
      break;
    }
    case 'paused':
      s.pausedMs += ms;
      break;
  }
}

/** Closes the running segment and opens the one the state now calls for. */
function reopen(s: MeetingState, at: number): void {
  closeOpen(s, at);
  const kind = runningBucket(s);
  if (kind) s.open = { kind, itemId: currentItemId(s), from: at };
}

function endEpisode(s: MeetingState, at: number): void {
  if (!s.offTopic) return;
  s.offTopic = false;
  const ep = s.episodes.at(-1);
  if (ep) ep.to = at;
}

/**
 * Events that can only happen in some states. The engine never emits one elsewhere, but a damaged or foreign
 * journal might: such an event is skipped rather than allowed to break the time accounting.
 */
const GUARDS: Partial<{ [T in MeetingEvent['type']]: (s: MeetingState, e: EventOf<T>) => boolean }> = {
  started: (s) => s.status === 'planned',
  itemChanged: (s, e) => isLive(s) && e.index <= s.plan.items.length,
  offTopicStarted: (s) => isLive(s) && !s.offTopic && !isChatSlot(s),
  offTopicStopped: (s) => s.offTopic,
  paused: (s) => s.status === 'running',
  resumed: (s) => s.status === 'paused',
  ended: isLive,
  timeAdded: (s) => s.status !== 'ended',
  itemAdded: (s, e) => s.status !== 'ended' && !s.plan.items.some((i) => i.id === e.item.id),
  // A subject this version cannot read would be a nudge nothing can show or supersede.
  nudgeFired: (_s, e) => parseSubject(e.subject) !== null,
  rebalanced: isLive,
  ...PEOPLE_GUARDS,
};

/**
 * Applies one event to a draft. Replay and live updates share it, so they cannot disagree. Returns false when the
 * event was skipped (not possible in this state: only a damaged or foreign journal holds such an event).
 */
export function applyInPlace(s: MeetingState, e: MeetingEvent): boolean {
  // A clock that stepped back must not make time negative: never go before the latest moment seen.
  const at = Math.max(e.at, s.lastAt);
  s.lastAt = at;
  const guard = GUARDS[e.type] as ((s: MeetingState, e: MeetingEvent) => boolean) | undefined;
  if (guard && !guard(s, e)) return false;
  if (UNDOABLE.has(e.type)) s.undoDepth += 1;
  HANDLERS[e.type](s, e as never, at);
  syncSpeech(s, at);
  return true;
}

type Handlers = { [T in MeetingEvent['type']]: (s: MeetingState, e: EventOf<T>, at: number) => void };

const HANDLERS: Handlers = {
  planned: (s, e, at) => Object.assign(s, initialState(e.plan, at)),
  started: (s, _e, at) => {
    s.status = 'running';
    s.startedAt = at;
    s.position = firstActivePosition(s);
    reopen(s, at);
    positionChanged(s, -1, at);
  },
  itemChanged: (s, e, at) => {
    endEpisode(s, at);
    const from = s.position;
    s.position = e.index;
    reopen(s, at);
    positionChanged(s, from, at);
  },
  timeAdded: (s, e) => {
    const item = s.plan.items.find((i) => i.id === e.itemId);
    if (item) item.budgetSec = Math.max(0, item.budgetSec + e.sec);
  },
  itemAdded: (s, e) => {
    const index = Math.min(e.index, s.plan.items.length);
    const wasChat = isChatSlot(s);
    const item = structuredClone(e.item);
    if (item.round) item.budgetSec = item.round.perPersonSec * s.roster.filter((r) => r.present).length;
    s.plan.items.splice(index, 0, item);
    s.originalBudgets[item.id] = item.budgetSec;
    s.itemMs[e.item.id] = 0;
    // Keep pointing at the same item (or the chat slot, which moves to the new end).
    if (s.position >= 0 && (index <= s.position || wasChat)) s.position += 1;
  },
  offTopicStarted: (s, _e, at) => {
    s.offTopic = true;
    s.episodes.push({ from: at, to: null, closedMs: 0, itemId: currentItemId(s) });
    reopen(s, at);
  },
  offTopicStopped: (s, _e, at) => {
    endEpisode(s, at);
    reopen(s, at);
  },
  paused: (s, _e, at) => {
    s.status = 'paused';
    reopen(s, at);
  },
  resumed: (s, _e, at) => {
    s.status = 'running';
    reopen(s, at);
  },
  ended: (s, e, at) => {
    endEpisode(s, at);
    closeOpen(s, at);
    endTurn(s, at);
    s.status = 'ended';
    s.endedAt = at;
    s.interrupted = e.interrupted === true;
  },
  // Handled by replay (it rebuilds from the effective events); applying it directly is a programming error.
  undone: () => {
    throw new Error('undone events are resolved by replay, not applied');
  },
  rebalanced: (s, e) => {
    for (const item of s.plan.items) {
      const budget = own(e.budgets, item.id);
      if (budget === undefined || budget === item.budgetSec) continue;
      if (!Object.hasOwn(s.rebalancedFrom, item.id)) s.rebalancedFrom[item.id] = item.budgetSec;
      item.budgetSec = budget;
    }
    for (const id of e.deferred) if (!s.deferred.includes(id)) s.deferred.push(id);
    if (e.chatAtEndSec !== undefined && e.chatAtEndSec !== null) s.plan.chatAtEndSec = e.chatAtEndSec;
    for (const [id, sec] of Object.entries(e.perPersonSec ?? {})) {
      const round = s.plan.items.find((i) => i.id === id)?.round;
      if (round) round.perPersonSec = sec;
    }
  },
  nudgeFired: (s, e, at) => {
    const subject = parseSubject(e.subject)!;
    for (const n of s.nudges) if (sameSubject(n.subject, subject) && isOpenNudge(n)) n.supersededAt = at;
    s.nudges.push({
      key: e.key,
      subject,
      trigger: e.trigger,
      tier: e.tier,
      situation: e.situation,
      lineId: e.lineId,
      firedAt: at,
      lineIds: e.lineId === null ? [] : [e.lineId],
      snoozedUntil: null,
      dismissedAt: null,
      supersededAt: null,
      actions: [],
    });
  },
  nudgeLineChanged: (s, e) => {
    const n = s.nudges.find((x) => x.key === e.key);
    if (!n) return;
    n.lineId = e.lineId;
    n.lineIds.push(e.lineId);
  },
  nudgeSnoozed: (s, e) => {
    const n = s.nudges.find((x) => x.key === e.key);
    if (n) n.snoozedUntil = e.untilAt;
  },
  nudgeDismissed: (s, e, at) => {
    const n = s.nudges.find((x) => x.key === e.key);
    if (n) n.dismissedAt = at;
  },
  nudgeActed: (s, e, at) => {
    s.nudges.find((x) => x.key === e.key)?.actions.push({ action: e.action, at });
  },
  appDetected: (s, e) => {
    s.app = e.app;
  },
  notesEdited: (s, e) => {
    s.notes = e.text;
  },
  followUpAdded: (s, e, at) => {
    if (!s.followUps.some((f) => f.id === e.id))
      s.followUps.push({ id: e.id, text: e.text, done: false, createdAt: at, doneAt: null });
  },
  followUpChanged: (s, e, at) => {
    const f = s.followUps.find((x) => x.id === e.id);
    if (!f) return;
    if (e.text !== undefined) f.text = e.text;
    if (e.done !== undefined && e.done !== f.done) {
      f.done = e.done;
      f.doneAt = e.done ? at : null;
    }
  },
  followUpRemoved: (s, e) => {
    s.followUps = s.followUps.filter((f) => f.id !== e.id);
  },
  transcriptImported: (s, e, at) => {
    const proposal = { offsetMs: e.offsetMs, basis: e.basis };
    s.transcript = { record: e.transcript, names: {}, offsetMs: e.offsetMs, proposal, importedAt: at };
  },
  transcriptChanged: (s, e) => {
    const t = s.transcript;
    if (!t) return;
    // Built as own entries, whatever a speaker is called ("__proto__" included).
    const answers = new Map(Object.entries(t.names));
    for (const [name, target] of Object.entries(e.names ?? {})) {
      if (target === null) answers.delete(name);
      else answers.set(name, target);
    }
    s.transcript = { ...t, names: Object.fromEntries(answers), offsetMs: e.offsetMs ?? t.offsetMs };
  },
  transcriptRemoved: (s) => {
    s.transcript = null;
  },
  ...PEOPLE_HANDLERS,
};
