import { useTranslation } from 'react-i18next';
import { readClock } from '../../../shared/meeting/meeting.clocked';
import { elapsed } from '../format/time';
import { useNow, useSetting, useView } from '../store/selectors';

/** How far into the off-topic thresholds this episode is: 0 below the first, then 1, 2, 3. */
export function offTopicLevel(episodeMs: number, thresholdsSec: readonly number[]): number {
  return thresholdsSec.filter((th) => episodeMs >= th * 1000).length;
}

/** The off-topic timer: it grows more visible as each threshold passes. A clock leaf. */
export function OffTopicTimer() {
  const { t } = useTranslation();
  const offTopic = useView((v) => (v.offTopic.active ? v.offTopic : null));
  const thresholds = useSetting('nudgeRules').offTopic;
  const now = useNow();
  if (!offTopic) return null;
  const episodeMs = readClock(offTopic.episode, now);
  const totalMs = readClock(offTopic.total, now);
  return (
    <div
      className={`offtopic offtopic--l${offTopicLevel(episodeMs, thresholds)}`}
      data-testid="offtopic-timer"
    >
      <span className="offtopic__label">{t('overlay.offTopic')}</span>
      <span className="offtopic__time tabular">{elapsed(episodeMs)}</span>
      {totalMs > episodeMs && (
        <span className="offtopic__total tabular">
          {t('overlay.offTopicTotal', { time: elapsed(totalMs) })}
        </span>
      )}
    </div>
  );
}
