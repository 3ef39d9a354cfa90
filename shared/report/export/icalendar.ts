import { humanDuration } from '../../format/duration.format';
import type { ExportLabels } from '../../i18n/export.labels';
import type { ExportFile, ExportMeeting } from './export.types';

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function icalText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with a space, and a character is
 * never split across lines (UTF-8 sequences and surrogate pairs stay whole).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space is one of its 75
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A DATE-TIME in UTC: 20261116T080007Z. */
const utc = (at: number) =>
  new Date(Math.floor(at / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function description(m: ExportMeeting, l: ExportLabels, locale: string): string {
  const d = (ms: number) => humanDuration(ms, locale);
  const r = m.report;
  const lines: string[] = [];
  if (m.clientName) lines.push(m.clientName);
  for (const i of r.items)
    lines.push(
      `${i.title}: ${i.actualMs > 0 ? d(i.actualMs) : l.notCovered} (${l.planned}: ${d(i.plannedMs)})`,
    );
  if (r.offTopicMs > 0) lines.push(`${l.offTopic}: ${d(r.offTopicMs)}`);
  if (r.chatMs > 0) lines.push(`${l.chat}: ${d(r.chatMs)}`);
  if (m.followUps.length > 0) {
    lines.push(`${l.followUps}:`);
    for (const f of m.followUps) lines.push(`${f.done ? '☑' : '☐'} ${f.text}`);
  }
  return lines.join('\n');
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per meeting that ran: from its start to its end in UTC, the title as
 * SUMMARY, the client, the items (actual and planned), off-topic and chat time and the follow-ups in DESCRIPTION.
 * UID is the meeting's id, so importing the file again updates the same events.
 */
export function icalendar(
  meetings: readonly ExportMeeting[],
  l: ExportLabels,
  o: { locale: string; now: number },
  name: string,
): ExportFile {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tactful//Meeting export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  let count = 0;
  for (const m of meetings) {
    const r = m.report;
    if (r.startedAt === null) continue;
    const end = r.endedAt ?? r.timeline.at(-1)?.to ?? r.startedAt;
    count++;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.meetingId}@tactful`,
      `DTSTAMP:${utc(o.now)}`,
      `DTSTART:${utc(r.startedAt)}`,
      `DTEND:${utc(Math.max(end, r.startedAt + 1000))}`,
      `SUMMARY:${icalText(r.title)}`,
      `DESCRIPTION:${icalText(description(m, l, o.locale))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return {
    filename: `${name}.ics`,
    mime: 'text/calendar;charset=utf-8',
    content: `${lines.map(foldLine).join('\r\n')}\r\n`,
    notes: [{ kind: 'rows', count }, { kind: 'utc' }],
  };
}
