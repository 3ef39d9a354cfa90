import { useTranslation } from 'react-i18next';
import { countdown as countdownOf, readClock } from '../../../shared/meeting/meeting.clocked';
import { countdown, elapsed, overtime } from '../format/time';
import { useNow, useView } from '../store/selectors';

export type Tone = 'ok' | 'near' | 'over';

export function toneOf(fraction: number): Tone {
  return fraction >= 1 ? 'over' : fraction >= 0.8 ? 'near' : 'ok';
}

/**
 * The big number: the current item's time left (or over), the chat slot's, or the meeting's total once ended. A
 * clock leaf: it re-renders with the tick.
 */
export function MainCounter() {
  const { t } = useTranslation();
  const counter = useView((v) => v.counter);
  const now = useNow();
  if (!counter) return null;
  const elapsedMs = readClock(counter.elapsed, now);
  if (counter.kind === 'total') {
    return (
      <div className="counter counter--ended tabular" aria-label={t('overlay.totalTime')}>
        {elapsed(elapsedMs)}
      </div>
    );
  }
  const c = countdownOf(elapsedMs, counter.budgetMs);
  const over = c.overtimeMs > 0;
  const text = over ? overtime(c.overtimeMs) : countdown(c.remainingMs);
  return (
    <div
      className={`counter counter--${toneOf(c.fraction)}${counter.stopped ? ' counter--stopped' : ''} tabular`}
      data-testid="main-counter"
      aria-label={over ? t('overlay.overBy', { time: text.slice(1) }) : t('overlay.timeLeft', { time: text })}
    >
      {text}
    </div>
  );
}
