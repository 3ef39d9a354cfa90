import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useView } from '../store/selectors';
import { capBarGeometry, itemBarGeometry } from './overlay.geometry';
import { toneOf } from './MainCounter';
import { ProgressBar } from './ProgressBar';

/** The tone of a bar changes with the clock (a class, once a second); its motion runs on the compositor. */
function useItemTone() {
  const v = useView();
  return toneOf(v?.current?.fraction ?? 0);
}

export function ItemBar() {
  const { t } = useTranslation();
  const session = useSession();
  const g = useMemo(() => (session ? itemBarGeometry(session) : null), [session]);
  const tone = useItemTone();
  if (!g) return null;
  return (
    <ProgressBar
      key={g.key}
      startFraction={g.startFraction}
      startedAt={g.startedAt}
      msToFull={g.msToFull}
      tone={tone}
      label={t('overlay.itemProgress')}
    />
  );
}

export function CapBar() {
  const { t } = useTranslation();
  const session = useSession();
  const g = useMemo(() => (session ? capBarGeometry(session) : null), [session]);
  const v = useView();
  if (!g) return null;
  return (
    <ProgressBar
      key={g.key}
      startFraction={g.startFraction}
      startedAt={g.startedAt}
      msToFull={g.msToFull}
      tone={toneOf(v?.meeting.cap?.fraction ?? 0)}
      label={t('overlay.meetingProgress')}
    />
  );
}
