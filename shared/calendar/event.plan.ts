import { z } from 'zod';
import {
  agendaItemSchema,
  audiences,
  durationSec,
  MAX_DURATION_SEC,
  type AgendaItem,
  type Audience,
  type MeetingPlan,
} from '../agenda/agenda.schema';
import { parseAgendaText, type PastedItem } from '../agenda/agenda.paste';
import { parseDuration } from '../agenda/duration.parse';
import type { Occurrence } from './calendar.types';

/** A list line: "- Budget 15m", "* Budget", "• Budget", "1. Budget", "2) Budget". */
const LIST_LINE = /^\s*(?:[-*+•◦▪–]|\d{1,3}[.)])\s+\S/;
/** An item with no time of its own gets at least this, and at most the meeting's rest. */
const MIN_ITEM_SEC = 300;
const DEFAULT_ITEM_SEC = 600;

const roundMinutes = (sec: number) => Math.max(60, Math.floor(sec / 60) * 60);

/**
 * "Budget 2027 20 min": a title ending in a number, then the time. The paste reader takes both numbers for the time
 * and gives up; the last amount with its unit is the time.
 */
function splitTrailingTime(item: PastedItem): PastedItem {
  if (!item.guessed) return item;
  const m = /^(.*\d)\s+(\d+(?:[.,]\d+)?\s*\p{L}+\.?)$/u.exec(item.title);
  const r = m ? parseDuration(m[2]!) : null;
  return r?.ok && r.sec > 0 && r.sec <= MAX_DURATION_SEC
    ? { title: m![1]!, budgetSec: r.sec, guessed: false }
    : item;
}

/**
 * The agenda a description holds when it is a list ("- Budget 15m" on each line; other lines, such as a video-call
 * link, are not agenda). Items without a time share what the meeting's length leaves; null when there is no list.
 */
export function agendaFromDescription(description: string, lengthSec: number): AgendaItem[] | null {
  const lines = description.split('\n').filter((l) => LIST_LINE.test(l));
  if (lines.length === 0) return null;
  const items = parseAgendaText(lines.join('\n'), 0).items.map(splitTrailingTime);
  if (items.length === 0) return null;
  const given = items.filter((i) => !i.guessed).reduce((s, i) => s + i.budgetSec, 0);
  const guessed = items.filter((i) => i.guessed).length;
  const share =
    guessed === 0
      ? 0
      : lengthSec > given
        ? roundMinutes((lengthSec - given) / guessed)
        : lengthSec > 0
          ? MIN_ITEM_SEC
          : DEFAULT_ITEM_SEC;
  return items.map((item, i) => ({
    id: `c${i + 1}`,
    title: item.title,
    budgetSec: Math.min(MAX_DURATION_SEC, item.guessed ? share : item.budgetSec),
    priority: 'normal' as const,
  }));
}

/** What the user changed in a meeting planned from the calendar: a later sync never overwrites it. */
export const planEditsSchema = z
  .object({
    title: z.string().trim().min(1, 'meetingNeedsTitle').max(200),
    items: z.array(agendaItemSchema).min(1, 'agendaNeedsItem').max(100),
    capSec: durationSec.positive('durationZero').nullable(),
    chatAtEndSec: durationSec,
    audience: z.enum(audiences),
    clientId: z.string().min(1).max(64).nullable(),
  })
  .partial()
  .strict();

export type PlanEdits = z.infer<typeof planEditsSchema>;

/** What Tactful plans from an event before the user changes anything. */
export interface EventPlan {
  title: string;
  items: AgendaItem[];
  /** Whether the items came from a list in the description (else one item, the whole meeting). */
  agendaFromList: boolean;
  capSec: number | null;
  audience: Audience;
}

/** An event's meeting as the calendar has it: title, length as the cap, the agenda from the description. */
export function eventPlan(
  ev: Pick<Occurrence, 'title' | 'description' | 'start' | 'end' | 'attendees' | 'organizer'>,
  untitled: string,
): EventPlan {
  const lengthSec = Math.min(MAX_DURATION_SEC, Math.round((ev.end - ev.start) / 1000));
  const title = ev.title.trim().slice(0, 200) || untitled;
  const listed = agendaFromDescription(ev.description, lengthSec);
  const others = ev.attendees.length + (ev.organizer ? 1 : 0);
  return {
    title,
    items: listed ?? [
      { id: 'c1', title, budgetSec: lengthSec > 0 ? lengthSec : DEFAULT_ITEM_SEC, priority: 'normal' },
    ],
    agendaFromList: listed !== null,
    capSec: lengthSec > 0 ? lengthSec : null,
    audience: others >= 2 ? 'group' : 'one',
  };
}

/** The plan a meeting from the calendar opens with: the event's, with the user's changes on top. */
export function editedPlan(
  base: EventPlan,
  edits: PlanEdits,
  clientId: string | null,
  id: string,
): MeetingPlan {
  return {
    id,
    title: edits.title ?? base.title,
    clientId: edits.clientId !== undefined ? edits.clientId : clientId,
    kind: 'scheduled',
    audience: edits.audience ?? base.audience,
    capSec: edits.capSec !== undefined ? edits.capSec : base.capSec,
    chatAtEndSec: edits.chatAtEndSec ?? 0,
    items: edits.items ?? base.items,
    hardTalk: null,
    rate: null,
    participants: [],
    turnLimitSec: null,
  };
}
