import { useTranslation } from 'react-i18next';
import { useHostQuery } from '../../hooks/useHostQuery';
import { run } from '../../overlay/meeting.commands';
import { sendOrToast } from '../../store/actions';
import { useAllowed, useSession } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { ReportView } from '../report/ReportView';

/** Right after a meeting ends: its full report, with closing (and undoing the end) at hand. */
export function EndedSummary() {
  const { t } = useTranslation();
  const s = useSession();
  const allowed = useAllowed();
  const key = s ? `${s.plan.id}:${s.lastAt}:${s.notes.length}:${s.followUps.length}` : '';
  const q = useHostQuery(s ? { type: 'history.report', meetingId: s.plan.id } : null, key);
  if (!s || !q.data) return null;
  return (
    <ReportView
      data={q.data}
      onChange={q.reload}
      actions={
        <>
          <Button variant="primary" onClick={() => void sendOrToast({ type: 'meeting.close' })}>
            {t('ended.close')}
          </Button>
          <Button icon="undo" disabled={!allowed?.undo} onClick={() => void run({ type: 'undo' })}>
            {t('overlay.undoEnd')}
          </Button>
        </>
      }
    />
  );
}
