import { useTranslation } from 'react-i18next';
import { countdown, elapsed, overtime } from '../format/time';
import { useView } from '../store/selectors';

export type Tone = 'ok' | 'near' | 'over';

export function toneOf(fraction: number): Tone {
  return fraction >= 1 ? 'over' : fraction >= 0.8 ? 'near' : 'ok';
}

/** The big number: the current item's time left (or over), the chat slot's, or the meeting's total once ended. */
export function MainCounter() {
  const { t } = useTranslation();
  const v = useView();
  if (!v) return null;
  if (v.status === 'ended') {
    return (
      <div className="counter counter--ended tabular" aria-label={t('overlay.totalTime')}>
        {elapsed(v.meeting.elapsedMs)}
      </div>
    );
  }
  const target = v.current ?? (v.chat?.active ? v.chat : null);
  if (!target) return null;
  const over = target.overtimeMs > 0;
  const stopped = v.status !== 'running' || v.offTopic.active;
  const text = over ? overtime(target.overtimeMs) : countdown(target.remainingMs);
  return (
    <div
      className={`counter counter--${toneOf(target.fraction)}${stopped ? ' counter--stopped' : ''} tabular`}
      data-testid="main-counter"
      aria-label={over ? t('overlay.overBy', { time: text.slice(1) }) : t('overlay.timeLeft', { time: text })}
    >
      {text}
    </div>
  );
}
