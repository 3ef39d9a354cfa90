import type { Locale } from '../phrases/phrase.types';
import type { NoteAddress } from './note.address';
import { decisionsIn, ownerOf } from './note.parts';
import { NOTE_WORDS, vietnameseNoteWords, type NoteWords, type When } from './note.words';

/** The words of a note to this reader: in Vietnamese, with the client's own pronoun pair. */
function wordsFor(to: NoteAddress): NoteWords {
  return to.locale === 'vi' && to.vi ? vietnameseNoteWords(to.vi) : NOTE_WORDS[to.locale];
}

/** One meeting of the period, as the note tells it. */
export interface NoteMeeting {
  title: string;
  startedAt: number;
  /** The agenda items that got time, in order. */
  covered: string[];
  notes: string;
}

export interface StatusNoteInput {
  to: NoteAddress;
  timeZone: string;
  period: 'week' | 'month';
  from: number;
  /** The period's last moment (exclusive end minus one), for the range. */
  until: number;
  meetings: readonly NoteMeeting[];
  /** Follow-ups still open with this client, as written. */
  followUps: readonly string[];
  /** Words that name the client's side ("Giulia Rossi", "Studio Rossi"): their follow-ups are theirs. */
  clientNames: readonly string[];
  next: number | null;
}

/** A draft the user edits before sending. */
export interface NoteDraft {
  locale: Locale;
  subject: string;
  body: string;
}

/** Intl's tag for each language (Vietnamese dates read best with the country's conventions). */
const TAGS: Record<Locale, string> = {
  en: 'en',
  it: 'it',
  ro: 'ro',
  ru: 'ru',
  vi: 'vi-VN',
  es: 'es',
  de: 'de',
  fr: 'fr',
};

/** Intl spaces its dates with thin and narrow no-break spaces; a note pasted into an email reads better without. */
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

/** A moment in the client's language: the day and the time apart, so each sentence puts them where it wants. */
export function whenIn(at: number, locale: Locale, timeZone: string): When {
  const tag = TAGS[locale];
  let date = new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(at);
  // Mid-sentence, Vietnamese writes the weekday in lower case ("thứ Ba").
  if (locale === 'vi') date = date.charAt(0).toLowerCase() + date.slice(1);
  const time = plain(
    new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone }).format(at),
  );
  return { date, time };
}

export function rangeIn(
  from: number,
  until: number,
  period: 'week' | 'month',
  locale: Locale,
  timeZone: string,
): string {
  const tag = TAGS[locale];
  if (period === 'month')
    return plain(new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone }).format(from));
  return plain(
    new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone }).formatRange(from, until),
  );
}

const bullet = (s: string) => `- ${s.replace(/\s*\n\s*/g, ' ')}`;

function section(lines: string[], heading: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push('', heading, ...items.map(bullet));
}

/**
 * The week's (or month's) status note to a client, in their language and form of address: what was covered, the
 * decisions written in the notes, who promised what, and the next meeting. Plain text, to edit and send.
 */
export function statusNote(input: StatusNoteInput): NoteDraft {
  const { to, timeZone } = input;
  const w = wordsFor(to);
  const range = rangeIn(input.from, input.until, input.period, to.locale, timeZone);
  const day = new Intl.DateTimeFormat(TAGS[to.locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const covered = input.meetings.map((m) => {
    const items = m.covered.filter((i) => i.trim() && i.trim() !== m.title.trim());
    // French sets a no-break space before a colon.
    const colon = to.locale === 'fr' ? '\u00a0:' : ':';
    return `${m.title} (${plain(day.format(m.startedAt))})${items.length ? `${colon} ${items.join(', ')}` : ''}`;
  });
  const decisions = input.meetings.flatMap((m) => decisionsIn(m.notes));
  const owned = input.followUps.map((f) => ownerOf(f, input.clientNames));
  const lines = [w.greeting(to.name, to.formal, to.person), '', w.intro(range, to.formal, !to.person)];
  section(lines, w.covered, covered);
  section(lines, w.decisions, decisions);
  section(
    lines,
    w.mine(to.formal),
    owned.filter((o) => o.owner === 'mine').map((o) => o.task),
  );
  section(
    lines,
    w.yours(to.formal, !to.person),
    owned.filter((o) => o.owner === 'yours').map((o) => o.task),
  );
  section(
    lines,
    w.open,
    owned.filter((o) => o.owner === 'open').map((o) => o.task),
  );
  if (input.next !== null)
    lines.push('', w.next(whenIn(input.next, to.locale, timeZone), to.formal, !to.person));
  lines.push('', w.closing(to.formal));
  return { locale: to.locale, subject: w.subject(range, input.period), body: `${lines.join('\n')}\n` };
}

export interface EmailDraftInput {
  to: NoteAddress;
  timeZone: string;
  title: string;
  /** When the meeting would have been, if it was planned for a time. */
  at: number | null;
  items: readonly { title: string; notes?: string | undefined }[];
}

/** "This could be an email": a planned agenda as an email the client can answer instead of meeting. */
export function emailDraft(input: EmailDraftInput): NoteDraft {
  const { to } = input;
  const w = wordsFor(to);
  const when = input.at === null ? null : whenIn(input.at, to.locale, input.timeZone);
  const lines = [
    w.greeting(to.name, to.formal, to.person),
    '',
    w.emailIntro(when, to.formal, !to.person),
    '',
  ];
  input.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.title}`);
    for (const note of (item.notes ?? '').split('\n').filter((l) => l.trim()))
      lines.push(`   ${note.trim()}`);
  });
  lines.push('', w.emailAsk(to.formal, !to.person), '', w.closing(to.formal));
  return { locale: to.locale, subject: w.emailSubject(input.title), body: `${lines.join('\n')}\n` };
}
