import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/money';
import type { HostResults } from '../../../../shared/contract/contract';
import { deltaSign, exactDuration, humanDuration } from '../../format/time';
import { Button } from '../../ui/Button';
import { platform } from '../../platform';
import { ExportDialog } from '../export/ExportDialog';
import { AirtimeSection } from './AirtimeSection';
import { FollowUps } from './FollowUps';
import { ItemsChart } from './ItemsChart';
import { Notes } from './Notes';
import { Suggestions } from './Suggestions';
import { Timeline } from './Timeline';
import { TranscriptSection } from './transcript/TranscriptSection';

type ReportData = HostResults['history.report'];

const DELTA_CLASS = { 1: 'text-red', 0: '', [-1]: 'text-green' } as const;
const DELTA_PREFIX = { 1: '+', 0: '', [-1]: '−' } as const;

/** The post-call report: how the time went, what it cost, what was agreed, and what history suggests. */
export function ReportView({
  data,
  onChange,
  actions,
}: {
  data: ReportData;
  onChange: () => void;
  actions?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const r = data.report;
  const d = (ms: number) => humanDuration(ms, i18n.language);
  // Beside a cost, every second: the time and the money multiply out for whoever checks by hand.
  const exact = (ms: number) => exactDuration(ms, i18n.language);
  const when =
    r.startedAt === null
      ? ''
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(r.startedAt);
  const fullTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const counts = r.nudgeCounts;
  return (
    <article className="report">
      <header className="page-head">
        <div>
          <h1>{r.title}</h1>
          <p>
            {[data.clientName, when, r.app, r.kind === 'adhoc' ? t('report.adhoc') : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {r.interrupted && (
            <p className="notice" role="note">
              {t('report.interrupted', { at: r.endedAt === null ? '' : fullTime.format(r.endedAt) })}
            </p>
          )}
        </div>
        <div className="report__actions no-print">
          {actions}
          <Button icon="open" onClick={() => setExporting(true)}>
            {t('export.open')}
          </Button>
          <Button onClick={() => void platform().printToPdf(r.title)}>{t('export.print')}</Button>
        </div>
      </header>

      <dl className="figures">
        <div>
          <dt>{t('report.length')}</dt>
          <dd>
            {d(r.actualMs)} <span className="muted">/ {d(r.scheduledMs)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('report.onAgenda')}</dt>
          <dd>{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(r.onAgendaShare)}</dd>
        </div>
        <div>
          <dt>{t('report.offTopic')}</dt>
          <dd>
            {r.offTopicCost && r.offTopicCost.amountMinor > 0 ? exact(r.offTopicMs) : d(r.offTopicMs)}
            {r.offTopicCost && r.offTopicCost.amountMinor > 0 && (
              <span className="muted"> · {formatMoney(r.offTopicCost, i18n.language)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('report.overrun')}</dt>
          <dd className={r.overrunMs > 0 ? 'text-red' : undefined}>
            {r.overrunMs > 0 ? `+${d(r.overrunMs)}` : t('report.onTime')}
          </dd>
        </div>
        <div>
          <dt>{t('report.nudges')}</dt>
          <dd>
            {t('report.nudgesShown', { count: counts.shown })}
            <span className="figures__detail muted">
              {t('report.nudgesActed', {
                copied: counts.copied,
                typed: counts.typed,
                dismissed: counts.dismissed,
              })}
            </span>
          </dd>
        </div>
      </dl>

      <section className="card section" aria-labelledby="items-h">
        <h2 id="items-h">{t('report.items')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('ended.item')}</th>
              <th scope="col">{t('report.planned')}</th>
              <th scope="col">{t('report.actual')}</th>
              <th scope="col">{t('ended.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.title}
                  {i.deferred && <span className="badge"> {t('overlay.deferred')}</span>}
                  {i.rebalancedFromMs !== null && (
                    <span className="field__hint">
                      {' '}
                      {t('report.rebalanced', { from: d(i.rebalancedFromMs), to: d(i.finalBudgetMs) })}
                    </span>
                  )}
                </td>
                <td className="tabular">{d(i.plannedMs)}</td>
                <td className="tabular">{i.actualMs > 0 ? d(i.actualMs) : '—'}</td>
                <td className={`tabular ${DELTA_CLASS[deltaSign(i.deltaMs)]}`}>
                  {DELTA_PREFIX[deltaSign(i.deltaMs)] + d(Math.abs(i.deltaMs))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ItemsChart items={r.items} />
      </section>

      <section className="card section" aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t('report.timeline')}</h2>
        <Timeline report={r} />
      </section>

      {/* Speaking time as timed, then as the transcript recorded it: read one against the other. */}
      <AirtimeSection data={data} />
      {r.ended && <TranscriptSection report={r} onChange={onChange} />}

      {data.suggestions.length > 0 && (
        <section className="card section" aria-labelledby="sugg-h">
          <h2 id="sugg-h">{t('suggestions.title')}</h2>
          <Suggestions items={data.suggestions} />
        </section>
      )}

      <section className="card section" aria-labelledby="fu-h">
        <h2 id="fu-h">{t('followUps.title')}</h2>
        <FollowUps meetingId={r.meetingId} items={data.followUps} onChange={onChange} />
      </section>
      <section className="card section" aria-labelledby="notes-h">
        <h2 id="notes-h" className="visually-hidden">
          {t('notes.label')}
        </h2>
        <Notes key={r.meetingId} meetingId={r.meetingId} saved={data.notes} />
      </section>
      <ExportDialog open={exporting} onClose={() => setExporting(false)} meetingIds={[r.meetingId]} />
    </article>
  );
}
