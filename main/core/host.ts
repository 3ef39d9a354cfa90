import { chmodSync, mkdirSync } from 'node:fs';
import type { HostInfo, MeetingSnapshot } from '../../shared/contract/contract';
import type { DetectorReason } from '../../shared/detect/detector.protocol';
import { calendarHandlers } from './calendar/calendar.handlers';
import { HostCalendar } from './calendar/host.calendar';
import { FileVault, type SecretVault } from './calendar/secret.vault';
import { inlineRunner, workerRunner } from './calendar/sync.runner';
import { ClockGuard } from './clock/clock.guard';
import { HostClock } from './clock/host.clock';
import { systemTimers, type Timers } from './clock/timers';
import type { SpawnDetector } from './detect/detector.process';
import { DeviceRegistry } from './devices/device.registry';
import { HostDetection } from './detect/host.detection';
import { HistoryIndex } from './history/history.index';
import { meetingsDir } from './history/meeting.files';
import type { HostContext } from './host.context';
import { makeDispatcher } from './host.dispatch';
import { makeHandlers } from './host.handlers';
import { NudgeLines } from './lines/nudge.lines';
import { quarantineCopy } from './journal/quarantine';
import { acquireDataLock } from './lock';
import { stderrLogger, type Logger } from './log';
import { CurrentMeeting } from './meeting/current.meeting';
import { Publisher, type Listener } from './publish/publisher';
import { MeetingRecords } from './records/meeting.records';
import { MeetingTranscripts } from './records/meeting.transcripts';
import { OffThread } from './records/off.thread';
import type { ServedAddresses } from './server/tactful.server';
import type { ConfFactory } from './store/conf.like';
import { openStore } from './store/store.open';
import type { StoreData } from './store/store.schema';
import { SettingsStore } from './store/settings.store';

export interface HostOptions {
  dataDir: string;
  createStore: ConfFactory<StoreData>;
  version: string;
  clock?: HostClock;
  timers?: Timers;
  log?: Logger;
  random?: () => number;
  /** Starts the window detector process; without it this host does no meeting-app detection. */
  spawnDetector?: SpawnDetector;
  /** A permission the platform withholds (macOS Accessibility): the detector waits until it is granted. */
  detectorBlocked?: () => DetectorReason | null;
  /** Where calendar passwords are kept: the OS keychain in the app; by default a 0600 file in the data folder. */
  vault?: SecretVault;
  /** The calendar worker's script: calendars are fetched and read on its thread; without it, on the host's own. */
  calendarWorker?: string;
  /** The user's zone, for calendar times written without one (the system's by default). */
  timeZone?: string;
  /** The import worker's script (import.worker.js, or its .ts source); without it large work runs in place. */
  importWorker?: string;
}

/** Folders only the user may open: journals hold client names, rates and notes. */
function privateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  try {
    chmodSync(path, 0o700);
  } catch {
    // A file system without modes: nothing more can be done.
  }
}

/**
 * The authoritative host, in plain Node. It builds the services, each given only what it uses, and connects their
 * events; every client (windows over IPC, browsers over WebSocket, the shell's tray and shortcuts) goes through its
 * one dispatcher and is told of changes by its publisher.
 */
export class Host {
  readonly ctx: HostContext;
  readonly settings: SettingsStore;
  readonly meeting: CurrentMeeting;
  readonly detection: HostDetection;
  readonly devices: DeviceRegistry;
  readonly calendar: HostCalendar;
  readonly dispatch: ReturnType<typeof makeDispatcher>['dispatch'];
  readonly handle: ReturnType<typeof makeDispatcher>['handle'];
  private readonly publisher: Publisher;
  private readonly guard: ClockGuard;
  private readonly history: HistoryIndex;
  private readonly offThread: OffThread;
  private addresses: ServedAddresses | null = null;

