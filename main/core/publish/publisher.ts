import type {
  HostInfo,
  HostPush,
  MeetingSnapshot,
  NudgeLineView,
  RebalanceOfferView,
} from '../../../shared/contract/contract';
import type { DetectorInfo } from '../../../shared/detect/call.prompt';
import { isLive } from '../../../shared/meeting/meeting.facts';
import { rebalanceOffer } from '../../../shared/meeting/meeting.rebalance';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { meetingView, msToNextFlip, type MeetingView } from '../../../shared/meeting/meeting.view';
import { roomView, type RoomView } from '../../../shared/room/room.view';
import type { PhraseOverrides } from '../../../shared/phrases/phrase.overrides';
import type { Client } from '../../../shared/settings/client.schema';
import type { Settings } from '../../../shared/settings/settings.schema';
import type { Template } from '../../../shared/settings/template.schema';
import type { Logger } from '../log';

export type Listener = (push: HostPush) => void;

export interface PublisherDeps {
  now(): number;
  log: Logger;
  version: string;
  meeting: { readonly state: MeetingState | null; readonly seq: number };
  lines: { visibleLine(state: MeetingState, now: number): NudgeLineView | null };
  store: { settings(): Settings; clients(): Client[]; templates(): Template[]; phrases(): PhraseOverrides };
  detection: { info(): DetectorInfo };
  /** The code a phone scans to pair (in the links this host shows while LAN access is on). */
  pairingCode(): string;
}

/** Most problems worth keeping at once: past this, the oldest go (the log keeps every one). */
const MAX_PROBLEMS = 50;

/**
 * What clients are told: the snapshot of the open meeting (its view, computed once per change, plus what depends on
 * the moment) and the host's info (settings, clients, the detector, problems). Reading either changes nothing.
 */
export class Publisher {
  private readonly listeners = new Set<Listener>();
  private cached: MeetingView | null = null;
  private cachedRoom: RoomView | null = null;
  private lan: { port: number; address: string } | null = null;
  private readonly problems: string[] = [];
  /** Problems the shell reports (a shortcut another app holds…), by source, replaced on each report. */
  private readonly shellProblems = new Map<string, string[]>();
  private lastDetector = '';

  constructor(private readonly deps: PublisherDeps) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener({ type: 'info', info: this.info() });
    listener({ type: 'snapshot', snapshot: this.snapshot() });
    return () => this.listeners.delete(listener);
  }

  private view(s: MeetingState): MeetingView {
    const seq = this.deps.meeting.seq;
    if (this.cached?.id !== s.plan.id || this.cached.seq !== seq) {
      this.cached = meetingView(s, seq);
      this.cachedRoom = roomView(this.cached);
    }
    return this.cached;
  }

  snapshot(): MeetingSnapshot {
    const at = this.deps.now();
    const s = this.deps.meeting.state;
    if (!s) return { at, view: null, nudge: null, offer: null, room: null, flipAt: null };
    const view = this.view(s);
    const toFlip = isLive(s) ? msToNextFlip(view, at) : null;
    return {
      at,
      view,
      nudge: this.deps.lines.visibleLine(s, at),
      offer: offerView(s, at, this.deps.store.settings().rebalance.minItemSec),
      room: this.cachedRoom,
      flipAt: toFlip === null ? null : at + toFlip,
    };
  }

  info(): HostInfo {
    return {
      detector: this.deps.detection.info(),
      settings: this.deps.store.settings(),
      clients: this.deps.store.clients(),
      templates: this.deps.store.templates(),
      phrases: this.deps.store.phrases(),
      problems: [...this.problems, ...[...this.shellProblems.values()].flat()],
      lanUrls: this.lan
        ? [`http://${this.lan.address}:${this.lan.port}/pair?code=${this.deps.pairingCode()}`]
        : [],
      version: this.deps.version,
    };
  }

  /** Something the user should hear about, once (the same words again add nothing); clients are told at once. */
  noteProblem(message: string): void {
    if (this.problems.includes(message)) return;
    this.problems.push(message);
    if (this.problems.length > MAX_PROBLEMS) this.problems.shift();
    try {
      this.pushInfo();
    } catch (e) {
      // Told on the next push instead: a problem report must never become a problem itself.
      this.deps.log.error(`could not push a problem report: ${(e as Error).message}`);
    }
  }

  get problemList(): readonly string[] {
    return this.problems;
  }

  setShellProblems(source: string, problems: string[]): void {
    this.shellProblems.set(source, problems);
    this.pushInfo();
  }

  /** Where the server listens on the local network now (null: LAN access is off). */
  setLan(lan: { port: number; address: string } | null): void {
    this.lan = lan;
    this.pushInfo();
  }

  private broadcast(push: HostPush): void {
    for (const l of this.listeners) {
      try {
        l(push);
      } catch (e) {
        this.deps.log.error(`a listener failed: ${(e as Error).message}`);
      }
    }
  }

  pushSnapshot(): void {
    if (this.listeners.size > 0) this.broadcast({ type: 'snapshot', snapshot: this.snapshot() });
  }

  pushInfo(): void {
    const info = this.info();
    this.lastDetector = JSON.stringify(info.detector);
    if (this.listeners.size > 0) this.broadcast({ type: 'info', info });
  }

  /** After the meeting changed: the detector's question may have changed with it; push only if it did. */
  pushInfoIfDetectorChanged(): void {
    if (JSON.stringify(this.deps.detection.info()) !== this.lastDetector) this.pushInfo();
  }

  close(): void {
    this.listeners.clear();
  }
}

function offerView(s: MeetingState, at: number, minItemSec: number): RebalanceOfferView | null {
  const offer = rebalanceOffer(s, at, minItemSec);
  if (!offer) return null;
  return {
    cutSec: offer.cutSec,
    shrunk: Object.keys(offer.budgets).length + (offer.chatAtEndSec !== null ? 1 : 0),
    deferred: offer.deferred.length,
  };
}
