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

/**
 * A bar that fills on the compositor: a CSS animation of `transform` set up once per running segment, started in
 * the past with a negative delay. React renders it when the meeting's state changes, never per frame.
 */
export const ProgressBar = memo(function ProgressBar({
  startFraction,
  startedAt,
  msToFull,
  tone,
  label,
}: Props) {
  const [delay] = useState(() => (startedAt === null ? 0 : -(hostNow() - startedAt)));
  const from = Math.min(1, Math.max(0, startFraction));
  const running = startedAt !== null && from < 1 && msToFull > 0;
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
            '--from': from,
            '--progress-duration': `${msToFull}ms`,
            transform: running ? undefined : `scaleX(${from})`,
            animationDelay: running ? `${delay}ms` : undefined,
          } as React.CSSProperties
        }
      />
    </div>
  );
});
