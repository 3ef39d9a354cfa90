import type { ExportLabels } from '../../i18n/export.labels';
import type { ExportMeeting } from './export.types';

/**
 * One stretch of booked time: a timeline segment of an item, an off-topic episode or the chat (pauses are not
 * booked). Start and end are whole seconds (epoch ms), so End − Start is exactly the time booked, and entries that
 * follow each other share their boundary: no two entries of a meeting overlap.
 */
export interface TimeEntry {
  meeting: ExportMeeting;
  kind: 'item' | 'offTopic' | 'chat';
  /** The item worked on, or the one off-topic interrupted ('' for the chat or when there was none). */
  itemTitle: string;
  start: number;
  end: number;
}

const toSecond = (ms: number) => Math.round(ms / 1000) * 1000;

/** The entries of these meetings, in the order they happened; back-to-back segments of one kind and item are one. */
export function timeEntries(meetings: readonly ExportMeeting[]): TimeEntry[] {
  const out: TimeEntry[] = [];
  for (const m of meetings) {
    const titles = new Map(m.report.items.map((i) => [i.id, i.title]));
    let last: (TimeEntry & { itemId: string | null }) | null = null;
    for (const seg of m.report.timeline) {
      if (seg.kind === 'paused') continue;
      const start = toSecond(seg.from);
      const end = toSecond(seg.to);
      const itemId = seg.kind === 'chat' ? null : seg.itemId;
      if (last && last.kind === seg.kind && last.itemId === itemId && last.end === start) {
        last.end = end;
        continue;
      }
      last = {
        meeting: m,
        kind: seg.kind,
        itemId,
        itemTitle: (itemId && titles.get(itemId)) ?? '',
        start,
        end,
      };
      out.push(last);
    }
  }
  return out
    .filter((e) => e.end > e.start)
    .map(({ meeting, kind, itemTitle, start, end }) => ({ meeting, kind, itemTitle, start, end }));
}

/** What every time-tracker export needs from the user: asked once, at the first export, then remembered. */
export interface TrackerOptions {
  email: string;
  /** The user's name in the tracker ("User"); the email stands in when it is empty. */
  name: string;
  /** Off-topic (and end-of-meeting chat) entries: billable or not. Items are always billable. */
  offTopicBillable: boolean;
  /** The zone local times are written in: the one the tracker's profile uses. */
  timeZone: string;
}

/** The fields of an entry every tracker has, in Tactful's words. */
export interface EntryFields {
  user: string;
  client: string;
  project: string;
  description: string;
  /** Clockify's and solidtime's Task, Kimai's Activity: the kind of time (meeting, off-topic, chat). */
  task: string;
  billable: boolean;
  tags: string[];
}

export function entryFields(e: TimeEntry, o: TrackerOptions, l: ExportLabels): EntryFields {
  const description =
    e.kind === 'item'
      ? e.itemTitle
      : e.kind === 'chat'
        ? l.chat
        : e.itemTitle
          ? `${l.offTopic} (${e.itemTitle})`
          : l.offTopic;
  return {
    user: o.name.trim() || o.email,
    client: e.meeting.clientName ?? '',
    project: e.meeting.report.title,
    description,
    task: e.kind === 'item' ? l.meeting : e.kind === 'offTopic' ? l.offTopic : l.chat,
    billable: e.kind === 'item' || o.offTopicBillable,
    tags: e.kind === 'item' ? ['tactful'] : ['tactful', e.kind === 'offTopic' ? 'off-topic' : 'chat'],
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "00:12:05": hours (at least two digits), minutes and seconds of End − Start. */
export const clockDuration = (e: TimeEntry) => {
  const s = Math.round((e.end - e.start) / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
};

/** "2026-11-16T08:00:07Z": UTC to the second. */
export const utcSecond = (at: number) => `${new Date(at).toISOString().slice(0, 19)}Z`;
