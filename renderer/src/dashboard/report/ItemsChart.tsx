import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../../shared/report/report.model';
import { deltaSign, humanDuration } from '../../format/time';

/** Planned against actual per item, as pairs of bars on one scale. */
export function ItemsChart({ items }: { items: ReportItem[] }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...items.flatMap((i) => [i.plannedMs, i.actualMs]));
  const pct = (ms: number) => `${(ms / max) * 100}%`;
  const summary = items
    .map((i) =>
      t('report.chartItem', {
        title: i.title,
        planned: humanDuration(i.plannedMs, i18n.language),
        actual: humanDuration(i.actualMs, i18n.language),
      }),
    )
    .join('; ');
  return (
    <div className="bars" role="img" aria-label={`${t('report.itemsChart')}: ${summary}`}>
      {items.map((i) => (
        <div key={i.id} className="bars__row" aria-hidden>
          <span className="bars__label" title={i.title}>
            {i.title}
          </span>
          <div className="bars__pair">
            <div className="bars__bar bars__bar--planned" style={{ width: pct(i.plannedMs) }} />
            <div
              className={`bars__bar bars__bar--actual${deltaSign(i.actualMs - i.plannedMs) > 0 ? ' is-over' : ''}`}
              style={{ width: pct(i.actualMs) }}
            />
          </div>
        </div>
      ))}
      <div className="legend" aria-hidden>
        <span className="legend__key legend__key--planned" /> {t('report.planned')}
        <span className="legend__key legend__key--actual" /> {t('report.actual')}
        <span className="legend__key legend__key--over" /> {t('report.over')}
      </div>
    </div>
  );
}
