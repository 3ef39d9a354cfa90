import { MAX_PARTICIPANTS } from '../people/participant.schema';
import type { CommandError, CommandOf, Decision } from './meeting.commands';
import { nextInRound, rosterEntry } from './meeting.roster';
import type { MeetingState } from './meeting.state';

type PeopleCommand =
  | 'joinParticipant'
  | 'leaveParticipant'
  | 'giveFloor'
  | 'queueAdd'
  | 'queueRemove'
  | 'queueMove'
  | 'queueNext'
  | 'roundNext';

const ok = (...events: Extract<Decision, { ok: true }>['events']): Decision => ({ ok: true, events });
const fail = (code: CommandError['code'], key: CommandError['key'], params: CommandError['params'] = {}) =>
  ({ ok: false, error: { code, key, params } }) as const;

/** A person of this meeting who is in the call now, or the reason they cannot be acted on. */
function here(s: MeetingState, id: string): { name: string } | Decision {
  const entry = rosterEntry(s, id);
  if (!entry) return fail('notFound', 'noParticipant', { id });
  if (!entry.present) return fail('invalid', 'participantAway', { name: entry.participant.name });
  return { name: entry.participant.name };
}

const refused = (x: { name: string } | Decision): x is Decision => 'ok' in x;

/** What the people commands decide: checks that need their arguments (the rest is in meeting.allowed.ts). */
export const PEOPLE_DECIDERS: {
  [T in PeopleCommand]: (s: MeetingState, c: CommandOf<T>, at: number) => Decision;
} = {
  joinParticipant: (s, c, at) => {
    const entry = rosterEntry(s, c.participant.id);
    if (entry?.present) return fail('invalid', 'participantHere', { name: entry.participant.name });
    if (!entry && s.roster.length >= MAX_PARTICIPANTS)
      return fail('invalid', 'peopleFull', { max: MAX_PARTICIPANTS });
    return ok({ type: 'participantJoined', at, participant: c.participant });
  },
  leaveParticipant: (s, c, at) => {
    const who = here(s, c.participantId);
    return refused(who) ? who : ok({ type: 'participantLeft', at, participantId: c.participantId });
  },
  giveFloor: (s, c, at) => {
    if (c.participantId === null)
      return s.floor ? ok({ type: 'floorGiven', at, participantId: null }) : fail('invalid', 'floorFree');
    const who = here(s, c.participantId);
    if (refused(who)) return who;
    if (s.floor?.participantId === c.participantId) return fail('invalid', 'alreadyHasFloor', who);
    return ok({ type: 'floorGiven', at, participantId: c.participantId });
  },
  queueAdd: (s, c, at) => {
    const who = here(s, c.participantId);
    if (refused(who)) return who;
    if (s.queue.includes(c.participantId)) return fail('invalid', 'alreadyQueued', who);
    const index = c.index ?? s.queue.length;
    if (index > s.queue.length) return fail('invalid', 'queuePlace', { index: index + 1 });
    return ok({ type: 'queued', at, participantId: c.participantId, index });
  },
  queueRemove: (s, c, at) => {
    const entry = rosterEntry(s, c.participantId);
    if (!entry) return fail('notFound', 'noParticipant', { id: c.participantId });
    if (!s.queue.includes(c.participantId))
      return fail('invalid', 'notQueued', { name: entry.participant.name });
    return ok({ type: 'unqueued', at, participantId: c.participantId });
  },
  queueMove: (s, c, at) => {
    const entry = rosterEntry(s, c.participantId);
    if (!entry) return fail('notFound', 'noParticipant', { id: c.participantId });
    const from = s.queue.indexOf(c.participantId);
    if (from === -1) return fail('invalid', 'notQueued', { name: entry.participant.name });
    if (c.index >= s.queue.length) return fail('invalid', 'queuePlace', { index: c.index + 1 });
    if (c.index === from) return fail('invalid', 'nothingToChange');
    return ok({ type: 'queueMoved', at, participantId: c.participantId, index: c.index });
  },
  // The preconditions (meeting.allowed.ts) guarantee someone is waiting, or someone is next in the round.
  queueNext: (s, _c, at) => ok({ type: 'floorGiven', at, participantId: s.queue[0]! }),
  roundNext: (s, _c, at) => ok({ type: 'floorGiven', at, participantId: nextInRound(s)! }),
};
