import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/report/history.query';
import { humanDuration } from '../../format/time';

/** Time per week (or month): on the agenda below, off-topic on top; the numbers are in a table for screen readers. */
export function TrendChart({ points, bucket }: { points: TrendPoint[]; bucket: 'week' | 'month' }) {
  const { t, i18n } = useTranslation();
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.totalMs));
  const label = (start: string) =>
    new Intl.DateTimeFormat(
      i18n.language,
      bucket === 'week'
        ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { month: 'short', year: '2-digit', timeZone: 'UTC' },
    ).format(new Date(`${start}T00:00:00Z`));
  const shown = points.slice(-26);
  // At most about ten dates under the bars, evenly spaced, so they never overlap.
  const every = Math.ceil(shown.length / 10);
  return (
    <figure className="trend">
      <div className="trend__plot" aria-hidden>
        {shown.map((p, i) => (
          <div
            key={p.start}
            className="trend__col"
            title={`${label(p.start)} · ${humanDuration(p.totalMs, i18n.language)}`}
          >
            <div className="trend__stack" style={{ height: `${(p.totalMs / max) * 100}%` }}>
              <div className="trend__part trend__part--off" style={{ flexGrow: p.offTopicMs }} />
              <div className="trend__part trend__part--on" style={{ flexGrow: p.totalMs - p.offTopicMs }} />
            </div>
            {i % every === 0 && <span className="trend__label">{label(p.start)}</span>}
          </div>
        ))}
      </div>
      <figcaption className="legend">
        <span className="legend__key trend__part--on" /> {t('history.onAgenda')}
        <span className="legend__key trend__part--off" /> {t('report.offTopic')}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t(bucket === 'week' ? 'history.perWeek' : 'history.perMonth')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.period')}</th>
            <th scope="col">{t('history.meetings')}</th>
            <th scope="col">{t('history.totalTime')}</th>
            <th scope="col">{t('report.offTopic')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.start}>
              <td>{label(p.start)}</td>
              <td>{p.meetings}</td>
              <td>{humanDuration(p.totalMs, i18n.language)}</td>
              <td>{humanDuration(p.offTopicMs, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
