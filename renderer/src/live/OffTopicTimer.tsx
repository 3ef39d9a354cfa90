import { useTranslation } from 'react-i18next';
import { elapsed } from '../format/time';
import { useSettings, useView } from '../store/selectors';

/** How far into the off-topic thresholds this episode is: 0 below the first, then 1, 2, 3. */
export function offTopicLevel(episodeMs: number, thresholdsSec: readonly number[]): number {
  return thresholdsSec.filter((th) => episodeMs >= th * 1000).length;
}

/** The off-topic timer: it grows more visible as each threshold passes. */
export function OffTopicTimer() {
  const { t } = useTranslation();
  const v = useView();
  const rules = useSettings().nudgeRules;
  if (!v?.offTopic.active) return null;
  const level = offTopicLevel(v.offTopic.episodeMs, rules.offTopic);
  return (
    <div className={`offtopic offtopic--l${level}`} data-testid="offtopic-timer">
      <span className="offtopic__label">{t('overlay.offTopic')}</span>
      <span className="offtopic__time tabular">{elapsed(v.offTopic.episodeMs)}</span>
      {v.offTopic.totalMs > v.offTopic.episodeMs && (
        <span className="offtopic__total tabular">
          {t('overlay.offTopicTotal', { time: elapsed(v.offTopic.totalMs) })}
        </span>
      )}
    </div>
  );
}
