import { own } from '../ids/safe.id';
import { MAX_DURATION_SEC } from '../agenda/agenda.schema';
import { isAllowed } from './meeting.allowed';
import { activePositions, nextPosition, openNudge } from './meeting.facts';
import { clampNow } from './meeting.readings';
import type {
  CommandError,
  CommandOf,
  Decision,
  EngineCommand,
  MeetingCommandType,
  TranscriptCommand,
} from './meeting.commands';
import { PEOPLE_DECIDERS } from './meeting.decide.people';
import type { MeetingEvent } from './meeting.events';
import { proposeRebalance } from './meeting.rebalance';
import type { MeetingState } from './meeting.state';

const ok = (...events: MeetingEvent[]): Decision => ({ ok: true, events });
const fail = (
  code: CommandError['code'],
  key: CommandError['key'],
  params: CommandError['params'] = {},
): Decision => ({
  ok: false,
  error: { code, key, params },
});

type Deciders = { [T in MeetingCommandType]: (s: MeetingState, c: CommandOf<T>, at: number) => Decision };

/** Turns a validated command into the events it causes, or says why it cannot be done now. Pure. */
export function decide(s: MeetingState, command: EngineCommand, now: number): Decision {
  if (isTranscriptCommand(command)) return decideTranscript(s, command, clampNow(s, now));
  if (!isAllowed(s, command.type)) {
    return fail('notAllowed', 'notPossibleNow', { command: command.type, state: describe(s) });
  }
  return DECIDERS[command.type](s, command as never, clampNow(s, now));
}

function describe(s: MeetingState): string {
  if (s.status === 'running' && s.offTopic) return 'off-topic';
  return s.status;
}

const DECIDERS: Deciders = {
  start: (_s, _c, at) => ok({ type: 'started', at }),
  next: (s, _c, at) => ok({ type: 'itemChanged', at, index: nextPosition(s)! }),
  goto: (s, c, at) => {
    if (!activePositions(s).includes(c.index)) return fail('notFound', 'noPosition', { index: c.index });
    if (c.index === s.position) return fail('invalid', 'alreadyCurrent');
    return ok({ type: 'itemChanged', at, index: c.index });
  },
  addTime: (s, c, at) => {
    const item = s.plan.items.find((i) => i.id === c.itemId);
    if (!item) return fail('notFound', 'noItem', { id: c.itemId });
    const budget = item.budgetSec + c.sec;
    if (budget < 0) return fail('invalid', 'notEnoughToTake', { title: item.title, sec: item.budgetSec });
    if (budget > MAX_DURATION_SEC) return fail('invalid', 'itemTooLong');
    return ok({ type: 'timeAdded', at, itemId: c.itemId, sec: c.sec });
  },
  addItem: (s, c, at) => {
    if (s.plan.items.some((i) => i.id === c.item.id))
      return fail('invalid', 'itemIdTaken', { id: c.item.id });
    if (s.plan.items.length >= 100) return fail('invalid', 'agendaFull', { max: 100 });
    const index = c.index ?? s.plan.items.length;
    if (index > s.plan.items.length) return fail('invalid', 'pastEnd', { index });
    return ok({ type: 'itemAdded', at, item: c.item, index });
  },
  toggleOffTopic: (s, _c, at) => ok({ type: s.offTopic ? 'offTopicStopped' : 'offTopicStarted', at }),
  togglePause: (s, _c, at) => ok({ type: s.status === 'paused' ? 'resumed' : 'paused', at }),
  pause: (_s, _c, at) => ok({ type: 'paused', at }),
  resume: (_s, _c, at) => ok({ type: 'resumed', at }),
  end: (_s, _c, at) => ok({ type: 'ended', at }),
  undo: (_s, _c, at) => ok({ type: 'undone', at }),
  snoozeNudge: (s, c, at) =>
    openNudge(s, c.key)
      ? ok({ type: 'nudgeSnoozed', at, key: c.key, untilAt: at + c.sec * 1000 })
      : fail('notFound', 'noOpenNudge'),
  dismissNudge: (s, c, at) =>
    openNudge(s, c.key) ? ok({ type: 'nudgeDismissed', at, key: c.key }) : fail('notFound', 'noOpenNudge'),
  nudgeActed: (s, c, at) =>
    s.nudges.some((n) => n.key === c.key)
      ? ok({ type: 'nudgeActed', at, key: c.key, action: c.action })
      : fail('notFound', 'noOpenNudge'),
  changeLine: (s, c, at) =>
    openNudge(s, c.key)
      ? ok({ type: 'nudgeLineChanged', at, key: c.key, lineId: c.lineId })
      : fail('notFound', 'noOpenNudge'),
  editNotes: (s, c, at) =>
    c.text === s.notes ? fail('invalid', 'notesUnchanged') : ok({ type: 'notesEdited', at, text: c.text }),
  addFollowUp: (s, c, at) =>
    s.followUps.some((f) => f.id === c.id)
      ? fail('invalid', 'followUpTaken', { id: c.id })
      : ok({ type: 'followUpAdded', at, id: c.id, text: c.text }),
  updateFollowUp: (s, c, at) => {
    if (!s.followUps.some((f) => f.id === c.id)) return fail('notFound', 'noFollowUp', { id: c.id });
    if (c.text === undefined && c.done === undefined) return fail('invalid', 'nothingToChange');
    return ok({
      type: 'followUpChanged',
      at,
      id: c.id,
      ...(c.text !== undefined ? { text: c.text } : {}),
      ...(c.done !== undefined ? { done: c.done } : {}),
    });
  },
  removeFollowUp: (s, c, at) =>
    s.followUps.some((f) => f.id === c.id)
      ? ok({ type: 'followUpRemoved', at, id: c.id })
      : fail('notFound', 'noFollowUp', { id: c.id }),
  rebalance: (s, c, at) => {
    const p = proposeRebalance(s, at, c.minItemSec);
    if (!p) return fail('invalid', 'nothingToRebalance');
    return ok({
      type: 'rebalanced',
      at,
      budgets: p.budgets,
      deferred: p.deferred,
      chatAtEndSec: p.chatAtEndSec,
      ...(Object.keys(p.perPersonSec).length > 0 ? { perPersonSec: p.perPersonSec } : {}),
    });
  },
  ...PEOPLE_DECIDERS,
};

