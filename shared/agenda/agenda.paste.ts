import { MAX_DURATION_SEC } from './agenda.schema';
import { parseDuration, UNIT_SOURCE } from './duration.parse';

export interface PastedItem {
  title: string;
  budgetSec: number;
  /** No duration was written: the budget is the default one. */
  guessed: boolean;
  notes?: string;
}

export interface PasteResult {
  items: PastedItem[];
  /** Lines that were not items (headings, a line with nothing but a duration…), shown back to the user. */
  skipped: string[];
}

const MARKER = /^(?:[-*+•◦▪–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)?(?:\[[ xX]?\]\s+)?/;
const AMOUNT = `\\d+(?:[.,]\\d+)?\\s*(?:(?:${UNIT_SOURCE})\\.?(?![\\p{L}]))?`;
// "15m", "1h30", "1h 30m", "1:30", "90s", "10'", "20 мин", "25 phút", optionally in brackets.
const DURATION = `(?:\\d+:[0-5]\\d|\\d+\\s*[hч]\\s*[0-5]?\\d(?![\\p{L}'])|${AMOUNT}(?:\\s*${AMOUNT})*)`;
const AT_END = new RegExp(`^[([]?\\s*(${DURATION})\\s*[)\\]]?\\.?$`, 'iu');
const LEADING = new RegExp(`^[([]?\\s*(${DURATION})\\s*[)\\]]?\\s*[,:;–—-]?\\s+(.+)$`, 'iu');

function durationOf(text: string): number | null {
  const r = parseDuration(text);
  return r.ok && r.sec > 0 && r.sec <= MAX_DURATION_SEC ? r.sec : null;
}

function tidyTitle(t: string): string {
  return t
    .replace(/\*\*|__|`/g, '')
    .replace(/[\s,:;–—-]+$/, '')
    .trim();
}

/**
 * The duration a line ends with, and the title before it: the longest ending that reads as a duration, so
 * "Review 1h 30m" takes both parts while "Punkt 1 1m" and "Item 3 5 min" keep their number in the title.
 */
function trailingDuration(line: string): { title: string; sec: number } | null {
  for (let i = 1; i < line.length; i++) {
    if (!/[\s,:;–—([-]/u.test(line[i - 1]!)) continue;
    const m = AT_END.exec(line.slice(i));
    const sec = m ? durationOf(m[1]!) : null;
    if (sec !== null && line.slice(0, i).trim() !== '') return { title: line.slice(0, i), sec };
  }
  return null;
}

/**
 * Turns an agenda pasted from anywhere — a Markdown list, numbered lines, an email — into items:
 * "- Budget review 15m", "2. Launch plan (20 min)", "10' intro". A line without a duration gets `defaultSec`;
 * an indented line under an item becomes its notes.
 */
export function parseAgendaText(text: string, defaultSec = 600): PasteResult {
  const items: PastedItem[] = [];
  const skipped: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const indented = /^(\s{2,}|\t)/.test(raw);
    const line = raw.trim().replace(MARKER, '').trim();
    // Headings ("# Agenda", "Agenda for Thursday:"), and lines that hold nothing but a duration, are not items.
    const introLine = line.endsWith(':') && MARKER.exec(raw.trim())?.[0] === '';
    if (/^#{1,6}\s/.test(raw.trim()) || line === '' || introLine || durationOf(line) !== null) {
      skipped.push(raw.trim());
      continue;
    }
    const last = items.at(-1);
    if (indented && last) {
      last.notes = last.notes ? `${last.notes}\n${line}` : line;
      continue;
    }
    const trailing = trailingDuration(line);
    let title = trailing?.title ?? line;
    let budget = trailing?.sec ?? null;
    if (budget === null) {
      const leading = LEADING.exec(line);
      const sec = leading ? durationOf(leading[1]!) : null;
      if (leading && sec !== null) {
        title = leading[2]!;
        budget = sec;
      }
    }
    title = tidyTitle(title);
    if (title === '' || /^\d+$/.test(title)) {
      skipped.push(raw.trim());
      continue;
    }
    items.push({ title: title.slice(0, 200), budgetSec: budget ?? defaultSec, guessed: budget === null });
  }
  return { items, skipped };
}
