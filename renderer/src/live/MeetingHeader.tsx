import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isChatSlot } from '../../../shared/meeting/meeting.apply';
import { nextPosition } from '../../../shared/meeting/meeting.allowed';
import { useSession } from '../store/selectors';
import { CapCounter } from './CapCounter';

/** What is on now and what comes next. Changes only with the meeting, not with the clock. */
export function OverlayHeader({ aside }: { aside?: ReactNode }) {
  const { t } = useTranslation();
  const s = useSession();
  const info = useMemo(() => {
    if (!s) return null;
    const items = s.plan.items;
    const pos = s.status === 'planned' ? 0 : s.position;
    const next = s.status === 'planned' ? null : nextPosition(s);
    return {
      title:
        s.status === 'ended'
          ? s.plan.title
          : isChatSlot(s, pos)
            ? t('overlay.chatAtEnd')
            : (items[pos]?.title ?? ''),
      position:
        s.status === 'ended' || isChatSlot(s, pos)
          ? null
          : t('overlay.position', { n: pos + 1, total: items.length }),
      next: next === null ? null : (items[next]?.title ?? t('overlay.chatAtEnd')),
    };
  }, [s, t]);
  if (!info) return null;
  return (
    <header className="overlay__header">
      <div className="overlay__title-row">
        <h1 className="overlay__title" title={info.title}>
          {info.title}
        </h1>
        {info.position && <span className="overlay__position muted tabular">{info.position}</span>}
        {aside}
      </div>
      <div className="overlay__sub">
        <CapCounter />
        {info.next && (
          <span className="overlay__next muted" title={info.next}>
            {t('overlay.next', { title: info.next })}
          </span>
        )}
      </div>
    </header>
  );
}