  private constructor(
    opts: HostOptions,
    private readonly releaseLock: () => void,
  ) {
    const log = opts.log ?? stderrLogger;
    const clock = opts.clock ?? new HostClock();
    const ctx = (this.ctx = {
      dataDir: opts.dataDir,
      clock,
      timers: opts.timers ?? systemTimers,
      log,
      random: opts.random ?? Math.random,
    });
    const now = () => clock.now();
    const opened = openStore(opts.createStore, ctx.dataDir, opts.version, log, now());
    const early: string[] = [];
    const store = (this.settings = new SettingsStore(opened.store, {
      // Told before the publisher exists (while the store opens) are kept and told once it does.
      problem: (message) => (this.publisher ? this.publisher.noteProblem(message) : early.push(message)),
      keepCopy: (file) => quarantineCopy(ctx.dataDir, file, now()),
    }));
    const devices = (this.devices = new DeviceRegistry({ store, now, timers: ctx.timers }));
    this.offThread = new OffThread(opts.importWorker ?? null, log);
    const history = (this.history = new HistoryIndex(ctx.dataDir, log));
    const loaded = history.load(now());
    const lines = new NudgeLines({ store, now, random: ctx.random });
    const calendar = (this.calendar = new HostCalendar({
      ctx,
      vault: opts.vault ?? FileVault.headless(ctx.dataDir),
      runner: opts.calendarWorker ? workerRunner(opts.calendarWorker) : inlineRunner,
      store,
      problem: (message) => publisher.noteProblem(message),
      held: (id) => (history.get(id)?.startedAt ?? null) !== null,
      timeZone: opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    // Detection and the publisher are built below; the meeting asks them only once it runs (after construction).
    const meeting: CurrentMeeting = (this.meeting = new CurrentMeeting({
      ctx,
      store,
      history,
      pickLine: (state, c) => lines.pick(state, c),
      callApp: (state): string | null => detection.callApp(state),
      problem: (message) => publisher.noteProblem(message),
      planned: calendar,
    }));
    const records = new MeetingRecords({
      ctx,
      history,
      current: meeting,
      client: (id) => store.client(id),
      you: () => store.settings().exports.name || null,
      problem: (message) => publisher.noteProblem(message),
    });
    // A transcript is read in the import worker, like every large import: the host's own loop runs on meanwhile.
    const transcripts = new MeetingTranscripts(records, (content, fileName) =>
      this.offThread.readTranscript(content, fileName),
    );
    const detection: HostDetection = (this.detection = new HostDetection({
      ctx,
      store,
      history,
      meeting,
      records,
      visibleLine: () => (meeting.state ? lines.visibleLine(meeting.state, now()) : null),
      changed: () => publisher.pushInfo(),
      planned: calendar,
      ...(opts.spawnDetector ? { spawn: opts.spawnDetector } : {}),
      ...(opts.detectorBlocked ? { blocked: opts.detectorBlocked } : {}),
    }));
    const publisher: Publisher = (this.publisher = new Publisher({
      now,
      log,
      version: opts.version,
      meeting,
      lines,
      store,
      detection,
      pairingCode: () => devices.pairingCode('control').code,
      calendar,
    }));
    for (const p of [...opened.problems, ...early]) publisher.noteProblem(p);
    for (const q of loaded.quarantined) publisher.noteProblem(`a damaged meeting file was moved to ${q}`);
    for (const r of loaded.repaired) publisher.noteProblem(r);
    const guard = (this.guard = new ClockGuard({
      clock,
      log,
      meeting,
      sleepCountsAsPaused: () => store.settings().sleepCountsAsPaused,
    }));
    const handlers = makeHandlers({
      dataDir: ctx.dataDir,
      now,
      meeting,
      records,
      transcripts,
      lines,
      settings: store,
      detection,
      devices,
      offThread: this.offThread,
      problem: (message) => publisher.noteProblem(message),
      pairingUrls: (code) => this.pairingUrls(code),
      calendar: calendarHandlers({
        calendar,
        now,
        history,
        notesOf: (id) => records.state(id).notes,
        client: (id) => store.client(id),
        createMeeting: (plan) => meeting.create(plan),
      }),
    });
    ({ dispatch: this.dispatch, handle: this.handle } = makeDispatcher(handlers, () => guard.check(), log));

    meeting.on('changed', () => {
      publisher.pushSnapshot();
      detection.meetingChanged();
      publisher.pushInfoIfDetectorChanged();
    });
    meeting.on('tick', () => {
      guard.check();
      publisher.pushSnapshot();
    });
    meeting.on('closed', () => guard.meetingClosed());
    calendar.on('changed', () => publisher.pushInfo());
    store.on('changed', (key) => {
      if (key === 'phrases') lines.phrasesChanged();
      if (key === 'settings') {
        detection.applySettings();
        calendar.settingsChanged();
        meeting.arm(); // new thresholds move nudge due times
      }
      if (key === 'settings' || key === 'phrases') publisher.pushSnapshot();
      if (key !== 'windowState' && key !== 'token' && key !== 'devices') publisher.pushInfo();
    });
    // A pairing code used or run out: the QR code on screen gets the next one.
    devices.on('changed', () => publisher.pushInfo());
    meeting.resume();
    detection.applySettings();
    calendar.start();
  }

  static open(opts: HostOptions): Host {
    privateDir(opts.dataDir);
    privateDir(meetingsDir(opts.dataDir));
    const release = acquireDataLock(opts.dataDir);
    try {
      return new Host(opts, release);
    } catch (e) {
      release();
      throw e;
    }
  }

  get clock(): HostClock {
    return this.ctx.clock;
  }
  get log(): Logger {
    return this.ctx.log;
  }
  token(): string {
    return this.settings.token();
  }
  lanSetting(): { enabled: boolean; address?: string | undefined } {
    return this.settings.settings().lan;
  }
  /** Where the server listens now (it tells the host when it starts, and when LAN access turns on or off). */
  setAddresses(addresses: ServedAddresses): void {
    this.addresses = addresses;
    this.publisher.setLan(addresses.lan ? { port: addresses.port, address: addresses.lan } : null);
  }
  /** The links that carry a pairing code: this computer's, and the network's while LAN access is on. */
  private pairingUrls(code: string): string[] {
    const a = this.addresses;
    if (!a) return [];
    return ['127.0.0.1', ...(a.lan ? [a.lan] : [])].map((h) => `http://${h}:${a.port}/pair?code=${code}`);
  }
  /** JSON.parse of a large message, off the event loop when the import worker is there. */
  parseLargeJson(bytes: Buffer): Promise<unknown> {
    return this.offThread.parseJson(bytes);
  }
  /**
   * The safety net's report: an error nothing caught. Logged with its stack and shown to the user; the meeting,
   * whose events are on disk, goes on.
   */
  reportUnexpected(message: string, error: unknown): void {
    this.log.error(`${message}\n${error instanceof Error ? error.stack : String(error)}`);
    this.publisher.noteProblem(message);
  }
  /** Things the host had to repair or could not read, in words for the user. */
  get problems(): readonly string[] {
    return this.publisher.problemList;
  }
  subscribe(listener: Listener): () => void {
    return this.publisher.subscribe(listener);
  }
  snapshot(): MeetingSnapshot {
    return this.publisher.snapshot();
  }
  info(): HostInfo {
    return this.publisher.info();
  }
  /** Problems the shell reports (a shortcut another app holds…), by source. */
  noteShellProblems(source: string, problems: string[]): void {
    this.publisher.setShellProblems(source, problems);
  }
  /** The shell saw the OS going to sleep, or waking. */
  systemSuspend(): void {
    this.guard.suspend();
  }
  systemResume(): void {
    this.checkClock();
    this.publisher.pushSnapshot();
  }
  /** Compares the wall and monotonic clocks now (each tick and each command does). */
  checkClock(): void {
    this.guard.check();
  }

  close(): void {
    this.calendar.close();
    this.detection.close();
    this.meeting.dispose();
    this.devices.close();
    this.offThread.close();
    try {
      this.history.flush();
    } catch (e) {
      this.log.error(`the history index could not be saved on the way out: ${(e as Error).message}`);
    }
    this.publisher.close();
    this.releaseLock();
  }
}
