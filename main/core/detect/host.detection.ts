import { randomUUID } from 'node:crypto';
import type { NudgeLineView } from '../../../shared/contract/contract';
import { meetingPlanSchema, type MeetingPlan } from '../../../shared/agenda/agenda.schema';
import { effectiveRules, type Platform } from '../../../shared/detect/app.rules';
import type { DetectorInfo } from '../../../shared/detect/call.prompt';
import type { DetectorReason } from '../../../shared/detect/detector.protocol';
import { guessCall } from '../../../shared/detect/client.guess';
import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import type { Decision } from '../../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { planLike, type CarriedOffer } from '../../../shared/meeting/plan.again';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import type { Client } from '../../../shared/settings/client.schema';
import type { Settings } from '../../../shared/settings/settings.schema';
import type { HostContext } from '../host.context';
import { HostError } from '../host.error';
import {
  dismissCall,
  EMPTY_WATCH,
  meetingCallOf,
  watchCalls,
  type WatchContext,
  type WatchMemo,
} from './call.watch';
import type { SpawnDetector } from './detector.process';
import { DetectorSupervisor } from './detector.supervisor';

const POLL_MS = 1500;
const platform: Platform =
  process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'mac' : 'linux';

export interface DetectionDeps {
  ctx: Pick<HostContext, 'timers' | 'log' | 'clock'>;
  store: { settings(): Settings; clients(): Client[] };
  history: { all(): MeetingSummary[] };
  meeting: {
    readonly state: MeetingState | null;
    create(plan: MeetingPlan, start: boolean): string;
    close(): string | null;
    command(cmd: MeetingCommand): Decision;
    append(events: MeetingEvent[]): void;
  };
  /** An earlier meeting's state, and what earlier meetings with a client deferred. */
  records: {
    state(id: string): MeetingState;
    deferred(clientId: string | null): { deferred: readonly CarriedOffer[] };
  };
  /** The line the overlay shows now. */
  visibleLine(): NudgeLineView | null;
  /** What the detector shows changed: push it. */
  changed(): void;
  spawn?: SpawnDetector;
  /** A permission the platform withholds (macOS Accessibility): the detector waits until it is granted. */
  blocked?: () => DetectorReason | null;
}

/**
 * The host's side of meeting-app detection: runs the detector (when this host has one and the user has it on),
 * records which app a meeting ran in, asks — never decides — whether to start or end timing, and types lines into
 * the call's chat. Window titles stay in memory, in the detector's last report; only app names are written down.
 */
export class HostDetection {
  readonly supervisor: DetectorSupervisor | null;
  private memo: WatchMemo = EMPTY_WATCH;
  private blockedBy: DetectorReason | null = null;

  constructor(private readonly deps: DetectionDeps) {
    const { ctx } = deps;
    this.supervisor = deps.spawn
      ? new DetectorSupervisor(deps.spawn, {
          timers: ctx.timers,
          now: () => ctx.clock.now(),
          log: ctx.log,
          config: () => ({
            rules: effectiveRules(deps.store.settings().detection.rules),
            intervalMs: POLL_MS,
          }),
          changed: () => this.callsChanged(),
        })
      : null;
  }

  /**
   * Starts, stops or reconfigures the detector after a settings change (and once at start-up). A withheld permission
   * is checked again each time, so "check again" in the UI is a settings update with nothing in it.
   */
  applySettings(): void {
    if (!this.supervisor) return;
    this.blockedBy = this.deps.blocked?.() ?? null;
    if (this.deps.store.settings().detection.enabled && !this.blockedBy) {
      this.supervisor.start();
      this.supervisor.reconfigure();
    } else this.supervisor.stop();
    this.remember();
  }

  /** What the detector shows now. Reading it changes nothing. */
  info(): DetectorInfo {
    const s = this.supervisor;
    return {
      available: s !== null,
      status: this.blockedBy ? 'unavailable' : (s?.status ?? 'off'),
      reason: this.blockedBy ?? s?.reason ?? null,
      calls: (s?.calls ?? []).map(({ appId, appName }) => ({ appId, appName })),
      prompt: s && s.status !== 'off' ? watchCalls(this.context(), this.memo).prompt : null,
    };
  }

  /** The app of the call window the given meeting is in, if one is open (recorded when it starts). */
  callApp(meeting: MeetingState): string | null {
    return this.supervisor ? (meetingCallOf(this.supervisor.calls, meeting)?.appName ?? null) : null;
  }

  /** The meeting changed: what the watch remembers follows it (the caller pushes the question if it changed). */
  meetingChanged(): void {
    this.remember();
  }

