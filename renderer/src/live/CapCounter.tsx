import { useTranslation } from 'react-i18next';
import { countdown as countdownOf, readClock } from '../../../shared/meeting/meeting.clocked';
import { countdown, overtime } from '../format/time';
import { useNow, useView } from '../store/selectors';

/** The meeting against its cap: "23:10 left" or "+2:30 over". A clock leaf. */
export function CapCounter() {
  const { t } = useTranslation();
  const meeting = useView((v) => (v.status === 'planned' || v.meeting.capMs === null ? null : v.meeting));
  const now = useNow();
  if (!meeting || meeting.capMs === null) return null;
  const cap = countdownOf(readClock(meeting.elapsed, now), meeting.capMs);
  return (
    <span
      className={`cap tabular${cap.overtimeMs > 0 ? ' cap--over' : cap.fraction >= 0.85 ? ' cap--near' : ''}`}
      data-testid="cap-counter"
    >
      {cap.overtimeMs > 0
        ? t('overlay.capOver', { time: overtime(cap.overtimeMs) })
        : t('overlay.capLeft', { time: countdown(cap.remainingMs) })}
    </span>
  );
}
