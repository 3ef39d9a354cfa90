import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { MeetingView } from '../../../shared/meeting/meeting.view';
import { useSession, useView } from '../store/selectors';
import { capBarGeometry, itemBarGeometry } from './overlay.geometry';
import { toneOf } from './MainCounter';
import { ProgressBar } from './ProgressBar';

/**
 * A bar whose motion depends on the meeting only (recomputed when the state changes) and whose colour follows the
 * clock (a class, once a second): the motion itself runs on the compositor.
 */
function Bar({
  geometry,
  fraction,
  label,
}: {
  geometry: (s: MeetingState) => ReturnType<typeof itemBarGeometry>;
  fraction: (v: MeetingView) => number;
  label: string;
}) {
  const session = useSession();
  const g = useMemo(() => (session ? geometry(session) : null), [session, geometry]);
  const v = useView();
  if (!g) return null;
  return (
    <ProgressBar
      key={g.key}
      startFraction={g.startFraction}
      startedAt={g.startedAt}
      msToFull={g.msToFull}
      tone={toneOf(v ? fraction(v) : 0)}
      label={label}
    />
  );
}

const itemFraction = (v: MeetingView) => v.current?.fraction ?? 0;
const capFraction = (v: MeetingView) => v.meeting.cap?.fraction ?? 0;

export function ItemBar() {
  const { t } = useTranslation();
  return <Bar geometry={itemBarGeometry} fraction={itemFraction} label={t('overlay.itemProgress')} />;
}

export function CapBar() {
  const { t } = useTranslation();
  return <Bar geometry={capBarGeometry} fraction={capFraction} label={t('overlay.meetingProgress')} />;
}