function isTranscriptCommand(c: EngineCommand): c is TranscriptCommand {
  return c.type === 'importTranscript' || c.type === 'changeTranscript' || c.type === 'removeTranscript';
}

/**
 * A transcript belongs to a meeting that has ended: before that there is no call to compare it with. Answers must
 * be about names the transcript has; whether a participant exists is the host's to check (it knows the roster).
 */
function decideTranscript(s: MeetingState, c: TranscriptCommand, at: number): Decision {
  if (s.status !== 'ended') return fail('notAllowed', 'transcriptNeedsEnd');
  if (c.type === 'importTranscript')
    return ok({
      type: 'transcriptImported',
      at,
      transcript: c.transcript,
      offsetMs: c.offsetMs,
      basis: c.basis,
    });
  const t = s.transcript;
  if (!t) return fail('notFound', 'noTranscript');
  if (c.type === 'removeTranscript') return ok({ type: 'transcriptRemoved', at });
  const unknown = Object.keys(c.names ?? {}).find((n) => !t.record.speakers.includes(n));
  if (unknown !== undefined) return fail('notFound', 'noSpeaker', { name: unknown });
  const names = Object.entries(c.names ?? {}).filter(
    ([n, target]) => JSON.stringify(own(t.names, n) ?? null) !== JSON.stringify(target),
  );
  const offsetMs = c.offsetMs !== undefined && c.offsetMs !== t.offsetMs ? c.offsetMs : undefined;
  if (names.length === 0 && offsetMs === undefined) return fail('invalid', 'nothingToChange');
  return ok({
    type: 'transcriptChanged',
    at,
    ...(names.length > 0 ? { names: Object.fromEntries(names) } : {}),
    ...(offsetMs !== undefined ? { offsetMs } : {}),
  });
}
