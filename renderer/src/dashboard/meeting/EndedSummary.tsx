import { useTranslation } from 'react-i18next';
import { useHostQuery } from '../../hooks/useHostQuery';
import { quick } from '../../live/meeting.actions';
import { sendOrToast } from '../../store/actions';
import { useAllowed, useMeetingId } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { ReportView } from '../report/ReportView';

/** Right after a meeting ends: its full report, with closing (and undoing the end) at hand. */
export function EndedSummary() {
  const { t } = useTranslation();
  const meetingId = useMeetingId();
  const allowed = useAllowed();
  const q = useHostQuery(
    meetingId ? { type: 'history.report', meetingId } : null,
    meetingId ? { meetingId } : 'nothing',
  );
  if (!meetingId || !q.data) return null;
  return (
    <ReportView
      data={q.data}
      onChange={q.reload}
      actions={
        <>
          <Button variant="primary" onClick={() => void sendOrToast({ type: 'meeting.close' })}>
            {t('ended.close')}
          </Button>
          <Button icon="undo" disabled={!allowed?.undo} onClick={() => void quick('undo')}>
            {t('overlay.undoEnd')}
          </Button>
        </>
      }
    />
  );
}
