import type { HostCommandOf, HostResults } from '../../../shared/contract/contract';
import type {
  AnnotationCommand,
  Decision,
  TranscriptCommand,
} from '../../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { MeetingLog } from '../../../shared/meeting/meeting.log';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { ExportMeeting } from '../../../shared/report/export/export.types';
import { aggregate, filterMeetings, normalizeText, trend } from '../../../shared/report/history.query';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import { buildReport } from '../../../shared/report/report.model';
import { peopleHistory, type PersonHistory } from '../../../shared/report/people.history';
import { suggest } from '../../../shared/report/suggestions';

import type { Client } from '../../../shared/settings/client.schema';
import type { Roster } from '../../../shared/transcript/name.match';
import type { HistoryIndex } from '../history/history.index';
import { journalPath } from '../history/meeting.files';
import type { HostContext } from '../host.context';
import { HostError } from '../host.error';
import { Journal, readJournal } from '../journal/journal';
import { readAndRepair } from '../journal/journal.repair';
import { rosterOf } from './meeting.roster';
import { openDeferred } from './open.deferred';

/** How far back "the last meetings" reach for a report's people, and how many people History lists. */
const RECENT_MEETINGS = 6;
const MAX_PEOPLE = 50;

export interface RecordsDeps {
  ctx: HostContext;
  history: HistoryIndex;
  /** The open meeting, whose record lives in memory rather than on disk. */
  current: {
    readonly id: string | null;
    readonly events: readonly MeetingEvent[] | null;
    readonly state: MeetingState | null;
    command(cmd: RecordCommand): Decision;
  };
  client(id: string | null): Client | null;
  /** The user's own name, as they gave it (for a transcript's names), or null. */
  you(): string | null;
  /** Something the user should hear about (a damaged journal repaired, an index that could not be saved). */
  problem(message: string): void;
}

/** What may change a meeting's record, open or past: notes, follow-ups, its transcript. */
export type RecordCommand = AnnotationCommand | TranscriptCommand;

/**
 * Every meeting's record, open or past: its events, its state, its report, notes and follow-ups, and the questions
 * history answers (queries, open follow-ups, deferred items, suggestions).
 */
export class MeetingRecords {
  constructor(private readonly deps: RecordsDeps) {}

  get history(): HistoryIndex {
    return this.deps.history;
  }

  private now(): number {
    return this.deps.ctx.clock.now();
  }

  /** A meeting's journal: the open one's from memory, a past one's from disk. */
  events(id: string): readonly MeetingEvent[] {
    const { current, history, ctx } = this.deps;
    if (current.id === id) return current.events!;
    if (!history.get(id)) throw new HostError('notFound', 'noMeetingInHistory', { id });
    return readJournal(journalPath(ctx.dataDir, id)).events;
  }

  state(id: string): MeetingState {
    const { current } = this.deps;
    return current.id === id ? current.state! : MeetingLog.replay(this.events(id)).state;
  }

  /** Whom a meeting's transcript names may stand for. */
  roster(s: MeetingState): Roster {
    return rosterOf(s, this.deps.client(s.plan.clientId), this.deps.you());
  }

  /** What an export needs of one meeting. */
  exportRow(s: MeetingState): ExportMeeting {
    return {
      report: buildReport(s, s.endedAt ?? this.now(), s.plan.rate, this.roster(s)),
      clientName: this.deps.client(s.plan.clientId)?.name ?? null,
      notes: s.notes,
      followUps: s.followUps,
    };
  }

