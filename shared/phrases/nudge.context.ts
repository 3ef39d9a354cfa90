import { costOfMs } from '../money/money';
import type { FiredNudge, MeetingState } from '../meeting/meeting.state';
import { currentItem, nextPosition } from '../meeting/meeting.facts';
import { chatElapsedMs, episodeMs, itemElapsedMs, meetingElapsedMs } from '../meeting/meeting.readings';
import type { Client } from '../settings/client.schema';
import type { Trigger } from '../meeting/meeting.vocabulary';
import type { LineContext } from './phrase.format';
import { registerFor, type Locale, type Register } from './phrase.types';

const MIN = 60_000;

/** Whole minutes for a duration that has passed ("5 minutes" once five have gone by), at least 1. */
const passed = (ms: number) => Math.max(1, Math.floor(ms / MIN));
/** Whole minutes for time left ("5 minutes left" until four remain), at least 1. */
const left = (ms: number) => Math.max(1, Math.ceil(ms / MIN));

/** The language and register lines for this meeting are said in. */
export function lineVoice(client: Client | null, fallback: Locale): { locale: Locale; register: Register } {
  const locale = client?.language ?? fallback;
  return { locale, register: registerFor(locale, client?.address ?? 'formal') };
}

/** What fills a nudge's line at `now`: the minutes its trigger measures, the cost so far, names and titles. */
export function lineContext(
  s: MeetingState,
  trigger: Trigger,
  now: number,
  client: Client | null,
  locale: Locale,
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
  };
  const rate = s.plan.rate;
  return {
    locale,
    minutes: minutesFor[trigger](),
    item: item?.title ?? null,
    next,
    client: client?.name ?? null,
    cost:
      rate && trigger === 'offTopic'
        ? { amountMinor: costOfMs(episodeMs(s, now), rate.hourlyRateMinor), currency: rate.currency }
        : null,
    you: locale === 'vi' ? (client?.vi.you ?? 'quý khách') : null,
    me: locale === 'vi' ? (client?.vi.me ?? 'tôi') : null,
  };
}

/** Every line id already shown in this meeting, oldest first: the picker avoids them. */
export function linesShown(s: MeetingState): string[] {
  return s.nudges.flatMap((n: FiredNudge) => n.lineIds);
}
