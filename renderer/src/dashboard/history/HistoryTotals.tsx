import { useTranslation } from 'react-i18next';
import type { HistoryAggregate } from '../../../../shared/report/history.query';
import { formatTotals } from '../../format/money';
import { exactDuration, humanDuration } from '../../format/time';

/** What the matching meetings add up to: time on and off the agenda, its cost, unscheduled calls, overruns. */
export function HistoryTotals({
  aggregate: a,
  clientName,
}: {
  aggregate: HistoryAggregate;
  clientName: string | null;
}) {
  const { t, i18n } = useTranslation();
  const d = (ms: number) => humanDuration(ms, i18n.language);
  // Beside a cost, every second: the time and the money multiply out for whoever checks by hand.
  const exact = (ms: number) => exactDuration(ms, i18n.language);
  const offTopicCost = formatTotals(a.offTopicCost, i18n.language);
  const adhocCost = formatTotals(a.adhoc.cost, i18n.language);
  const client = clientName ?? t('history.yourClients');
  return (
    <>
      <dl className="figures" aria-label={t('history.totals')}>
        <div>
          <dt>{t('history.meetings')}</dt>
          <dd>{a.meetings}</dd>
        </div>
        <div>
          <dt>{t('history.totalTime')}</dt>
          <dd>{d(a.totalMs)}</dd>
        </div>
        <div>
          <dt>{t('history.onAgenda')}</dt>
          <dd>
            {d(a.onAgendaMs)}{' '}
            <span className="muted">
              ·{' '}
              {new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(
                a.totalMs ? a.onAgendaMs / a.totalMs : 0,
              )}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('report.offTopic')}</dt>
          <dd>
            {offTopicCost ? exact(a.offTopicMs) : d(a.offTopicMs)}
            {offTopicCost && <span className="muted"> · {offTopicCost}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('history.adhocCalls')}</dt>
          <dd>
            {a.adhoc.meetings}
            {a.adhoc.meetings > 0 && <span className="muted"> · {d(a.adhoc.totalMs)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('history.averageOverrun')}</dt>
          <dd>{a.averageOverrunMs > 0 ? `+${d(a.averageOverrunMs)}` : t('report.onTime')}</dd>
        </div>
        {Object.keys(a.apps).length > 0 && (
          <div data-testid="apps">
            <dt>{t('detection.apps')}</dt>
            <dd className="figures__list">
              {Object.entries(a.apps)
                .sort((x, y) => y[1] - x[1])
                .map(([app, n]) => `${app} ${new Intl.NumberFormat(i18n.language).format(n)}`)
                .join(' · ')}
            </dd>
          </div>
        )}
      </dl>
      {a.adhoc.meetings > 0 && (
        <p className="card availability" data-testid="availability">
          {adhocCost
            ? t('history.availabilityCost', {
                count: a.adhoc.meetings,
                client,
                total: exact(a.adhoc.totalMs),
                cost: adhocCost,
              })
            : t('history.availability', { count: a.adhoc.meetings, client, total: d(a.adhoc.totalMs) })}
        </p>
      )}
    </>
  );
}
