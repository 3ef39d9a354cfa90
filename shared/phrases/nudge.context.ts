import { costOfMs, currencyDigits } from '../money/money';
import { currentItem, nextPosition } from '../meeting/meeting.facts';
import { chatElapsedMs, episodeMs, itemElapsedMs, meetingElapsedMs } from '../meeting/meeting.readings';
import { nextInRound, quietest, rosterEntry } from '../meeting/meeting.roster';
import type { FiredNudge, MeetingState } from '../meeting/meeting.state';
import { turnItemMs, turnMs } from '../meeting/meeting.talk';
import type { NudgeSubject, Trigger } from '../meeting/meeting.vocabulary';
import type { Participant } from '../people/participant.schema';
import type { Client } from '../settings/client.schema';
import { carryAddress, resolveAddress, type AddressForm } from './address.forms';
import { listOf, type LineContext } from './phrase.format';
import type { Listeners, Locale, Register } from './phrase.types';

const MIN = 60_000;

/** Below this many minutes, a time that has passed is not worth quoting (see slightFigures). */
const SLIGHT_MINUTES = 3;
/**
 * Off-topic time is priced aloud only from five minutes on, and only once it comes to ten whole units of the
 * client's currency: "about 2 euros", or 5 at a modest rate, sounds like counting pennies (native readers heard it so
 * in every language), and at the default thresholds the gentle first line (two minutes in) never names money.
 */
const COST_WORTH_SAYING_MS = 5 * MIN;
const COST_WORTH_SAYING_UNITS = 10;

function costWorthSaying(offTopicMs: number, rate: { hourlyRateMinor: number; currency: string }) {
  if (offTopicMs < COST_WORTH_SAYING_MS) return null;
  const amountMinor = costOfMs(offTopicMs, rate.hourlyRateMinor);
  const minorPerUnit = 10 ** currencyDigits(rate.currency);
  return amountMinor >= COST_WORTH_SAYING_UNITS * minorPerUnit
    ? { amountMinor, currency: rate.currency }
    : null;
}

/** Whole minutes for a duration that has passed ("5 minutes" once five have gone by), at least 1. */
const passed = (ms: number) => Math.max(1, Math.floor(ms / MIN));
/** Whole minutes for time left ("5 minutes left" until four remain), at least 1. */
const left = (ms: number) => Math.max(1, Math.ceil(ms / MIN));

/** How lines are said in a meeting: the language, to whom, in which form of address, and the listener's name. */
export interface Voice {
  locale: Locale;
  listeners: Listeners;
  form: AddressForm;
  register: Register;
  /** The given name of the one person spoken to, when known. */
  name: string | null;
}

/**
 * The voice for a meeting with this client (or none) and these listeners: the client's language and the form of
 * address chosen for them (for a group, the client's group form, else the group form of the same politeness).
 */
export function lineVoice(client: Client | null, fallback: Locale, listeners: Listeners): Voice {
  const locale = client?.language ?? fallback;
  const chosen = listeners === 'group' ? (client?.groupAddress ?? client?.address) : client?.address;
  const form = resolveAddress(locale, listeners, chosen);
  return {
    locale,
    listeners,
    form,
    register: form.register,
    name: listeners === 'one' ? client?.contact || null : null,
  };
}

/** A participant's form of address in the meeting's language (their own, carried over when they speak another). */
function formIn(p: Participant, locale: Locale): AddressForm {
  return resolveAddress(locale, 'one', carryAddress(p.language, p.address, locale, 'one'));
}

/** How a line speaks to one participant: the meeting's language, their form of address, their name. */
export function personVoice(p: Participant, locale: Locale): Voice {
  const form = namedIn(formIn(p, locale), p.name);
  return { locale, listeners: 'one', form, register: form.register, name: p.name };
}

/**
 * A Vietnamese pair that does not know the person ("anh/chị – em") writes to a client, but cannot be said to someone
 * in the room: there, the person is called, and spoken to, by their name ("Em cảm ơn Minh ạ; nếu Minh còn ý nào…").
 */
export function namedIn(form: AddressForm, name: string): AddressForm {
  const w = form.words;
  if (!w || w.voc.includes('{name}') || !name.trim()) return form;
  return { ...form, words: { ...w, voc: '{name}', you: name.trim() } };
}

