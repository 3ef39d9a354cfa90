import { humanDuration } from '../../format/duration.format';
import type { ExportLabels } from '../../i18n/export.labels';
import type { ExportFile, ExportMeeting } from './export.types';

export interface MarkdownOptions {
  locale: string;
  timeZone: string;
  /** Off-topic time is the freelancer's business; it goes to the client only if asked for. */
  includeOffTopic: boolean;
  includeNotes: boolean;
}

/** A title or note in a Markdown table cell: pipes and line breaks would break the table. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function one(m: ExportMeeting, l: ExportLabels, o: MarkdownOptions): string {
  const r = m.report;
  const d = (ms: number) => humanDuration(ms, o.locale);
  const date =
    r.startedAt === null
      ? ''
      : new Intl.DateTimeFormat(o.locale, {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: o.timeZone,
        }).format(r.startedAt);
  const lines = [
    `## ${r.title}`,
    '',
    [date, m.clientName].filter(Boolean).join(' · '),
    '',
    `**${l.length}:** ${d(r.actualMs)} (${l.planned}: ${d(r.scheduledMs)})`,
    '',
  ];
  lines.push(`| ${l.item} | ${l.plannedCol} | ${l.actualCol} |`, '| --- | ---: | ---: |');
  for (const i of r.items)
    lines.push(`| ${cell(i.title)} | ${d(i.plannedMs)} | ${i.actualMs > 0 ? d(i.actualMs) : l.notCovered} |`);
  if (o.includeOffTopic && r.offTopicMs > 0) lines.push('', `**${l.offTopic}:** ${d(r.offTopicMs)}`);
  if (m.followUps.length > 0) {
    lines.push('', `**${l.followUps}**`, '');
    for (const f of m.followUps) lines.push(`- [${f.done ? 'x' : ' '}] ${f.text.replace(/\s*\n\s*/g, ' ')}`);
  }
  if (o.includeNotes && m.notes.trim()) lines.push('', `**${l.notes}**`, '', m.notes.trim());
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
