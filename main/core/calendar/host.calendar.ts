import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  mergeSynced,
  planOf,
  plannedView,
  standingCallView,
  type PlannedMeetingView,
  type StandingCallView,
} from '../../../shared/calendar/calendar.records';
import { rememberMatch } from '../../../shared/calendar/client.match';
import type { PlanEdits } from '../../../shared/calendar/event.plan';
import { templateFromSeries } from '../../../shared/calendar/standing.call';
import { UNTITLED_MEETING } from '../../../shared/calendar/untitled';
import { coveringWindow } from '../../../shared/calendar/unscheduled';
import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import type {
  CalendarInfo,
  CalendarSubscription,
  SyncOutcome,
} from '../../../shared/contract/calendar.contract';
import { calendarSettingsSchema, type Settings } from '../../../shared/settings/settings.schema';
import type { Client } from '../../../shared/settings/client.schema';
import type { Template } from '../../../shared/settings/template.schema';
import type { HostContext } from '../host.context';
import { HostError } from '../host.error';
import {
  CalendarFile,
  calendarDir,
  importedIcsPath,
  type CalendarState,
  type SourceRecord,
} from './calendar.file';
import type { SecretVault } from './secret.vault';
import { fetchableUrl, type SyncJob } from './sync.job';
import type { SyncRunner } from './sync.runner';

const DAY = 86_400_000;
/** The first sync after start-up waits this long, so opening the app is not slowed by the network. */
const FIRST_SYNC_MS = 3_000;
/** A big calendar on a slow server can take a while to list; a server that does not answer at all is refused at once. */
const REQUEST_TIMEOUT_MS = 90_000;

export interface CalendarDeps {
  ctx: HostContext;
  vault: SecretVault;
  runner: SyncRunner;
  store: {
    settings(): Settings;
    clients(): Client[];
    templates(): Template[];
    saveTemplate(t: Template): Template;
  };
  /** Something the user should hear about (a damaged calendar file at start-up). */
  problem(message: string): void;
  /** Whether a meeting was held (it started, and is in history): a planned one that was dropped was not. */
  held(meetingId: string): boolean;
  /** The user's zone, for times a calendar writes without one. */
  timeZone: string;
}

/** An address shown without what makes it secret (its path, query and any credentials). */
function safeLocation(url: string): string {
  try {
    const u = new URL(fetchableUrl(url));
    return `${u.protocol}//${u.host}/…`;
  } catch {
    return '…';
  }
}

/**
 * The calendars: subscribing, importing, syncing them off the meeting's path (on a worker thread), and the meetings
 * they plan — each kept with what the calendar said and what the user changed. It also answers whether a call
 * starting now was planned. Emits 'changed' when what clients see of it changed.
 */
export class HostCalendar extends EventEmitter<{ changed: [] }> {
  private state: CalendarState;
  private readonly file: CalendarFile;
  private readonly inFlight = new Map<string, Promise<SyncOutcome>>();
  private revision = 0;
  private timer: unknown = null;
  private closed = false;

  constructor(private readonly deps: CalendarDeps) {
    super();
    this.file = new CalendarFile(deps.ctx.dataDir);
    const loaded = this.file.load(deps.ctx.clock.now());
    this.state = loaded.state;
    if (loaded.problem) {
      deps.ctx.log.warn(loaded.problem);
      deps.problem(loaded.problem);
    }
  }

  private now(): number {
    return this.deps.ctx.clock.now();
  }

  private settings() {
    return calendarSettingsSchema.parse(this.deps.store.settings().calendar ?? {});
  }

  private untitled(): string {
    return UNTITLED_MEETING[this.deps.store.settings().uiLanguage];
  }

  private commit(next: CalendarState): void {
    this.state = next;
    this.file.save(next);
    this.revision++;
    this.emit('changed');
  }

