import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaList } from '../../live/AgendaList';
import { CallPrompt } from '../../live/CallPrompt';
import { CapBar, ItemBar } from '../../live/MainBar';
import { MainCounter } from '../../live/MainCounter';
import { MeetingControls } from '../../live/MeetingControls';
import { MeetingHeader } from '../../live/MeetingHeader';
import { useMeetingKeys } from '../../live/meeting.keys';
import { NudgeCard } from '../../live/NudgeCard';
import { OffTopicTimer } from '../../live/OffTopicTimer';
import { PeoplePanel } from '../../live/PeoplePanel';
import { PauseTimer } from '../../live/PauseTimer';
import { PlanCard } from '../../live/PlanCard';
import { RebalanceOffer } from '../../live/RebalanceOffer';
import { sendOrToast } from '../../store/actions';
import { hasFloorKeys } from '../../../../shared/meeting/floor.keys';
import { useView } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { AddToMeeting } from './AddToMeeting';
import { EndedSummary } from './EndedSummary';
import { RoomLinks } from './RoomLinks';

/** The open meeting, larger than the overlay, with room to change the plan as it goes. */
export function LiveMeeting() {
  const { t } = useTranslation();
  const m = useView((v) => ({ title: v.title, status: v.status, group: hasFloorKeys(v) }));
  const now = useRef<HTMLElement>(null);
  useMeetingKeys();
  // "Start now" is pressed at the foot of a long agenda: bring the running clock into view, not leave it above.
  const started = m !== null && m.status !== 'planned';
  useEffect(() => {
    now.current?.scrollIntoView?.({ block: 'nearest' });
  }, [started]);
  if (!m) return null;
  if (m.status === 'ended') return <EndedSummary />;
  return (
    <div className="live">
      <div className="page-head">
        <div>
          <h1>{m.title}</h1>
          <p>{t(`status.${m.status}`)}</p>
        </div>
        <div className="row row--tight">
          <RoomLinks />
          {m.status === 'planned' && (
            <Button variant="danger" onClick={() => void sendOrToast({ type: 'meeting.close' })}>
              {t('live.discard')}
            </Button>
          )}
        </div>
      </div>
      <div className="live__grid">
        <section className="card live__now" aria-label={t('live.now')} ref={now}>
          <MeetingHeader />
          <CallPrompt />
          <div className="overlay__main">
            <MainCounter />
            <PauseTimer />
          </div>
          <ItemBar />
          <CapBar />
          <OffTopicTimer />
          <MeetingControls />
          <RebalanceOffer />
          <NudgeCard />
        </section>
        <section className="card live__agenda" aria-label={t('overlay.agenda')}>
          <h2>{t('overlay.agenda')}</h2>
          <AgendaList />
          <PlanCard />
        </section>
      </div>
      {m.group && (
        <section className="card section live__people" aria-labelledby="people-heading">
          <h2 id="people-heading">{t('people.label')}</h2>
          <PeoplePanel roomy />
        </section>
      )}
      <section className="card section">
        <h2>{t('live.adjust')}</h2>
        <AddToMeeting />
      </section>
    </div>
  );
}
