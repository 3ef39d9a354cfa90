import type { FollowUp } from '../../meeting/meeting.vocabulary';
import type { MeetingReport } from '../report.model';

/** One meeting, as much as any export needs. */
export interface ExportMeeting {
  report: MeetingReport;
  clientName: string | null;
  notes: string;
  followUps: FollowUp[];
}

/** One line of Tactful's own CSV: an agenda item worked on, an off-topic episode, or the chat at the end. */
export interface TimeRow {
  meeting: ExportMeeting;
  kind: 'item' | 'offTopic' | 'chat';
  title: string;
  /** First and last moment of this stretch (epoch ms). */
  start: number;
  end: number;
  plannedMs: number | null;
  actualMs: number;
  cost: { amountMinor: number; currency: string } | null;
}

/** The rows of a meeting, in the order they happened. Items never worked on have no time, so no row. */
export function timeRows(m: ExportMeeting): TimeRow[] {
  const r = m.report;
  const rows: TimeRow[] = [];
  for (const item of r.items) {
    const segments = r.timeline.filter((s) => s.kind === 'item' && s.itemId === item.id);
    if (segments.length === 0) continue;
    rows.push({
      meeting: m,
      kind: 'item',
      title: item.title,
      start: segments[0]!.from,
      end: segments.at(-1)!.to,
      plannedMs: item.plannedMs,
      actualMs: item.actualMs,
      cost: null,
    });
  }
  for (const ep of r.episodes) {
    rows.push({
      meeting: m,
      kind: 'offTopic',
      title: r.items.find((i) => i.id === ep.itemId)?.title ?? '',
      start: ep.from,
      end: ep.to,
      plannedMs: null,
      actualMs: ep.ms,
      cost: ep.cost,
    });
  }
  const chat = r.timeline.filter((s) => s.kind === 'chat');
  if (r.chatMs > 0 && chat.length > 0)
    rows.push({
      meeting: m,
      kind: 'chat',
      title: '',
      start: chat[0]!.from,
      end: chat.at(-1)!.to,
      plannedMs: null,
      actualMs: r.chatMs,
      cost: null,
    });
  return rows.sort((a, b) => a.start - b.start);
}

/** Something the user should know about an export; the UI words it. */
export type ExportNote =
  | { kind: 'rows'; count: number }
  /** Local times, in this zone: it must be the zone of the importing profile. */
  | { kind: 'timeZone'; timeZone: string }
  /** Times in UTC with the zone written out: any importer reads them right, whatever its profile says. */
  | { kind: 'utc' }
  | {
      kind: 'clockifyFormat';
      target: 'clockify' | 'solidtimeKimai';
      dateFormat: string;
      timeFormat: string;
      durationFormat: string;
    };

/** What an export produced, and what the user should know about it (formats used, cells shortened…). */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
  notes: ExportNote[];
}