  info(): CalendarInfo {
    return {
      sources: this.state.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        name: s.name,
        location: s.location,
        username: s.username,
        email: s.email,
        syncing: this.inFlight.has(s.id),
        lastSync: s.lastSync,
        lastGood: s.lastGood,
      })),
      revision: this.revision,
      secrets: this.deps.vault.kind,
      horizonDays: this.settings().horizonDays,
    };
  }

  // ——— Syncing ———

  private lastSettings = '';

  /** Syncs every calendar soon after start-up, then every few minutes (Settings), until closed. */
  start(): void {
    this.lastSettings = JSON.stringify(this.settings());
    if (this.state.sources.length > 0) this.schedule(FIRST_SYNC_MS);
  }

  /** A new horizon or interval: sync soon, with the new window, then on the new rhythm. */
  settingsChanged(): void {
    const now = JSON.stringify(this.settings());
    if (now === this.lastSettings) return;
    this.lastSettings = now;
    if (this.state.sources.length > 0) this.schedule(FIRST_SYNC_MS);
    this.revision++;
    this.emit('changed');
  }

  private schedule(ms: number): void {
    const { timers } = this.deps.ctx;
    if (this.timer !== null) timers.clearTimeout(this.timer);
    this.timer = null;
    // Without calendars there is nothing to wait for.
    if (this.closed || this.state.sources.length === 0) return;
    this.timer = timers.setTimeout(() => {
      this.timer = null;
      void this.sync().finally(() => this.schedule(this.settings().syncEveryMin * 60_000));
    }, ms);
  }

  private job(
    source: Pick<SourceRecord, 'id' | 'kind' | 'serverUrl' | 'username' | 'email'>,
    secret: string | null,
  ): SyncJob {
    const now = this.now();
    const fallbackEmail = this.deps.store.settings().exports.email;
    return {
      source:
        source.kind === 'caldav'
          ? { kind: 'caldav', serverUrl: source.serverUrl!, username: source.username! }
          : source.kind === 'icsUrl'
            ? { kind: 'icsUrl' }
            : { kind: 'icsFile', path: importedIcsPath(this.deps.ctx.dataDir, source.id) },
      secret,
      // From yesterday (a call happening now belongs to today's events) to the horizon.
      from: now - DAY,
      to: now + this.settings().horizonDays * DAY,
      me: [source.email, fallbackEmail].filter((e): e is string => !!e).map((e) => e.toLowerCase()),
      timeZone: this.deps.timeZone,
      timeoutMs: REQUEST_TIMEOUT_MS,
    };
  }

  /** Runs one source's job and folds the result in: new events in, the user's changes kept; a failure keeps all. */
  private syncSource(id: string): Promise<SyncOutcome> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const source = this.state.sources.find((s) => s.id === id);
    if (!source) return Promise.reject(new HostError('notFound', 'noCalendar', { id }));
    const secret = source.kind === 'icsFile' ? null : this.deps.vault.read(id);
    const startedAt = this.now();
    const p = this.deps.runner.run(this.job(source, secret)).then((r) => {
      this.inFlight.delete(id);
      const outcome = this.outcome(id, startedAt, this.now() - startedAt, r);
      if (this.closed || !this.state.sources.some((s) => s.id === id)) return outcome;
      if (!r.ok) this.deps.ctx.log.warn(`calendar ${id} could not be synced: ${r.detail}`);
      const sources = this.state.sources.map((s) =>
        s.id === id ? { ...s, lastSync: outcome, lastGood: outcome.ok ? outcome.at : s.lastGood } : s,
      );
      this.commit(
        r.ok
          ? {
              ...this.state,
              sources,
              records: mergeSynced(this.state.records, id, r.read.occurrences),
              series: [
                ...this.state.series.filter((x) => x.sourceId !== id),
                ...r.read.series.map((series) => ({ sourceId: id, series })),
              ],
            }
          : { ...this.state, sources },
      );
      return outcome;
    });
    this.inFlight.set(id, p);
    this.emit('changed');
    return p;
  }

  private outcome(
    sourceId: string,
    at: number,
    durationMs: number,
    r: Awaited<ReturnType<SyncRunner['run']>>,
  ): SyncOutcome {
    if (!r.ok) return { ok: false, sourceId, at, durationMs, error: r.error };
    return {
      ok: true,
      sourceId,
      at,
      durationMs,
      events: r.read.events,
      planned: r.read.occurrences.filter((o) => o.end > at).length,
      skipped: r.read.skipped,
    };
  }

  /** Syncs one calendar, or all of them (one after another: a slow server does not crowd the others out). */
  async sync(sourceId?: string): Promise<SyncOutcome[]> {
    if (sourceId !== undefined) return [await this.syncSource(sourceId)];
    const out: SyncOutcome[] = [];
    for (const s of this.state.sources) if (!this.closed) out.push(await this.syncSource(s.id));
    return out;
  }

  /**
   * Adds a calendar after a first sync that works: a wrong password or an unreachable server is refused with the
   * reason, and nothing is kept (least of all the password).
   */
  async subscribe(sub: CalendarSubscription): Promise<{ sourceId: string; sync: SyncOutcome }> {
    const id = `c${randomUUID().slice(0, 8)}`;
    const caldav = sub.kind === 'caldav';
    const source: SourceRecord = {
      id,
      kind: sub.kind,
      name: sub.name || (caldav ? new URL(fetchableUrl(sub.serverUrl)).host : safeLocation(sub.url)),
      location: caldav ? fetchableUrl(sub.serverUrl) : safeLocation(sub.url),
      serverUrl: caldav ? fetchableUrl(sub.serverUrl) : null,
      username: caldav ? sub.username : null,
      email: sub.email || null,
      lastSync: null,
      lastGood: null,
    };
    const secret = caldav ? sub.password : sub.url.trim();
    return this.add(source, () => this.deps.vault.write(id, secret), secret);
  }

  /** Imports an .ics file: kept in Tactful's folder, read again at each sync as the days move on. */
  async importFile(
    name: string,
    content: string,
    email: string,
  ): Promise<{ sourceId: string; sync: SyncOutcome }> {
    const id = `c${randomUUID().slice(0, 8)}`;
    const source: SourceRecord = {
      id,
      kind: 'icsFile',
      name: name.replace(/\.ics$/i, '') || name,
      location: name,
      serverUrl: null,
      username: null,
      email: email || null,
      lastSync: null,
      lastGood: null,
    };
    mkdirSync(calendarDir(this.deps.ctx.dataDir), { recursive: true });
    const path = importedIcsPath(this.deps.ctx.dataDir, id);
    writeFileSync(path, content, { mode: 0o600 });
    return this.add(
      source,
      () => undefined,
      null,
      () => rmSync(path, { force: true }),
    );
  }

  private async add(
    source: SourceRecord,
    keepSecret: () => void,
    secret: string | null,
    discard: () => void = () => undefined,
  ): Promise<{ sourceId: string; sync: SyncOutcome }> {
    const startedAt = this.now();
    const r = await this.deps.runner.run(this.job(source, secret));
    const outcome = this.outcome(source.id, startedAt, this.now() - startedAt, r);
    if (!r.ok) {
      discard();
      this.deps.ctx.log.warn(`calendar ${source.id} was not added: ${r.detail}`);
      throw new HostError(
        r.error.key === 'calendarSyncFailed' ? 'internal' : 'unavailable',
        r.error.key,
        r.error.params,
      );
    }
    keepSecret();
    const added = { ...source, lastSync: outcome, lastGood: outcome.at };
    this.commit({
      ...this.state,
      sources: [...this.state.sources, added],
      records: mergeSynced(this.state.records, source.id, r.read.occurrences),
      series: [...this.state.series, ...r.read.series.map((series) => ({ sourceId: source.id, series }))],
    });
    this.deps.ctx.log.info(`calendar ${source.id} added (${r.read.events} events)`);
    if (this.timer === null) this.schedule(this.settings().syncEveryMin * 60_000);
    return { sourceId: source.id, sync: outcome };
  }

  remove(id: string): boolean {
    if (!this.state.sources.some((s) => s.id === id)) throw new HostError('notFound', 'noCalendar', { id });
    this.deps.vault.remove(id);
    rmSync(importedIcsPath(this.deps.ctx.dataDir, id), { force: true });
    this.commit({
      ...this.state,
      sources: this.state.sources.filter((s) => s.id !== id),
      records: this.state.records.filter((r) => r.sourceId !== id),
      series: this.state.series.filter((s) => s.sourceId !== id),
    });
    return true;
  }

  // ——— The meetings calendars plan ———

  /** Every meeting the calendars plan (past ones of the window too), as the dashboard sees them. */
  planned(): PlannedMeetingView[] {
    const clients = this.deps.store.clients();
    const untitled = this.untitled();
    return this.state.records.map((r) => {
      const v = plannedView(r, clients, this.state.memory, untitled);
      return v.meetingId && !this.deps.held(v.meetingId) ? { ...v, meetingId: null } : v;
    });
  }

  private view(key: string): PlannedMeetingView {
    const v = this.planned().find((x) => x.key === key);
    if (!v) throw new HostError('notFound', 'noPlannedMeeting', { key });
    return v;
  }

  private standingCalls(): StandingCallView[] {
    const clients = this.deps.store.clients();
    const saved = new Set(this.deps.store.templates().map((t) => t.id));
    const seen = new Set<string>();
    return this.state.series
      .filter((s) => !seen.has(s.series.uid) && seen.add(s.series.uid))
      .map((s) => standingCallView(s.sourceId, s.series, clients, this.state.memory, saved));
  }

  /** Meetings from now to `days` ahead (the horizon by default), soonest first, and the standing calls. */
  upcoming(days?: number) {
    const now = this.now();
    const until = now + (days ?? this.settings().horizonDays) * DAY;
    return {
      meetings: this.planned().filter((v) => v.end > now && v.start < until),
      standingCalls: this.standingCalls(),
      revision: this.revision,
    };
  }

  edit(key: string, edits: PlanEdits, forget: readonly (keyof PlanEdits)[]): PlannedMeetingView {
    this.view(key);
    this.commit({
      ...this.state,
      records: this.state.records.map((r) => {
        if (`${r.sourceId}/${r.synced.key}` !== key) return r;
        const next: PlanEdits = { ...r.edits, ...edits };
        for (const f of forget) delete next[f];
        return { ...r, edits: next };
      }),
    });
    return this.view(key);
  }

  /** The user confirmed or corrected the client: remembered for the event, its people and their company. */
  match(key: string, clientId: string | null): PlannedMeetingView {
    const record = this.state.records.find((r) => `${r.sourceId}/${r.synced.key}` === key);
    if (!record) throw new HostError('notFound', 'noPlannedMeeting', { key });
    if (clientId !== null && !this.deps.store.clients().some((c) => c.id === clientId))
      throw new HostError('notFound', 'noClient', { id: clientId });
    this.commit({
      ...this.state,
      memory: rememberMatch(this.state.memory, record.synced, clientId),
      // A choice made for this meeting alone gives way to the one remembered.
      records: this.state.records.map((r) => {
        if (r !== record) return r;
        const { clientId: _dropped, ...edits } = r.edits;
        return { ...r, edits };
      }),
    });
    return this.view(key);
  }

  /** The plan a planned meeting opens with; `attach` records the meeting once it is created. */
  planFor(key: string): MeetingPlan {
    const v = this.view(key);
    if (v.meetingId) throw new HostError('conflict', 'plannedMeetingHeld', { key });
    return planOf(v);
  }

  attach(key: string, meetingId: string): void {
    this.commit({
      ...this.state,
      records: this.state.records.map((r) =>
        `${r.sourceId}/${r.synced.key}` === key ? { ...r, meetingId } : r,
      ),
    });
  }

  template(uid: string): Template {
    const s = this.state.series.find((x) => x.series.uid === uid);
    if (!s) throw new HostError('notFound', 'noStandingCall', { uid });
    const saved = this.deps.store.saveTemplate(templateFromSeries(s.series, this.untitled()));
    this.revision++;
    this.emit('changed');
    return saved;
  }

  /** The planned meeting a call with this client starting at `at` belongs to, if any. */
  covering(at: number, clientId: string | null): PlannedMeetingView | null {
    return coveringWindow(at, clientId, this.planned());
  }

  /** The client's standing call, as the calendar has it. */
  standingCallFor(clientId: string): StandingCallView | null {
    return this.standingCalls().find((s) => s.clientId === clientId) ?? null;
  }

  /** The client's next planned meeting after `after`. */
  nextWith(clientId: string, after: number): { title: string; start: number } | null {
    const v = this.planned().find((x) => x.clientId === clientId && x.start > after);
    return v ? { title: v.title, start: v.start } : null;
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.ctx.timers.clearTimeout(this.timer);
    this.timer = null;
    this.deps.runner.close();
    this.removeAllListeners();
  }
}
