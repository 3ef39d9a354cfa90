import type { DetectedCall } from '../../../shared/detect/app.rules';
import type { CallPrompt } from '../../../shared/detect/call.prompt';
import { guessCall } from '../../../shared/detect/client.guess';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import type { Client } from '../../../shared/settings/client.schema';
import type { MeetingState } from '../../../shared/meeting/meeting.state';

const callKey = (c: DetectedCall) => `${c.appId}:${c.windowId}`;
const isLive = (s: MeetingState | null) => s?.status === 'running' || s?.status === 'paused';

export interface WatchContext {
  calls: readonly DetectedCall[];
  session: MeetingState | null;
  offerStart: boolean;
  offerEnd: boolean;
  clients: readonly Client[];
  history: readonly MeetingSummary[];
}

/**
 * Turns "which call windows are open" into what to ask the user: start timing a call that began, or end a meeting
 * whose call window went away. It never acts on its own, and a question waved away stays away for that call.
 */
export class CallWatch {
  private readonly dismissedStarts = new Set<string>();
  /** The call window of the running meeting, once seen. */
  private meetingCall: DetectedCall | null = null;
  private endDismissed = false;

  /** The call the running meeting is in: the one in the app it was noticed in, else the first. */
  static meetingCallOf(calls: readonly DetectedCall[], session: MeetingState | null): DetectedCall | null {
    if (!session) return calls[0] ?? null;
    return calls.find((c) => c.appName === session.app) ?? calls[0] ?? null;
  }

  prompt(ctx: WatchContext): CallPrompt | null {
    const { calls, session } = ctx;
    if (isLive(session)) {
      const current = CallWatch.meetingCallOf(calls, session);
      if (current) {
        if (!this.meetingCall || callKey(current) !== callKey(this.meetingCall)) this.endDismissed = false;
        this.meetingCall = current;
        return null;
      }
      // Paused is an answer already: the user has seen the call go.
      if (!this.meetingCall || !ctx.offerEnd || this.endDismissed || session!.status === 'paused')
        return null;
      return { kind: 'ended', appId: this.meetingCall.appId, appName: this.meetingCall.appName };
    }
    this.meetingCall = null;
    this.endDismissed = false;
    // Windows that closed can be asked about again if they come back.
    const open = new Set(calls.map(callKey));
    for (const k of this.dismissedStarts) if (!open.has(k)) this.dismissedStarts.delete(k);
    const call = calls.find((c) => !this.dismissedStarts.has(callKey(c)));
    if (!call || !ctx.offerStart) return null;
    const planned = session?.status === 'planned' ? session : null;
    const guess = planned
      ? { clientId: planned.plan.clientId, source: 'none' as const }
      : guessCall(call.title, call.appName, ctx.clients, ctx.history);
    return {
      kind: 'start',
      appId: call.appId,
      appName: call.appName,
      plannedTitle: planned?.plan.title ?? null,
      clientId: guess.clientId,
      clientName: ctx.clients.find((c) => c.id === guess.clientId)?.name ?? null,
      source: guess.source,
    };
  }

  /** The user waved the question away. */
  dismiss(ctx: WatchContext): void {
    const p = this.prompt(ctx);
    if (p?.kind === 'ended') this.endDismissed = true;
    if (p?.kind === 'start') {
      const call = ctx.calls.find((c) => c.appId === p.appId && !this.dismissedStarts.has(callKey(c)));
      if (call) this.dismissedStarts.add(callKey(call));
    }
  }
}
