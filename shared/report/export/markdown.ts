import { humanDuration } from '../../format/duration.format';
import type { ExportLabels } from '../../i18n/export.labels';
import { airtimeRows, type AirtimeSource } from './airtime.rows';
import type { ExportFile, ExportMeeting } from './export.types';

export interface MarkdownOptions {
  locale: string;
  timeZone: string;
  /** Off-topic time is the freelancer's business; it goes to the client only if asked for. */
  includeOffTopic: boolean;
  includeNotes: boolean;
}

/**
 * User text (titles, the client's name, follow-ups) as literal Markdown text, whatever renders it: `&`, `<` and `>`
 * as HTML entities (so no tag, comment or autolink can start, and an entity typed stays text), the inline
 * metacharacters backslash-escaped (no emphasis, code, link or image), line breaks as spaces, and a character that
 * would start a block at the start of the text (a list, quote, heading or setext underline) escaped too.
 */
export function mdText(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()!|~#{}]/g, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** A label's colon as the language sets it: French puts a no-break space before it. */
const colonIn = (locale: string) => (locale.startsWith('fr') ? '\u00a0:' : ':');

/** A fence longer than any run of backticks in the text, so nothing inside can close it. */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...text.split(/\r\n|\r|\n/), fence];
}

/**
 * Who spoke how much: a table as the floor was given (and who never spoke), a table from the transcript when one
 * was imported; nothing with neither.
 */
function airtimeTable(m: ExportMeeting, l: ExportLabels, locale: string): string[] {
  const rows = airtimeRows(m.report, l.unnamed);
  if (rows.length === 0) return [];
  const d = (ms: number) => humanDuration(ms, locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const table = (source: AirtimeSource, head: string) => {
    const of = rows.filter((r) => r.source === source);
    if (of.length === 0) return [];
    return [
      '',
      `| ${l.person} | ${head} | ${l.share} | ${l.turns} | ${l.longest} |`,
      '| --- | ---: | ---: | ---: | ---: |',
      ...of.map(
        ({ name, figures: f }) =>
          `| ${mdText(name)} | ${d(f.talkMs)} | ${pct.format(f.share)} | ${f.turns} | ${f.turns ? d(f.longestTurnMs) : '—'} |`,
      ),
    ];
  };
  const silent = (m.report.airtime?.people ?? []).filter((p) => p.silent).map((p) => mdText(p.name));
  return [
    '',
    `**${l.airtime}**`,
    ...table('timed', l.timed),
    ...(silent.length > 0
      ? [
          '',
          `${l.silent}${colonIn(locale)} ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(silent)}`,
        ]
      : []),
    ...table('transcript', l.transcript),
  ];
}

function one(m: ExportMeeting, l: ExportLabels, o: MarkdownOptions): string {
  const r = m.report;
  const d = (ms: number) => humanDuration(ms, o.locale);
  const c = colonIn(o.locale);
  const date =
    r.startedAt === null
      ? ''
      : new Intl.DateTimeFormat(o.locale, {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: o.timeZone,
        }).format(r.startedAt);
  const lines = [
    `## ${mdText(r.title)}`,
    '',
    [mdText(date), m.clientName === null ? '' : mdText(m.clientName)].filter(Boolean).join(' · '),
    '',
    `**${l.length}${c}** ${d(r.actualMs)} (${l.planned}${c} ${d(r.scheduledMs)})`,
    '',
  ];
  lines.push(`| ${l.item} | ${l.plannedCol} | ${l.actualCol} |`, '| --- | ---: | ---: |');
  for (const i of r.items)
    lines.push(
      `| ${mdText(i.title)} | ${d(i.plannedMs)} | ${i.actualMs > 0 ? d(i.actualMs) : l.notCovered} |`,
    );
  if (o.includeOffTopic && r.offTopicMs > 0) lines.push('', `**${l.offTopic}${c}** ${d(r.offTopicMs)}`);
  lines.push(...airtimeTable(m, l, o.locale));
  if (m.followUps.length > 0) {
    lines.push('', `**${l.followUps}**`, '');
    for (const f of m.followUps) lines.push(`- [${f.done ? 'x' : ' '}] ${mdText(f.text)}`);
  }
  // Notes are the user's own free text: in a fenced block they stay exactly as typed, and nothing in them renders.
  if (o.includeNotes && m.notes.trim()) lines.push('', `**${l.notes}**`, '', ...fenced(m.notes.trim()));
  return lines.join('\n');
}

/** A summary to paste into an email to the client: the agenda, planned and actual, and what was agreed. */
export function markdownSummary(
  meetings: readonly ExportMeeting[],
  labels: ExportLabels,
  o: MarkdownOptions,
  name: string,
): ExportFile {
  return {
    filename: `${name}.md`,
    mime: 'text/markdown;charset=utf-8',
    content: `${meetings.map((m) => one(m, labels, o)).join('\n\n---\n\n')}\n`,
    notes: [],
  };
}
