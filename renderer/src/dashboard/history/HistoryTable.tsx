import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/report/meeting.summary';
import { humanDuration } from '../../format/time';
import { go } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';

/** One page of the matching meetings, newest first, each a link to its report. */
export function HistoryTable({
  meetings,
  total,
  page,
  pageSize,
  onPage,
  clientName,
}: {
  meetings: readonly MeetingSummary[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  clientName: (id: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const d = (ms: number) => humanDuration(ms, i18n.language);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card section" aria-labelledby="list-h">
      <h2 id="list-h">{t('history.list', { count: total })}</h2>
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
          {meetings.map((m) => (
            <tr key={m.id}>
              <td className="tabular">{m.startedAt ? when.format(m.startedAt) : ''}</td>
              <td>
                <a href={`#/report/${m.id}`} onClick={(e) => (e.preventDefault(), go('report', m.id))}>
                  {m.title}
                </a>
                {m.kind === 'adhoc' && <span className="badge"> {t('history.adhocBadge')}</span>}
                {m.status !== 'ended' && (
                  <span className="badge badge--accent"> {t(`status.${m.status}`)}</span>
                )}
                {m.interrupted && <span className="badge"> {t('status.interrupted')}</span>}
              </td>
              <td>{clientName(m.clientId)}</td>
              <td className="tabular">{d(m.actualMs)}</td>
              <td className="tabular">{m.offTopicMs > 0 ? d(m.offTopicMs) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > pageSize && (
        <div className="pager">
          <Button size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t('history.newer')}
          </Button>
          <span className="muted tabular">
            {t('history.pageOf', { page: page + 1, pages: Math.ceil(total / pageSize) })}
          </span>
          <Button size="sm" disabled={(page + 1) * pageSize >= total} onClick={() => onPage(page + 1)}>
            {t('history.older')}
          </Button>
        </div>
      )}
    </section>
  );
}
