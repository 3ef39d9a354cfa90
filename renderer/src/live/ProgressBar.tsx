import { memo, useState } from 'react';
import { hostNow } from '../store/store';

interface Props {
  /** Fill (0..1) when the running segment began. */
  startFraction: number;
  /** Host time the running segment began, or null when nothing runs (the bar stands still). */
  startedAt: number | null;
  /** Milliseconds from the segment's start until the bar is full. */
  msToFull: number;
  tone: 'ok' | 'near' | 'over';
  label: string;
}

/** Steps of the fill animation across the whole bar: finer than a pixel on any screen Tactful draws it on. */
export const PROGRESS_STEPS = 1000;

/**
 * A bar that fills on the compositor: one CSS animation of `transform` from empty to full per running segment,
 * started in the past with a negative delay so it stands where the segment is. React renders it when the meeting's
 * state changes, never per frame. The animation moves in sub-pixel steps rather than every frame: a continuous one
 * makes Chrome wake the main thread 60 times a second; steps wake it only when the bar visibly moves.
 */
export const ProgressBar = memo(function ProgressBar({
  startFraction,
  startedAt,
  msToFull,
  tone,
  label,
}: Props) {
  const from = Math.min(1, Math.max(0, startFraction));
  const running = startedAt !== null && from < 1 && msToFull > 0;
  // The whole empty-to-full run this segment is part of, and how far into it the bar is now.
  const totalMs = running ? msToFull / (1 - from) : 0;
  const [delay] = useState(() => (startedAt === null ? 0 : -(from * totalMs + (hostNow() - startedAt))));
  return (
    <div
      className={`progress progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(from * 100)}
    >
      <div
        className={running ? 'progress__fill progress__fill--running' : 'progress__fill'}
        style={
          {
            '--progress-duration': `${totalMs}ms`,
            transform: running ? undefined : `scaleX(${from})`,
            animationDelay: running ? `${delay}ms` : undefined,
            animationTimingFunction: running ? `steps(${PROGRESS_STEPS}, end)` : undefined,
          } as React.CSSProperties
        }
      />
    </div>
  );
});