  dismiss(): void {
    this.memo = dismissCall(this.context(), this.memo);
    this.deps.changed();
  }

  /**
   * "Start timing": starts the planned meeting, or plans one from the guess (that client's latest agenda), or an
   * unscheduled call with the UI's own words for its title and single item.
   */
  accept(fallback: { title: string; itemTitle: string }): { meetingId: string } {
    const prompt = this.info().prompt;
    if (prompt?.kind !== 'start') throw new HostError('notFound', 'noCallToStart');
    const { meeting } = this.deps;
    if (meeting.state?.status === 'ended') meeting.close();
    if (!meeting.state) return { meetingId: meeting.create(this.planFor(prompt.appId, fallback), true) };
    const d = meeting.command({ type: 'start' });
    if (!d.ok) throw HostError.from(d.error);
    return { meetingId: meeting.state.plan.id };
  }

  /** Puts the visible line into the chat of the meeting's call window; "typed" is recorded on the nudge. */
  async typeIntoChat(key: string): Promise<{ method: 'typed' | 'pasted' }> {
    const s = this.supervisor;
    if (!s || s.status === 'off' || s.status === 'unavailable')
      throw new HostError('unavailable', 'detectionUnavailable');
    const state = this.deps.meeting.state;
    const line = this.deps.visibleLine();
    if (!state || !line || line.key !== key) throw new HostError('notFound', 'noOpenNudge');
    const call = meetingCallOf(s.calls, state);
    if (!call) throw new HostError('notFound', 'noCallWindow');
    const settings = this.deps.store.settings().detection;
    const rule = effectiveRules(settings.rules).find((r) => r.id === call.appId);
    const r = await s.typeLine({
      windowId: call.windowId,
      text: line.text,
      chatKeys: settings.openChat ? (rule?.chatKeys[platform] ?? []) : [],
      send: settings.send,
    });
    if (!r.ok) {
      const app = call.appName;
      if (r.error?.code === 'focusDenied')
        throw new HostError('unavailable', platform === 'windows' ? 'focusDeniedWindows' : 'focusDenied', {
          app,
        });
      if (r.error?.code === 'windowGone') throw new HostError('notFound', 'noCallWindow');
      throw new HostError('unavailable', 'typingFailed', { app, detail: r.error?.message ?? '' });
    }
    // The meeting may have moved on while typing; the line was typed all the same.
    this.deps.meeting.command({ type: 'nudgeActed', key, action: 'typed' });
    return { method: r.method ?? 'typed' };
  }

  close(): void {
    this.supervisor?.stop();
  }

  /** The detector saw calls come or go: note the meeting's app, keep the watch current, and tell clients. */
  private callsChanged(): void {
    this.noteApp();
    this.remember();
    this.deps.changed();
  }

  private remember(): void {
    this.memo = watchCalls(this.context(), this.memo).next;
  }

  private context(): WatchContext {
    const d = this.deps.store.settings().detection;
    return {
      calls: this.supervisor?.calls ?? [],
      meeting: this.deps.meeting.state,
      offerStart: d.offerStart,
      offerEnd: d.offerEnd,
      clients: this.deps.store.clients(),
      history: this.deps.history.all(),
    };
  }

  /** The app a live meeting runs in, once, by name: history can then say "12 Zoom calls". */
  private noteApp(): void {
    const state = this.deps.meeting.state;
    if (!state || state.app !== null || !isLive(state)) return;
    const app = this.callApp(state);
    if (app) this.deps.meeting.append([{ type: 'appDetected', at: this.deps.ctx.clock.now(), app }]);
  }

  private planFor(appId: string, fallback: { title: string; itemTitle: string }): MeetingPlan {
    const call = this.supervisor?.calls.find((c) => c.appId === appId);
    const guess = call
      ? guessCall(call.title, call.appName, this.deps.store.clients(), this.deps.history.all())
      : null;
    const id = `call-${randomUUID()}`;
    if (guess?.basedOn) {
      const earlier = this.deps.records.state(guess.basedOn);
      const carried = this.deps.records.deferred(earlier.plan.clientId).deferred;
      return meetingPlanSchema.parse(planLike(earlier, carried, id, () => `i-${randomUUID().slice(0, 8)}`));
    }
    return meetingPlanSchema.parse({
      id,
      title: fallback.title,
      clientId: guess?.clientId ?? null,
      kind: 'adhoc',
      items: [{ id: 'i1', title: fallback.itemTitle, budgetSec: 1800 }],
    });
  }
}
