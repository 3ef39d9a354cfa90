import { randomUUID } from 'node:crypto';
import { meetingPlanSchema, type MeetingPlan } from '../../../shared/agenda/agenda.schema';
import { effectiveRules, type Platform } from '../../../shared/detect/app.rules';
import type { DetectorInfo } from '../../../shared/detect/call.prompt';
import type { DetectorReason } from '../../../shared/detect/detector.protocol';
import { guessCall } from '../../../shared/detect/client.guess';
import { meetingState } from '../history/meeting.records';
import { openDeferred } from '../history/open.deferred';
import type { Host } from '../host';
import { HostError } from '../host.error';
import { CallWatch, type WatchContext } from './call.watch';
import type { SpawnDetector } from './detector.process';
import { DetectorSupervisor } from './detector.supervisor';

const POLL_MS = 1500;
const platform: Platform =
  process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'mac' : 'linux';

/**
 * The host's side of meeting-app detection: runs the detector (when this host has one and the user has it on),
 * records which app a meeting ran in, asks — never decides — whether to start or end timing, and types lines into
 * the call's chat. Window titles stay in memory, in the detector's last report; only app names are written down.
 */
export class HostDetection {
  readonly supervisor: DetectorSupervisor | null;
  private readonly watch = new CallWatch();
  private lastPushed = '';
  private blockedBy: DetectorReason | null = null;

  constructor(
    private readonly host: Host,
    spawn: SpawnDetector | undefined,
    private readonly blocked: () => DetectorReason | null = () => null,
  ) {
    this.supervisor = spawn
      ? new DetectorSupervisor(spawn, {
          timers: host.timers,
          now: () => host.clock.now(),
          log: host.log,
          config: () => ({
            rules: effectiveRules(host.data.settings().detection.rules),
            intervalMs: POLL_MS,
          }),
          changed: () => this.changed(),
        })
      : null;
  }

  /**
   * Starts, stops or reconfigures the detector after a settings change (and once at start-up). A withheld permission
   * is checked again each time, so "check again" in the UI is a settings update with nothing in it.
   */
  applySettings(): void {
    if (!this.supervisor) return;
    this.blockedBy = this.blocked();
    if (this.host.data.settings().detection.enabled && !this.blockedBy) {
      this.supervisor.start();
      this.supervisor.reconfigure();
    } else this.supervisor.stop();
  }

  info(): DetectorInfo {
    const s = this.supervisor;
    return {
      available: s !== null,
      status: this.blockedBy ? 'unavailable' : (s?.status ?? 'off'),
      reason: this.blockedBy ?? s?.reason ?? null,
      calls: (s?.calls ?? []).map(({ appId, appName }) => ({ appId, appName })),
      prompt: s && s.status !== 'off' ? this.watch.prompt(this.context()) : null,
    };
  }

  /** The meeting changed (started, ended, closed): note its app, and ask anew if the question changed. */
  sessionChanged(): void {
    this.noteApp();
    const key = JSON.stringify(this.info());
    if (key !== this.lastPushed) this.host.pushInfo();
  }

  /** Records what was pushed, so a session change only pushes when the detector's picture differs. */
  pushed(info: DetectorInfo): void {
    this.lastPushed = JSON.stringify(info);
  }

  dismiss(): void {
    this.watch.dismiss(this.context());
    this.host.pushInfo();
  }

  /**
   * "Start timing": starts the planned meeting, or plans one from the guess (that client's latest agenda), or an
   * unscheduled call with the UI's own words for its title and single item.
   */
  accept(fallback: { title: string; itemTitle: string }): { meetingId: string } {
    const prompt = this.info().prompt;
    if (prompt?.kind !== 'start') throw new HostError('notFound', 'there is no call to start timing');
    const rt = this.host.session;
    if (rt?.state.status === 'ended') this.host.closeMeeting();
    if (!this.host.session) this.host.createMeeting(this.planFor(prompt.appId, fallback));
    const d = this.host.session!.command({ type: 'start' });
    if (!d.ok) throw new HostError(d.error.code, d.error.message);
    return { meetingId: this.host.session!.id };
  }

