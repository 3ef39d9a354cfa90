import { useTranslation } from 'react-i18next';
import type { WeekDigest } from '../../../../shared/week/week.digest';
import { formatTotals } from '../../format/money';
import { humanDuration } from '../../format/time';
import { rangeText } from './digest.words';

/** The period in figures: held, time, planned against actual, off-topic, unscheduled and what that is worth. */
export function DigestFigures({ d }: { d: WeekDigest }) {
  const { t, i18n } = useTranslation();
  const dur = (ms: number) => humanDuration(ms, i18n.language);
  const offCost = formatTotals(d.offTopicCost, i18n.language);
  const value = formatTotals(d.adhoc.value, i18n.language);
  return (
    <dl className="figures" aria-label={t('week.figures')} data-testid="digest-figures">
      <div>
        <dt>{t('week.held')}</dt>
        <dd>{d.meetings.length}</dd>
      </div>
      <div>
        <dt>{t('week.totalTime')}</dt>
        <dd>{dur(d.totalMs)}</dd>
      </div>
      <div>
        <dt>{t('week.planned')}</dt>
        <dd>
          {d.scheduled.count > 0
            ? t('week.plannedValue', {
                actual: dur(d.scheduled.actualMs),
                planned: dur(d.scheduled.plannedMs),
              })
            : t('week.noPlanned')}
        </dd>
      </div>
      <div>
        <dt>{t('week.offTopic')}</dt>
        <dd>
          {dur(d.offTopicMs)}
          {offCost && <span className="muted"> · {offCost}</span>}
        </dd>
      </div>
      <div className={d.adhoc.count > 0 ? 'figures__warn' : undefined}>
        <dt>{t('week.adhoc')}</dt>
        <dd data-testid="digest-adhoc">
          {d.adhoc.count}
          {d.adhoc.count > 0 && <span className="muted"> · {dur(d.adhoc.totalMs)}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('week.availability')}</dt>
        <dd>{value ?? <span className="muted">{t('week.noRate')}</span>}</dd>
      </div>
    </dl>
  );
}

/** Time per period, the unscheduled part in amber; the numbers are in a table for screen readers. */
export function DigestTrend({ d }: { d: WeekDigest }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...d.trend.map((p) => p.totalMs));
  const label = (start: string) =>
    new Intl.DateTimeFormat(
      i18n.language,
      d.period === 'week'
        ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { month: 'short', timeZone: 'UTC' },
    ).format(new Date(`${start}T12:00:00Z`));
  const caption = t(d.period === 'week' ? 'week.trendWeeks' : 'week.trendMonths');
  return (
    <figure className="digest-trend">
      <div className="digest-trend__plot" aria-hidden>
        {d.trend.map((p, i) => (
          <div key={p.start} className={`digest-trend__col${i === d.trend.length - 1 ? ' is-current' : ''}`}>
            <div className="digest-trend__stack" style={{ height: `${(p.totalMs / max) * 100}%` }}>
              <div className="digest-trend__part digest-trend__part--adhoc" style={{ flexGrow: p.adhocMs }} />
              <div className="digest-trend__part" style={{ flexGrow: p.totalMs - p.adhocMs }} />
            </div>
            <span className="digest-trend__value">
              {p.meetings > 0 ? humanDuration(p.totalMs, i18n.language) : '–'}
            </span>
            <span className="digest-trend__label">{label(p.start)}</span>
          </div>
        ))}
      </div>
      <figcaption className="muted">{caption}</figcaption>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('week.period')}</th>
            <th scope="col">{t('week.held')}</th>
            <th scope="col">{t('week.totalTime')}</th>
            <th scope="col">{t('week.adhoc')}</th>
          </tr>
        </thead>
        <tbody>
          {d.trend.map((p) => (
            <tr key={p.start}>
              <td>{label(p.start)}</td>
              <td>{p.meetings}</td>
              <td>{humanDuration(p.totalMs, i18n.language)}</td>
              <td>{p.adhocCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The period's meetings: when, what, planned or not, planned against actual, off-topic. */
export function DigestMeetings({ d }: { d: WeekDigest }) {
  const { t, i18n } = useTranslation();
  const dur = (ms: number) => humanDuration(ms, i18n.language);
  const date = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  if (d.meetings.length === 0) return <p className="muted">{t('week.none')}</p>;
  return (
    <table className="table" aria-label={`${t('week.meetings')} · ${rangeText(d, i18n.language)}`}>
      <thead>
        <tr>
          <th scope="col">{t('week.date')}</th>
          <th scope="col">{t('week.meeting')}</th>
          <th scope="col">{t('week.kind')}</th>
          <th scope="col" className="num">
            {t('report.planned')}
          </th>
          <th scope="col" className="num">
            {t('week.actual')}
          </th>
          <th scope="col" className="num">
            {t('week.offTopic')}
          </th>
        </tr>
      </thead>
      <tbody>
        {d.meetings.map((m) => (
          <tr key={m.id}>
            <td>{date.format(m.startedAt)}</td>
            <td>
              <a href={`#/report/${m.id}`}>{m.title}</a>
            </td>
            <td>
              {m.kind === 'adhoc' ? (
                <span className="badge badge--amber">{t('week.unscheduled')}</span>
              ) : (
                t('week.scheduled')
              )}
            </td>
            <td className="num">{m.kind === 'adhoc' ? '–' : dur(m.plannedMs)}</td>
            <td className="num">{dur(m.actualMs)}</td>
            <td className="num">{m.offTopicMs >= 30_000 ? dur(m.offTopicMs) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
