import { useTranslation } from 'react-i18next';
import { countdown, overtime } from '../format/time';
import { useView } from '../store/selectors';

/** The meeting against its cap: "23:10 left" or "+2:30 over". */
export function CapCounter() {
  const { t } = useTranslation();
  const v = useView();
  const cap = v?.meeting.cap;
  if (!v || !cap || v.status === 'planned') return null;
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