  /** Puts the visible line into the chat of the meeting's call window; "typed" is recorded on the nudge. */
  async typeIntoChat(key: string): Promise<{ method: 'typed' | 'pasted' }> {
    const s = this.supervisor;
    if (!s || s.status === 'off' || s.status === 'unavailable')
      throw new HostError(
        'unavailable',
        'window detection is not available, so Tactful cannot reach the call',
      );
    const rt = this.host.session;
    const line = this.host.snapshot().nudgeLine;
    if (!rt || !line || line.key !== key) throw new HostError('notFound', 'that line is no longer shown');
    const call = CallWatch.meetingCallOf(s.calls, rt.state);
    if (!call) throw new HostError('notFound', 'no call window is open');
    const settings = this.host.data.settings().detection;
    const rule = effectiveRules(settings.rules).find((r) => r.id === call.appId);
    const r = await s.typeLine({
      windowId: call.windowId,
      text: line.text,
      chatKeys: settings.openChat ? (rule?.chatKeys[platform] ?? []) : [],
      send: settings.send,
    });
    if (!r.ok) {
      const message =
        r.error?.code === 'focusDenied'
          ? platform === 'windows'
            ? `Windows kept ${call.appName} in the background: click its window once, then try again`
            : `${call.appName} could not be brought forward: click its window once, then try again`
          : (r.error?.message ?? 'typing failed');
      throw new HostError(r.error?.code === 'windowGone' ? 'notFound' : 'unavailable', message);
    }
    // The meeting may have moved on while typing; the line was typed all the same.
    this.host.session?.command({ type: 'nudgeActed', key, action: 'typed' });
    return { method: r.method ?? 'typed' };
  }

  close(): void {
    this.supervisor?.stop();
  }

  private changed(): void {
    this.noteApp();
    this.host.pushInfo();
  }

  private context(): WatchContext {
    const d = this.host.data.settings().detection;
    return {
      calls: this.supervisor?.calls ?? [],
      session: this.host.session?.state ?? null,
      offerStart: d.offerStart,
      offerEnd: d.offerEnd,
      clients: this.host.data.clients(),
      history: this.host.history.all(),
    };
  }

  /** The app a meeting ran in, once, by name: history can then say "12 Zoom calls". */
  private noteApp(): void {
    const rt = this.host.session;
    const s = this.supervisor;
    if (!rt || !s || rt.state.app !== null) return;
    if (rt.state.status !== 'running' && rt.state.status !== 'paused') return;
    const call = CallWatch.meetingCallOf(s.calls, rt.state);
    if (call) rt.append([{ type: 'appDetected', at: this.host.clock.now(), app: call.appName }]);
  }

  private planFor(appId: string, fallback: { title: string; itemTitle: string }): MeetingPlan {
    const call = this.supervisor?.calls.find((c) => c.appId === appId);
    const guess = call
      ? guessCall(call.title, call.appName, this.host.data.clients(), this.host.history.all())
      : null;
    const id = `call-${randomUUID()}`;
    if (guess?.basedOn) {
      const earlier = meetingState(this.host, guess.basedOn);
      // What was deferred last time opens the agenda, as it would when planned by hand.
      const carried = openDeferred(this.host.history, earlier.plan.clientId).deferred.map((o, n) => ({
        ...o.item,
        id: `carried-${n}`,
        carriedFrom: { meetingId: o.meetingId, itemId: o.item.id },
      }));
      const again = earlier.plan.items
        .filter((i) => !earlier.deferred.includes(i.id))
        .map((i) => ({
          id: i.id,
          title: i.title,
          priority: i.priority,
          ...(i.notes ? { notes: i.notes } : {}),
          budgetSec: earlier.rebalancedFrom[i.id] ?? i.budgetSec,
        }));
      return meetingPlanSchema.parse({
        ...earlier.plan,
        id,
        chatAtEndSec: earlier.originalChatSec,
        rate: null,
        items: [...carried, ...again],
      });
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
