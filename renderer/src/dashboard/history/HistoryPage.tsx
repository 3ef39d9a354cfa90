import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHostQuery } from '../../hooks/useHostQuery';
import { describeError } from '../../i18n/error.text';
import { localTimeZone } from '../../lib/time.zone';
import { send, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Segmented } from '../../ui/Segmented';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryFilters } from './HistoryFilters';
import { HistoryTable } from './HistoryTable';
import { HistoryPeople } from './HistoryPeople';
import { HistoryTotals } from './HistoryTotals';
import { TrendChart } from './TrendChart';
import { useHistoryFilter } from './useHistoryFilter';

const PAGE = 25;

/** Past meetings: filter them, see what they add up to and how that changes week by week, export them. */
export function HistoryPage() {
  const { t } = useTranslation();
  const clients = useClients() ?? [];
  const { state, filter, dispatch } = useHistoryFilter();
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The open meeting is part of history too: its changes show here as they happen.
  const q = useHostQuery(
    {
      type: 'history.query',
      filter,
      page: state.page,
      pageSize: PAGE,
      bucket: state.bucket,
      timeZone: localTimeZone(),
    },
    'openMeeting',
  );
  const a = q.data?.aggregate;
  const nameOf = (id: string | null) => (id === null ? '' : (clients.find((c) => c.id === id)?.name ?? ''));

  const importFile = async (file: File) => {
    try {
      const r = await send({ type: 'history.import', content: await file.text() });
      toast(t('history.imported', { added: r.added, skipped: r.skipped }));
      q.reload();
    } catch (e) {
      toast(t('history.importFailed', { reason: describeError(e, t) }), 'error', 8000);
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

      <HistoryFilters state={state} clients={clients} dispatch={dispatch} />

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
      {q.data && a && a.meetings > 0 && (
        <>
          <HistoryTotals
            aggregate={a}
            clientName={clients.find((c) => c.id === state.clientId)?.name ?? null}
          />
          <section className="card section" aria-labelledby="trend-h">
            <div className="section-head">
              <h2 id="trend-h">{t('history.trend')}</h2>
              <Segmented
                label={t('history.bucket')}
                value={state.bucket}
                onChange={(bucket) => dispatch({ type: 'bucket', bucket })}
                options={[
                  { value: 'week', label: t('history.byWeek') },
                  { value: 'month', label: t('history.byMonth') },
                ]}
              />
            </div>
            <TrendChart points={q.data.trend} bucket={state.bucket} />
          </section>
          <HistoryPeople people={q.data.people} />
          <HistoryTable
            meetings={q.data.meetings}
            total={q.data.total}
            page={state.page}
            pageSize={PAGE}
            onPage={(page) => dispatch({ type: 'page', page })}
            clientName={nameOf}
          />
        </>
      )}
      <ExportDialog open={exporting} onClose={() => setExporting(false)} filter={filter} />
    </div>
  );
}
