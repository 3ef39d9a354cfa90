import { useTranslation } from 'react-i18next';
import { elapsed } from '../format/time';
import { useView } from '../store/selectors';

export function PauseTimer() {
  const { t } = useTranslation();
  const v = useView();
  if (v?.status !== 'paused') return null;
  return (
    <span className="paused tabular">{t('overlay.pausedFor', { time: elapsed(v.meeting.pausedMs) })}</span>
  );
}
