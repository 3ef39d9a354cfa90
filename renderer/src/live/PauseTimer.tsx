import { useTranslation } from 'react-i18next';
import { readClock } from '../../../shared/meeting/meeting.clocked';
import { elapsed } from '../format/time';
import { useNow, useView } from '../store/selectors';

/** How long the meeting has been paused. A clock leaf. */
export function PauseTimer() {
  const { t } = useTranslation();
  const paused = useView((v) => (v.status === 'paused' ? v.meeting.paused : null));
  const now = useNow();
  if (!paused) return null;
  return (
    <span className="paused tabular">
      {t('overlay.pausedFor', { time: elapsed(readClock(paused, now)) })}
    </span>
  );
}