  /**
   * Notes, follow-ups or a transcript on a meeting: through the runtime when it is the open one, else appended (and
   * fsync'd) to its journal, whose summary is then refreshed.
   */
  annotate(id: string, command: RecordCommand): number {
    const { current, history, ctx } = this.deps;
    if (current.id === id) {
      const d = current.command(command);
      if (!d.ok) throw HostError.from(d.error);
      return d.events.length;
    }
    if (!history.get(id)) throw new HostError('notFound', 'noMeetingInHistory', { id });
    const path = journalPath(ctx.dataDir, id);
    const { loaded, problem } = readAndRepair(ctx.dataDir, path, id, this.now());
    if (problem) this.deps.problem(problem);
    const d = MeetingLog.replay(loaded.events).decide(command, this.now());
    if (!d.ok) throw HostError.from(d.error);
    const journal = Journal.reopen(path, loaded);
    try {
      journal.append(d.events);
    } finally {
      journal.close();
    }
    // The events are on disk: the command has succeeded, whatever the index does now.
    try {
      history.summariseJournal(id, this.now());
      history.flush();
    } catch (e) {
      ctx.log.error(`updating the history index failed: ${(e as Error).stack ?? String(e)}`);
      this.deps.problem(`updating the history index failed: ${(e as Error).message}`);
    }
    return d.events.length;
  }

  report(id: string): HostResults['history.report'] {
    const state = this.state(id);
    const context = {
      clientId: state.plan.clientId,
      title: state.plan.title,
      items: state.plan.items.map((i) => i.title),
      now: state.endedAt ?? this.now(),
    };
    return {
      report: buildReport(state, this.now(), state.plan.rate, this.roster(state)),
      plan: state.plan,
      clientName: this.deps.client(state.plan.clientId)?.name ?? null,
      notes: state.notes,
      followUps: state.followUps,
      suggestions: suggest(context, this.deps.history.all()),
      people: this.recentPeople(state),
    };
  }

  /**
   * How the people of this meeting spoke in it and the meetings with the same client just before it (the last six
   * group meetings where the floor was given): "Marco took 41 % of the talk in the last 6 meetings".
   */
  private recentPeople(s: MeetingState): PersonHistory[] {
    if (s.plan.audience !== 'group' || s.startedAt === null) return [];
    const before = filterMeetings(this.deps.history.all(), { clientId: s.plan.clientId }).filter(
      (m) => m.audience === 'group' && m.airtime !== null && m.startedAt! <= s.startedAt!,
    );
    const names = new Set(s.roster.map((r) => normalizeText(r.participant.name)));
    return peopleHistory(before.slice(0, RECENT_MEETINGS)).filter((p) => names.has(p.key));
  }

  query(c: HostCommandOf<'history.query'>): HostResults['history.query'] {
    const matched = filterMeetings(this.deps.history.all(), c.filter);
    return {
      meetings: matched.slice(c.page * c.pageSize, (c.page + 1) * c.pageSize),
      total: matched.length,
      aggregate: aggregate(matched),
      trend: trend(matched, c.bucket, c.timeZone),
      people: peopleHistory(matched).slice(0, MAX_PEOPLE),
    };
  }

  openFollowUps(clientId: string | null): HostResults['history.followUps'] {
    return {
      followUps: filterMeetings(this.deps.history.all(), { clientId }).flatMap((m: MeetingSummary) =>
        m.followUps
          .filter((f) => !f.done)
          .map((f) => ({
            meetingId: m.id,
            meetingTitle: m.title,
            startedAt: m.startedAt,
            id: f.id,
            text: f.text,
          })),
      ),
    };
  }

  deferred(clientId: string | null): HostResults['history.deferred'] {
    return openDeferred(this.deps.history.all(), clientId);
  }

  suggest(c: HostCommandOf<'history.suggest'>): HostResults['history.suggest'] {
    return {
      suggestions: suggest(
        { clientId: c.clientId, title: c.title, items: c.items, now: this.now() },
        this.deps.history.all(),
      ),
    };
  }

  /** Whether any meeting, past or open, was with this client (such a client is archived, never deleted). */
  hasClient(clientId: string): boolean {
    return (
      this.deps.history.all().some((m) => m.clientId === clientId) ||
      this.deps.current.state?.plan.clientId === clientId
    );
  }
}
