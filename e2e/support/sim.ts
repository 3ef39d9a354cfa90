import { meetingPlanSchema, type MeetingPlan } from '../../shared/agenda/agenda.schema';
import type { AutoPolicy } from '../../shared/meeting/meeting.auto';
import type { Participant } from '../../shared/people/participant.schema';
import { decideWithPolicy } from '../../shared/meeting/meeting.auto';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { MeetingLog } from '../../shared/meeting/meeting.log';
import {
  chatElapsedMs,
  clampNow,
  episodeMs,
  itemElapsedMs,
  meetingElapsedMs,
  offTopicTotalMs,
  pausedTotalMs,
} from '../../shared/meeting/meeting.readings';
import type { MeetingState } from '../../shared/meeting/meeting.state';
import { talkMs, turnMs } from '../../shared/meeting/meeting.talk';
import { countdown, readClock } from '../../shared/meeting/meeting.clocked';
import { meetingView, type MeetingView } from '../../shared/meeting/meeting.view';
import { dueEvents } from '../../shared/nudges/nudge.fire';
import { DEFAULT_NUDGE_RULES, type NudgeRules } from '../../shared/nudges/nudge.rules';
import { visibleNudge } from '../../shared/nudges/nudge.schedule';

/** The one start time of every test and bench meeting. */
export const T0 = 1_700_000_000_000;
export const MIN = 60_000;

type ItemInput = Partial<MeetingPlan['items'][number]>;

const NAMES = ['Marco', 'Anna', 'Luca', 'Sofia', 'Bruno', 'Chiara', 'Dario', 'Elena', 'Fabio', 'Giulia'];

/** `n` participants p1…pn, named Marco, Anna, Luca… (then Person 11…), in English. */
export function people(n: number): Participant[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: NAMES[i] ?? `Person ${i + 1}`,
    org: '',
    language: 'en',
    address: 'neutral',
  }));
}

/** A valid plan: three items (10, 15 and 5 minutes) unless the test says otherwise. */
export function plan(
  overrides: Omit<Partial<MeetingPlan>, 'items'> & { items?: ItemInput[] } = {},
): MeetingPlan {
  const items = (overrides.items ?? [{ budgetSec: 600 }, { budgetSec: 900 }, { budgetSec: 300 }]).map(
    (it, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      budgetSec: 600,
      ...it,
    }),
  );
  return meetingPlanSchema.parse({ id: 'm1', title: 'Weekly call', ...overrides, items });
}

const NO_AUTO: AutoPolicy = { autoRebalanceMinSec: null };

/**
 * A meeting driven by a fake clock through the engine's own driver: `sim.wait(ms)` moves time, `sim.do(cmd)` runs a
 * command (with the engine's follow-ups under `policy`), `sim.fireDue()` fires what is due as the host does.
 */
export class Sim {
  now: number;
  readonly log: MeetingLog;

  constructor(
    p: MeetingPlan = plan(),
    start = T0,
    private readonly policy: AutoPolicy = NO_AUTO,
  ) {
    this.now = start;
    this.log = MeetingLog.plan(p, start);
  }

  get state(): MeetingState {
    return this.log.state;
  }

  get events(): readonly MeetingEvent[] {
    return this.log.events;
  }

  wait(ms: number): this {
    this.now += ms;
    return this;
  }

  append(e: MeetingEvent): void {
    this.log.append(e);
  }

  do(cmd: MeetingCommand): this {
    const d = decideWithPolicy(this.log, cmd, this.now, this.policy);
    if (!d.ok) throw new Error(`${cmd.type}: ${d.error.key} ${JSON.stringify(d.error.params)}`);
    this.log.append(...d.events);
    return this;
  }

  /** Fires every nudge due now, as the host does; returns their keys. */
  fireDue(rules: NudgeRules = DEFAULT_NUDGE_RULES, lineId: string | null = null): string[] {
    const events = dueEvents(this.log, rules, this.now, () => lineId, this.policy);
    this.log.append(...events);
    return events.flatMap((e) => (e.type === 'nudgeFired' ? [e.key] : []));
  }

  /** The view a host would push now. */
  view(): MeetingView {
    return meetingView(this.state, this.log.length);
  }

  /** What a screen reads off that view at the sim's clock. */
  read(at = this.now) {
    return readView(this.view(), at, this.state);
  }
}

/**
 * The figures a screen shows, read from a pushed view and a clock, as the renderer's clock leaves read them. With
 * the state alongside, the visible nudge too (the host sends it beside the view).
 */
export function readView(v: MeetingView, now: number, state?: MeetingState) {
  const cap = v.meeting.capMs;
  const elapsedMs = readClock(v.meeting.elapsed, now);
  const counter = v.counter && v.counter.kind !== 'total' ? v.counter : null;
  return {
    status: v.status,
    allowed: v.allowed,
    nudge: state ? visibleNudge(state, now) : null,
    meeting: {
      startedAt: v.startedAt,
      endedAt: v.endedAt,
      elapsedMs,
      pausedMs: readClock(v.meeting.paused, now),
      cap: cap === null ? null : countdown(elapsedMs, cap),
    },
    current:
      counter?.kind === 'item' && v.currentItem
        ? { id: v.currentItem.id, ...countdown(readClock(counter.elapsed, now), counter.budgetMs) }
        : null,
    chat: counter?.kind === 'chat' ? countdown(readClock(counter.elapsed, now), counter.budgetMs) : null,
    offTopic: {
      active: v.offTopic.active,
      episodeMs: readClock(v.offTopic.episode, now),
      totalMs: readClock(v.offTopic.total, now),
      episodes: v.offTopic.episodes,
    },
    items: v.agenda.map((row) => ({
      id: row.id,
      state: row.state,
      ...countdown(readClock(row.spent, now), row.budgetSec * 1000),
    })),
    talk: Object.fromEntries((v.people?.rows ?? []).map((r) => [r.id, readClock(r.talk, now)])),
    floor: v.people?.floor.participantId ?? null,
    turnMs: v.people?.floor.turn ? readClock(v.people.floor.turn, now) : null,
    roundTurnMs: v.people?.round?.turn ? readClock(v.people.round.turn, now) : null,
  };
}

/** Every figure the engine reads off a state at `now`, straight from its readings (no view in between). */
export function readings(s: MeetingState, now: number) {
  const at = clampNow(s, now);
  const elapsedMs = meetingElapsedMs(s, at);
  return {
    now: at,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    elapsedMs,
    pausedMs: pausedTotalMs(s, at),
    offTopicMs: offTopicTotalMs(s, at),
    episodeMs: episodeMs(s, at),
    chatMs: chatElapsedMs(s, at),
    items: s.plan.items.map((i) => ({
      id: i.id,
      ...countdown(itemElapsedMs(s, i.id, at), i.budgetSec * 1000),
    })),
    cap: s.plan.capSec === null ? null : countdown(elapsedMs, s.plan.capSec * 1000),
    talk: Object.fromEntries(s.roster.map((r) => [r.participant.id, talkMs(s, r.participant.id, at)])),
    floor: s.floor?.participantId ?? null,
    turnMs: turnMs(s, at),
  };
}
