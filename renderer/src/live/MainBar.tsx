import { useTranslation } from 'react-i18next';
import { readClock, type Clocked } from '../../../shared/meeting/meeting.clocked';
import type { BarGeometry } from '../../../shared/meeting/meeting.view';
import { useClockReading, useView } from '../store/selectors';
import { toneOf } from './MainCounter';
import { ProgressBar } from './ProgressBar';

/**
 * A bar whose motion comes from the view (it changes when the meeting does) and whose colour follows the clock: it
 * re-renders when the colour changes, not every second. The motion itself runs on the compositor.
 */
function Bar({
  geometry,
  spent,
  budgetMs,
  label,
}: {
  geometry: BarGeometry | null;
  spent: Clocked | null;
  budgetMs: number;
  label: string;
}) {
  const tone = useClockReading((now) =>
    spent ? toneOf(budgetMs === 0 ? 1 : readClock(spent, now) / budgetMs) : 'ok',
  );
  if (!geometry) return null;
  return (
    <ProgressBar
      key={geometry.key}
      startFraction={geometry.startFraction}
      startedAt={geometry.startedAt}
      msToFull={geometry.msToFull}
      tone={tone}
      label={label}
    />
  );
}

/** The current item against its budget. */
export function ItemBar() {
  const { t } = useTranslation();
  const bar = useView((v) => ({
    geometry: v.bars.item,
    counter: v.counter?.kind === 'item' ? v.counter : null,
  }));
  return (
    <Bar
      geometry={bar?.geometry ?? null}
      spent={bar?.counter?.elapsed ?? null}
      budgetMs={bar?.counter?.budgetMs ?? 0}
      label={t('overlay.itemProgress')}
    />
  );
}

/** The meeting against its cap. */
export function CapBar() {
  const { t } = useTranslation();
  const bar = useView((v) => ({ geometry: v.bars.cap, elapsed: v.meeting.elapsed, capMs: v.meeting.capMs }));
  return (
    <Bar
      geometry={bar?.geometry ?? null}
      spent={bar?.capMs ? bar.elapsed : null}
      budgetMs={bar?.capMs ?? 0}
      label={t('overlay.meetingProgress')}
    />
  );
}
