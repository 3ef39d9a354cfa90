import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaList } from '../live/AgendaList';
import { CallPrompt } from '../live/CallPrompt';
import { CapBar, ItemBar } from '../live/MainBar';
import { MainCounter } from '../live/MainCounter';
import { MeetingControls } from '../live/MeetingControls';
import { MeetingHeader } from '../live/MeetingHeader';
import { quick } from '../live/meeting.actions';
import { NudgeCard } from '../live/NudgeCard';
import { JoinForm } from '../live/JoinForm';
import { OffTopicTimer } from '../live/OffTopicTimer';
import { PeoplePanel } from '../live/PeoplePanel';
import { PauseTimer } from '../live/PauseTimer';
import { PlanCard } from '../live/PlanCard';
import { RebalanceOffer } from '../live/RebalanceOffer';
import { platform } from '../platform';
import { sendOrToast } from '../store/actions';
import {
  useAllowed,
  useConnection,
  useMeetingStatus,
  useOverlayExpanded,
  useSetting,
} from '../store/selectors';
import { Button } from '../ui/Button';
import { ExpandToggle } from './ExpandToggle';
import { useOverlayKeys } from './overlay.keys';
import { useChime, useClickThroughHover, useOverlayWindowSize, useShowLine } from './overlay.window';

const openDashboard = (section?: string) => platform().showDashboard(section);

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
          onClick={() => void quick('undo')}
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
  const status = useMeetingStatus();
  const expanded = useOverlayExpanded();
  const opacity = useSetting('overlay').opacity;
  // Out of touch with the host: the figures are the last it sent, and a click may not reach it.
  const offline = useConnection().status !== 'open';
  const panel = useRef<HTMLDivElement>(null);
  useOverlayKeys();
  useOverlayWindowSize(panel);
  useClickThroughHover(panel);
  useShowLine(panel);
  useChime();
  return (
    <main className="overlay" style={{ '--overlay-alpha': opacity } as React.CSSProperties}>
      <div
        className={`overlay__panel${offline ? ' overlay__panel--offline' : ''}`}
        ref={panel}
        aria-label={t('overlay.label')}
      >
        {offline && (
          <p className="overlay__offline" role="status" data-testid="overlay-offline">
            {t('app.disconnected')}
          </p>
        )}
        {status === null ? (
          <NoMeeting />
        ) : (
          <>
            <MeetingHeader aside={<ExpandToggle />} />
            <CallPrompt />
            <div className="overlay__main">
              <MainCounter />
              <PauseTimer />
            </div>
            <ItemBar />
            <OffTopicTimer />
            {status === 'ended' ? <Ended /> : <MeetingControls />}
            {status !== 'ended' && <PeoplePanel />}
            {status !== 'ended' && <RebalanceOffer />}
            <NudgeCard />
            {expanded && (
              <div className="overlay__details">
                <CapBar />
                <AgendaList compact />
                {status !== 'ended' && <JoinForm />}
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