/** The person a nudge is about and speaks to, when it is about one: the speaker of a turn, someone quiet. */
export function personOf(s: MeetingState, subject: NudgeSubject): Participant | null {
  const id =
    subject.kind === 'quiet'
      ? subject.participantId
      : subject.kind === 'turn' && s.floor?.index === subject.turn
        ? s.floor.participantId
        : null;
  return id === null ? null : (rosterEntry(s, id)?.participant ?? null);
}

/** How a person is named in a line: their name, and in Vietnamese with the pronoun of their pair ("chị Lan"). */
function calledBy(p: Participant, locale: Locale): string {
  const voc = formIn(p, locale).words?.voc;
  return voc?.includes('{name}') ? voc.replace('{name}', p.name) : p.name;
}

/** Who to bring in after the current speaker: the next in the round, or the first waiting, or someone quiet. */
function nextPerson(s: MeetingState, trigger: Trigger): Participant | null {
  const speaker = s.floor?.participantId;
  const id =
    trigger === 'roundTurn'
      ? nextInRound(s)
      : (s.queue.find((q) => q !== speaker) ?? quietest(s)?.participantId ?? null);
  return id === null ? null : (rosterEntry(s, id)?.participant ?? null);
}

/** What fills a nudge's line at `now`: the minutes its trigger measures, the cost so far, names and titles. */
export function lineContext(
  s: MeetingState,
  trigger: Trigger,
  now: number,
  client: Client | null,
  voice: Voice,
): LineContext {
  const item = currentItem(s) ?? s.plan.items.find((i) => i.id === s.episodes.at(-1)?.itemId) ?? null;
  const nextPos = nextPosition(s);
  const next = nextPos === null ? null : (s.plan.items[nextPos]?.title ?? null);
  const capMs = (s.plan.capSec ?? 0) * 1000;
  const elapsed = meetingElapsedMs(s, now);
  const minutesFor: Record<Trigger, () => number> = {
    offTopic: () => passed(episodeMs(s, now)),
    itemOverrun: () => (item ? passed(itemElapsedMs(s, item.id, now) - item.budgetSec * 1000) : 1),
    capNear: () => left(capMs - elapsed),
    capPassed: () => passed(elapsed - capMs),
    chatOverrun: () => passed(chatElapsedMs(s, now)),
    adhocLength: () => passed(elapsed),
    turnOverrun: () => passed(turnMs(s, now) ?? 0),
    roundTurn: () => passed(turnItemMs(s, now) ?? 0),
    quiet: () => passed(elapsed - (quietest(s)?.sinceMs ?? elapsed)),
    queueNearEnd: () => (item ? left(item.budgetSec * 1000 - itemElapsedMs(s, item.id, now)) : 1),
  };
  const after = nextPerson(s, trigger);
  const waiting = s.queue.flatMap((id) => {
    const p = rosterEntry(s, id)?.participant;
    return p ? [calledBy(p, voice.locale)] : [];
  });
  const rate = s.plan.rate;
  const offTopicMs = episodeMs(s, now);
  return {
    locale: voice.locale,
    minutes: minutesFor[trigger](),
    item: item?.title ?? null,
    next,
    client: client?.name ?? null,
    name: voice.name,
    cost: rate && trigger === 'offTopic' ? costWorthSaying(offTopicMs, rate) : null,
    words: voice.form.words ?? null,
    nextName: after ? calledBy(after, voice.locale) : null,
    queue: waiting.length >= 2 ? listOf(waiting, voice.locale) : null,
  };
}

/**
 * Values in this context too small to quote: a line that says "we have been chatting for one minute" or what that
 * minute cost sounds petty, so the picker takes another line of the moment while one fits. The time left before the
 * end is never slight: "one minute left" is the point.
 */
export function slightFigures(trigger: Trigger, ctx: LineContext): Set<string> {
  const elapsed = trigger !== 'capNear' && trigger !== 'queueNearEnd';
  return new Set(elapsed && ctx.minutes < SLIGHT_MINUTES ? ['minutes'] : []);
}

/** Every line id already shown in this meeting, oldest first: the picker avoids them. */
export function linesShown(s: MeetingState): string[] {
  return s.nudges.flatMap((n: FiredNudge) => n.lineIds);
}
