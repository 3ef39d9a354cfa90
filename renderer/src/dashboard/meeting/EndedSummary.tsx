import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/money';
import { buildReport } from '../../../../shared/report/report.model';
import { humanDuration } from '../../format/time';
import { run } from '../../overlay/meeting.commands';
import { sendOrToast } from '../../store/actions';
import { useAllowed, useSession } from '../../store/selectors';
import { Button } from '../../ui/Button';

/** What the meeting came to, right after it ends. */
export function EndedSummary() {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const allowed = useAllowed();
  const report = useMemo(() => (s ? buildReport(s, s.lastAt, s.plan.rate) : null), [s]);
  if (!s || !report) return null;
  const d = (ms: number) => humanDuration(ms, i18n.language);
  return (
    <section className="card section" aria-labelledby="ended-heading">
      <h2 id="ended-heading">{t('ended.title', { title: s.plan.title })}</h2>
      <dl className="figures">
        <div>
          <dt>{t('ended.length')}</dt>
          <dd>
            {d(report.actualMs)} <span className="muted">/ {d(report.scheduledMs)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('ended.onAgenda')}</dt>
          <dd>{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(report.onAgendaShare)}</dd>
        </div>
        <div>
          <dt>{t('ended.offTopic')}</dt>
          <dd>
            {d(report.offTopicMs)}
            {report.offTopicCost && report.offTopicCost.amountMinor > 0 && (
              <span className="muted"> · {formatMoney(report.offTopicCost, i18n.language)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('ended.nudges')}</dt>
          <dd>
            {t('ended.nudgeCounts', { shown: report.nudgeCounts.shown, acted: report.nudgeCounts.actedOn })}
          </dd>
        </div>
      </dl>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('ended.item')}</th>
            <th scope="col">{t('ended.planned')}</th>
            <th scope="col">{t('ended.actual')}</th>
            <th scope="col">{t('ended.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((i) => (
            <tr key={i.id}>
              <td>{i.title}</td>
              <td className="tabular">{d(i.plannedMs)}</td>
              <td className="tabular">{d(i.actualMs)}</td>
              <td className={`tabular ${i.deltaMs > 0 ? 'text-red' : 'text-green'}`}>
                {(i.deltaMs > 0 ? '+' : '−') + d(Math.abs(i.deltaMs))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="setup__actions">
        <Button variant="primary" onClick={() => void sendOrToast({ type: 'session.close' })}>
          {t('ended.close')}
        </Button>
        <Button icon="undo" disabled={!allowed?.undo} onClick={() => void run({ type: 'undo' })}>
          {t('overlay.undoEnd')}
        </Button>
      </div>
    </section>
  );
}
