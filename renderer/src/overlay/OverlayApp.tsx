import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sendOrToast } from '../store/actions';
import { useAllowed, useOverlayExpanded, useSession, useSettings } from '../store/selectors';
import { Button } from '../ui/Button';
import { AgendaList } from './AgendaList';
import { CallPrompt } from './CallPrompt';
import { ItemBar, CapBar } from './MainBar';
import { MainCounter } from './MainCounter';
import { NudgeCard } from './NudgeCard';
import { OffTopicTimer } from './OffTopicTimer';
import { ExpandToggle, OverlayControls } from './OverlayControls';
import { OverlayHeader } from './OverlayHeader';
import { RebalanceOffer } from './RebalanceOffer';
import { PauseTimer } from './PauseTimer';
import { PlanCard } from './PlanCard';
import { run } from './meeting.commands';
import { useChime, useClickThroughHover, useOverlayWindowSize } from './overlay.window';
import { useOverlayKeys } from './overlay.keys';

function openDashboard(section?: string) {
  if (window.tactful) window.tactful.window.showDashboard(section);
  else window.location.hash = `/${section ?? 'meeting'}`;
}

function NoMeeting() {
  const { t } = useTranslation();
  return (
    <div className="overlay__empty">
      <CallPrompt />
      <p>{t('overlay.noMeeting')}</p>
      <Button size="sm" variant="primary" onClick={() => openDashboard('meeting')}>
        {t('overlay.planMeeting')}
      </Button>
    </div>
  );
}

function Ended() {
  const { t } = useTranslation();
  const allowed = useAllowed();
  return (
    <div className="overlay__ended">
      <p>{t('overlay.ended')}</p>
      <div className="overlay__controls">
        <Button size="sm" variant="primary" icon="history" onClick={() => openDashboard('meeting')}>
          {t('overlay.seeReport')}
        </Button>
        <Button size="sm" onClick={() => void sendOrToast({ type: 'meeting.close' })}>
          {t('overlay.close')}
        </Button>
        <Button
          size="sm"
          icon="undo"
          disabled={!allowed?.undo}
          onClick={() => void run({ type: 'undo' })}
          title={t('overlay.undoEnd')}
          aria-label={t('overlay.undoEnd')}
        />
      </div>
    </div>
  );
}

/** The overlay: compact by default, expandable; it sits over the meeting app all day. */
export function OverlayApp() {
  const { t } = useTranslation();
  const session = useSession();
  const expanded = useOverlayExpanded();
  const opacity = useSettings().overlay.opacity;
  const panel = useRef<HTMLDivElement>(null);
  useOverlayKeys();
  useOverlayWindowSize(panel);
  useClickThroughHover(panel);
  useChime();
  return (
    <main className="overlay" style={{ '--overlay-alpha': opacity } as React.CSSProperties}>
      <div className="overlay__panel" ref={panel} aria-label={t('overlay.label')}>
        {!session ? (
          <NoMeeting />
        ) : (
          <>
            <OverlayHeader aside={<ExpandToggle />} />
            <CallPrompt />
            <div className="overlay__main">
              <MainCounter />
              <PauseTimer />
            </div>
            <ItemBar />
            <OffTopicTimer />
            {session.status === 'ended' ? <Ended /> : <OverlayControls />}
            {session.status !== 'ended' && <RebalanceOffer />}
            <NudgeCard />
            {expanded && (
              <div className="overlay__details">
                <CapBar />
                <AgendaList compact />
                <PlanCard />
                <Button size="sm" variant="ghost" icon="open" onClick={() => openDashboard('meeting')}>
                  {t('overlay.openDashboard')}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </main>
  );
}
