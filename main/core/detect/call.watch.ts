import type { DetectedCall } from '../../../shared/detect/app.rules';
import { coveringWindow, type PlannedWindow } from '../../../shared/calendar/unscheduled';
import type { CallPrompt } from '../../../shared/detect/call.prompt';
import { guessCall } from '../../../shared/detect/client.guess';
import { isLive } from '../../../shared/meeting/meeting.facts';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import type { Client } from '../../../shared/settings/client.schema';

const callKey = (c: DetectedCall) => `${c.appId}:${c.windowId}`;

export interface WatchContext {
  calls: readonly DetectedCall[];
  meeting: MeetingState | null;
  offerStart: boolean;
  offerEnd: boolean;
  clients: readonly Client[];
  history: readonly MeetingSummary[];
  /** What calendars plan, and the moment: a call during a planned meeting is that meeting. */
  calendar: readonly (PlannedWindow & { title: string })[];
  now: number;
}

/** What the watch remembers between looks: the running meeting's call window, and the questions waved away. */
export interface WatchMemo {
  /** The call window of the running meeting, once seen. */
  meetingCall: DetectedCall | null;
  endDismissed: boolean;
  dismissedStarts: ReadonlySet<string>;
}

export const EMPTY_WATCH: WatchMemo = { meetingCall: null, endDismissed: false, dismissedStarts: new Set() };

/** The call the meeting is in: the one in the app it was noticed in, else the first. */
export function meetingCallOf(
  calls: readonly DetectedCall[],
  meeting: MeetingState | null,
): DetectedCall | null {
  if (!meeting) return calls[0] ?? null;
  return calls.find((c) => c.appName === meeting.app) ?? calls[0] ?? null;
}

/**
 * Turns "which call windows are open" into what to ask the user: start timing a call that began, or end a meeting
 * whose call window went away. It never acts on its own, and a question waved away stays away for that call. Pure:
 * it returns the question and what to remember next; the caller keeps `next`.
 */
export function watchCalls(
  ctx: WatchContext,
  memo: WatchMemo,
): { prompt: CallPrompt | null; next: WatchMemo } {
  const { calls, meeting } = ctx;
  if (isLive(meeting)) {
    const current = meetingCallOf(calls, meeting);
    if (current) {
      const same = memo.meetingCall !== null && callKey(current) === callKey(memo.meetingCall);
      return {
        prompt: null,
        next: { ...memo, meetingCall: current, endDismissed: same ? memo.endDismissed : false },
      };
    }
    // Paused is an answer already: the user has seen the call go.
    const seen = memo.meetingCall;
    if (!seen || !ctx.offerEnd || memo.endDismissed || meeting!.status === 'paused')
      return { prompt: null, next: memo };
    return { prompt: { kind: 'ended', appId: seen.appId, appName: seen.appName }, next: memo };
  }
  // Windows that closed can be asked about again if they come back.
  const open = new Set(calls.map(callKey));
  const next: WatchMemo = {
    meetingCall: null,
    endDismissed: false,
    dismissedStarts: new Set([...memo.dismissedStarts].filter((k) => open.has(k))),
  };
  const call = calls.find((c) => !next.dismissedStarts.has(callKey(c)));
  if (!call || !ctx.offerStart) return { prompt: null, next };
  const planned = meeting?.status === 'planned' ? meeting : null;
  const guess = planned
    ? { clientId: planned.plan.clientId, source: 'none' as const }
    : guessCall(call.title, call.appName, ctx.clients, ctx.history);
  const fromCalendar = planned ? null : coveringWindow(ctx.now, guess.clientId, ctx.calendar);
  const clientId = guess.clientId ?? fromCalendar?.clientId ?? null;
  return {
    prompt: {
      kind: 'start',
      appId: call.appId,
      appName: call.appName,
      plannedTitle: planned?.plan.title ?? fromCalendar?.title ?? null,
      clientId,
      clientName: ctx.clients.find((c) => c.id === clientId)?.name ?? null,
      source: guess.source,
    },
    next,
  };
}

/** What to remember once the user waves the current question away. */
export function dismissCall(ctx: WatchContext, memo: WatchMemo): WatchMemo {
  const { prompt, next } = watchCalls(ctx, memo);
  if (prompt?.kind === 'ended') return { ...next, endDismissed: true };
  if (prompt?.kind === 'start') {
    const call = ctx.calls.find((c) => c.appId === prompt.appId && !next.dismissedStarts.has(callKey(c)));
    if (call) return { ...next, dismissedStarts: new Set([...next.dismissedStarts, callKey(call)]) };
  }
  return next;
}
