import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryFilter } from '../../../../shared/report/history.query';
import { formatTotals } from '../../format/money';
import { humanDuration } from '../../format/time';
import { go } from '../../hooks/useHashRoute';
import { localTimeZone, useHostQuery } from '../../hooks/useHostQuery';
import { send, toast } from '../../store/actions';
import { useClients, useSession } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';
import { ExportDialog } from '../export/ExportDialog';
import { PERIODS, periodRange, type Period } from './period';
import { TrendChart } from './TrendChart';

const PAGE = 25;

/** Past meetings: filter them, see what they add up to and how that changes week by week, export them. */
export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const clients = useClients() ?? [];
  const session = useSession();
  const [clientId, setClientId] = useState<string>('');
  const [period, setPeriod] = useState<Period>('all');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [kind, setKind] = useState<'' | 'scheduled' | 'adhoc'>('');
  const [search, setSearch] = useState('');
  const [bucket, setBucket] = useState<'week' | 'month'>('week');
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const filter: HistoryFilter = useMemo(
    () => ({
      ...(clientId === '' ? {} : { clientId: clientId === '__none' ? null : clientId }),
      ...periodRange(period, new Date(), custom),
      ...(kind ? { kind } : {}),
      ...(search.trim() ? { search: search.trim() } : {}),
    }),
    [clientId, period, custom, kind, search],
  );
  const key = JSON.stringify([filter, page, bucket, session?.status, session?.plan.id]);
  const q = useHostQuery(
    { type: 'history.query', filter, page, pageSize: PAGE, bucket, timeZone: localTimeZone() },
    key,
  );
  const d = (ms: number) => humanDuration(ms, i18n.language);
  const a = q.data?.aggregate;
  const client = clients.find((c) => c.id === clientId);
  const reset = () => setPage(0);
  const nameOf = (id: string | null) => (id === null ? '' : (clients.find((c) => c.id === id)?.name ?? ''));

  const importFile = async (file: File) => {
    try {
      const r = await send({ type: 'history.import', content: await file.text() });
      toast(t('history.imported', { added: r.added, skipped: r.skipped }));
      q.reload();
    } catch (e) {
      toast(t('history.importFailed', { reason: (e as Error).message }), 'error', 8000);
    }
  };

  return (
    <div>
      <div className="page-head">
        <div>
          <h1>{t('history.title')}</h1>
          <p>{t('history.intro')}</p>
        </div>
        <div className="report__actions">
          <Button icon="open" disabled={!q.data?.total} onClick={() => setExporting(true)}>
            {t('history.export')}
          </Button>
          <Button onClick={() => fileInput.current?.click()}>{t('history.import')}</Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('history.import')}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </div>
      </div>

      <section className="card section" aria-label={t('history.filters')}>
        <div className="row">
          <SelectField
            label={t('history.client')}
            value={clientId}
            onChange={(e) => (setClientId(e.target.value), reset())}
          >
            <option value="">{t('history.allClients')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="__none">{t('history.noClient')}</option>
          </SelectField>
          <SelectField
            label={t('history.period')}
            value={period}
            onChange={(e) => (setPeriod(e.target.value as Period), reset())}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`history.periods.${p}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('history.kind')}
            value={kind}
            onChange={(e) => (setKind(e.target.value as typeof kind), reset())}
          >
            <option value="">{t('history.allKinds')}</option>
            <option value="scheduled">{t('history.scheduled')}</option>
            <option value="adhoc">{t('history.adhoc')}</option>
          </SelectField>
          <TextField
            label={t('history.search')}
            type="search"
            value={search}
            onChange={(e) => (setSearch(e.target.value), reset())}
          />
        </div>
        {period === 'custom' && (
          <div className="row">
            <TextField
              label={t('history.from')}
              type="date"
              value={custom.from}
              onChange={(e) => (setCustom({ ...custom, from: e.target.value }), reset())}
            />
            <TextField
              label={t('history.to')}
              type="date"
              value={custom.to}
              onChange={(e) => (setCustom({ ...custom, to: e.target.value }), reset())}
            />
          </div>
        )}
      </section>

      {q.error && (
        <p className="field__error" role="alert">
          {q.error}
        </p>
      )}
      {a && a.meetings === 0 && (
        <div className="card empty">
          <h2>{t('history.emptyTitle')}</h2>
          <p>{t('history.emptyBody')}</p>
        </div>
      )}
      {a && a.meetings > 0 && (
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
                {d(a.offTopicMs)}
                {formatTotals(a.offTopicCost, i18n.language) && (
                  <span className="muted"> · {formatTotals(a.offTopicCost, i18n.language)}</span>
                )}
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
              {formatTotals(a.adhoc.cost, i18n.language)
                ? t('history.availabilityCost', {
                    count: a.adhoc.meetings,
                    client: client?.name ?? t('history.yourClients'),
                    total: d(a.adhoc.totalMs),
                    cost: formatTotals(a.adhoc.cost, i18n.language),
                  })
                : t('history.availability', {
                    count: a.adhoc.meetings,
                    client: client?.name ?? t('history.yourClients'),
                    total: d(a.adhoc.totalMs),
                  })}
            </p>
          )}
          <section className="card section" aria-labelledby="trend-h">
            <div className="section-head">
              <h2 id="trend-h">{t('history.trend')}</h2>
              <Segmented
                label={t('history.bucket')}
                value={bucket}
                onChange={(b) => setBucket(b)}
                options={[
                  { value: 'week', label: t('history.byWeek') },
                  { value: 'month', label: t('history.byMonth') },
                ]}
              />
            </div>
            <TrendChart points={q.data!.trend} bucket={bucket} />
          </section>
          <section className="card section" aria-labelledby="list-h">
            <h2 id="list-h">{t('history.list', { count: q.data!.total })}</h2>
            <table className="table table--links">
              <thead>
                <tr>
                  <th scope="col">{t('history.date')}</th>
                  <th scope="col">{t('history.meeting')}</th>
                  <th scope="col">{t('history.client')}</th>
                  <th scope="col">{t('report.length')}</th>
                  <th scope="col">{t('report.offTopic')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data!.meetings.map((m) => (
                  <tr key={m.id}>
                    <td className="tabular">
                      {m.startedAt
                        ? new Intl.DateTimeFormat(i18n.language, {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                          }).format(m.startedAt)
                        : ''}
                    </td>
                    <td>
                      <a href={`#/report/${m.id}`} onClick={(e) => (e.preventDefault(), go('report', m.id))}>
                        {m.title}
                      </a>
                      {m.kind === 'adhoc' && <span className="badge"> {t('history.adhocBadge')}</span>}
                      {m.status !== 'ended' && (
                        <span className="badge badge--accent"> {t(`status.${m.status}`)}</span>
                      )}
                    </td>
                    <td>{nameOf(m.clientId)}</td>
                    <td className="tabular">{d(m.actualMs)}</td>
                    <td className="tabular">{m.offTopicMs > 0 ? d(m.offTopicMs) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {q.data!.total > PAGE && (
              <div className="pager">
                <Button size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {t('history.newer')}
                </Button>
                <span className="muted tabular">
                  {t('history.pageOf', { page: page + 1, pages: Math.ceil(q.data!.total / PAGE) })}
                </span>
                <Button
                  size="sm"
                  disabled={(page + 1) * PAGE >= q.data!.total}
                  onClick={() => setPage(page + 1)}
                >
                  {t('history.older')}
                </Button>
              </div>
            )}
          </section>
        </>
      )}
      <ExportDialog open={exporting} onClose={() => setExporting(false)} filter={filter} />
    </div>
  );
}
