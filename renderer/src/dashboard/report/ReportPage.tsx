import { useTranslation } from 'react-i18next';
import { useHostQuery } from '../../hooks/useHostQuery';
import { go } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';
import { ReportView } from './ReportView';

/** A meeting's report by id (from history), kept fresh while that meeting is the open one. */
export function ReportPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const q = useHostQuery({ type: 'history.report', meetingId }, { meetingId });
  return (
    <div>
      <Button size="sm" variant="ghost" icon="history" className="no-print" onClick={() => go('history')}>
        {t('report.backToHistory')}
      </Button>
      {q.error && (
        <p className="field__error" role="alert">
          {q.error}
        </p>
      )}
      {q.data && <ReportView data={q.data} onChange={q.reload} />}
    </div>
  );
}
