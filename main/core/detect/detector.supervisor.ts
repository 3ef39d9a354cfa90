import type { AppRule, DetectedCall } from '../../../shared/detect/app.rules';
import {
  detectorToHostSchema,
  type DetectorReason,
  type DetectorStatus,
  type DetectorToHost,
  type HostToDetector,
} from '../../../shared/detect/detector.protocol';
import type { Timers } from '../clock/timers';
import type { Logger } from '../log';
import type { DetectorProcess, SpawnDetector } from './detector.process';

/** Waits before restarting a detector that died, growing with each quick death; a minute of health resets it. */
export const RESTART_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 30_000];
const HEALTHY_AFTER_MS = 60_000;
/** Shorter than a client's own request timeout, so the user hears why rather than "no answer". */
const TYPE_TIMEOUT_MS = 8000;

type Typed = Extract<DetectorToHost, { type: 'typed' }>;

export interface DetectorHooks {
  timers: Timers;
  now(): number;
  log: Logger;
  /** Rules and poll interval to send at each (re)start. */
  config(): { rules: AppRule[]; intervalMs: number };
  /** Status or calls changed. */
  changed(): void;
}

/**
 * Keeps the detector process alive for the host: starts it, checks every message it sends, and restarts it with
 * backoff when it dies, so a native crash costs a few seconds of detection and never the meeting.
 */
export class DetectorSupervisor {
  private child: DetectorProcess | null = null;
  private restartTimer: unknown = null;
  private startedAt = 0;
  private attempt = 0;
  private nextId = 0;
  private readonly pending = new Map<string, { resolve: (t: Typed) => void; timer: unknown }>();
  private _status: DetectorStatus = 'off';
  private _reason: DetectorReason | null = null;
  private _calls: DetectedCall[] = [];
  /** How many times the detector has been restarted since the host began. */
  restarts = 0;

  constructor(
    private readonly spawn: SpawnDetector,
    private readonly hooks: DetectorHooks,
  ) {}

  get status(): DetectorStatus {
    return this._status;
  }
  get reason(): DetectorReason | null {
    return this._reason;
  }
  get calls(): readonly DetectedCall[] {
    return this._calls;
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.child || this.restartTimer !== null) return;
    this.launch();
  }

  stop(): void {
    if (this.restartTimer !== null) this.hooks.timers.clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const child = this.child;
    this.child = null;
    child?.kill();
    this.failPending('detection was turned off');
    this.set('off', null, []);
  }

  /** New rules or interval: the running detector takes them at once. */
  reconfigure(): void {
    this.send({ type: 'config', ...this.hooks.config() });
  }

  /** Asks the detector to put a line into a call window's chat. Never rejects: failures come back as results. */
  typeLine(m: Omit<Extract<HostToDetector, { type: 'typeLine' }>, 'type' | 'id'>): Promise<Typed> {
    const id = `t${this.nextId++}`;
    return new Promise((resolve) => {
      if (!this.child) return resolve(failed(id, 'window detection is not running'));
      const timer = this.hooks.timers.setTimeout(() => {
        this.pending.delete(id);
        resolve(failed(id, 'the detector did not answer in time'));
      }, TYPE_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      this.send({ type: 'typeLine', id, ...m });
    });
  }

  private launch(): void {
    this.restartTimer = null;
    let child: DetectorProcess;
    try {
      child = this.spawn();
    } catch (e) {
      this.hooks.log.error(`the window detector could not start: ${(e as Error).message}`);
      this.scheduleRestart();
      return;
    }
    this.child = child;
    this.startedAt = this.hooks.now();
    this.set(this.restarts > 0 ? 'restarting' : 'starting', this._reason, []);
    child.onMessage((raw) => {
      if (this.child !== child) return;
      const parsed = detectorToHostSchema.safeParse(raw);
      if (!parsed.success) {
        this.hooks.log.warn('the window detector sent a message Tactful does not understand; ignored');
        return;
      }
      this.receive(parsed.data);
    });
    child.onExit((code) => {
      if (this.child !== child) return;
      this.child = null;
      this.hooks.log.warn(`the window detector stopped (exit ${code ?? 'by signal'}); restarting it`);
      this.failPending('the detector stopped while typing');
      this.set('restarting', 'crashed', []);
      this.scheduleRestart();
    });
    this.send({ type: 'config', ...this.hooks.config() });
  }

  private scheduleRestart(): void {
    if (this.hooks.now() - this.startedAt >= HEALTHY_AFTER_MS) this.attempt = 0;
    const delay = RESTART_DELAYS_MS[Math.min(this.attempt, RESTART_DELAYS_MS.length - 1)]!;
    this.attempt++;
    this.restarts++;
    this.restartTimer = this.hooks.timers.setTimeout(() => this.launch(), delay);
  }

  private receive(m: DetectorToHost): void {
    switch (m.type) {
      case 'status':
        return this.set(m.status, m.reason, this._calls);
      case 'calls':
        return this.set(this._status, this._reason, m.calls);
      case 'typed': {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.hooks.timers.clearTimeout(p.timer);
        p.resolve(m);
      }
    }
  }

  private set(status: DetectorStatus, reason: DetectorReason | null, calls: DetectedCall[]): void {
    const changed =
      status !== this._status ||
      reason !== this._reason ||
      JSON.stringify(calls) !== JSON.stringify(this._calls);
    this._status = status;
    this._reason = reason;
    this._calls = calls;
    if (changed) this.hooks.changed();
  }

  private send(m: HostToDetector): void {
    this.child?.send(m);
  }

  private failPending(message: string): void {
    for (const [id, p] of this.pending) {
      this.hooks.timers.clearTimeout(p.timer);
      p.resolve(failed(id, message));
    }
    this.pending.clear();
  }
}

function failed(id: string, message: string): Typed {
  return { type: 'typed', id, ok: false, method: null, error: { code: 'failed', message } };
}
