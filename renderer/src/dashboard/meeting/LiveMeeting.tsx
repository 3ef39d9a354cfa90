import { useTranslation } from 'react-i18next';
import { AgendaList } from '../../overlay/AgendaList';
import { CallPrompt } from '../../overlay/CallPrompt';
import { CapBar, ItemBar } from '../../overlay/MainBar';
import { MainCounter } from '../../overlay/MainCounter';
import { NudgeCard } from '../../overlay/NudgeCard';
import { OffTopicTimer } from '../../overlay/OffTopicTimer';
import { OverlayControls } from '../../overlay/OverlayControls';
import { OverlayHeader } from '../../overlay/OverlayHeader';
import { RebalanceOffer } from '../../overlay/RebalanceOffer';
import { PauseTimer } from '../../overlay/PauseTimer';
import { PlanCard } from '../../overlay/PlanCard';
import { useOverlayKeys } from '../../overlay/overlay.keys';
import { sendOrToast } from '../../store/actions';
import { useSession } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { AddToMeeting } from './AddToMeeting';
import { EndedSummary } from './EndedSummary';

/** The open meeting, larger than the overlay, with room to change the plan as it goes. */
export function LiveMeeting() {
  const { t } = useTranslation();
  const s = useSession();
  useOverlayKeys();
  if (!s) return null;
  if (s.status === 'ended') return <EndedSummary />;
  return (
    <div className="live">
      <div className="page-head">
        <div>
          <h1>{s.plan.title}</h1>
          <p>{t(`status.${s.status}`)}</p>
        </div>
        {s.status === 'planned' && (
          <Button variant="danger" onClick={() => void sendOrToast({ type: 'meeting.close' })}>
            {t('live.discard')}
          </Button>
        )}
      </div>
      <div className="live__grid">
        <section className="card live__now" aria-label={t('live.now')}>
          <OverlayHeader />
          <CallPrompt />
          <div className="overlay__main">
            <MainCounter />
            <PauseTimer />
          </div>
          <ItemBar />
          <CapBar />
          <OffTopicTimer />
          <OverlayControls />
          <RebalanceOffer />
          <NudgeCard />
        </section>
        <section className="card live__agenda" aria-label={t('overlay.agenda')}>
          <h2>{t('overlay.agenda')}</h2>
          <AgendaList />
          <PlanCard />
        </section>
      </div>
      <section className="card section">
        <h2>{t('live.adjust')}</h2>
        <AddToMeeting />
      </section>
    </div>
  );
}
