import type { DetectorInfo } from '../../../shared/detect/call.prompt';

/** The app whose chat a line can go into now: the meeting's own call if open, else any open call; or none. */
export function chatApp(meetingApp: string | null, detector: DetectorInfo | null): string | null {
  if (!detector || (detector.status !== 'running' && detector.status !== 'limited')) return null;
  const calls = detector.calls;
  return (calls.find((c) => c.appName === meetingApp) ?? calls[0])?.appName ?? null;
}
