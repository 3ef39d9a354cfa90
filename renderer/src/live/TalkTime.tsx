import { readClock, type Clocked } from '../../../shared/meeting/meeting.clocked';
import { elapsed } from '../format/time';
import { useNow } from '../store/selectors';

/** A duration that may be running ("3:12"): only this leaf re-renders each second. */
export function TalkTime({ clock, className }: { clock: Clocked; className?: string }) {
  const now = useNow();
  return (
    <span className={['tabular', className].filter(Boolean).join(' ')}>{elapsed(readClock(clock, now))}</span>
  );
}

/** A turn against its limit: "1:23 / 2:00", red once past it. */
export function TurnTime({ clock, limitMs }: { clock: Clocked; limitMs: number | null }) {
  const now = useNow();
  const ms = readClock(clock, now);
  const over = limitMs !== null && ms > limitMs;
  return (
    <span className={`tabular${over ? ' text-red' : ''}`} data-testid="turn-time">
      {elapsed(ms)}
      {limitMs !== null && <span className="muted"> / {elapsed(limitMs)}</span>}
    </span>
  );
}
