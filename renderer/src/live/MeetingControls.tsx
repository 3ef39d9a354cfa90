import { useTranslation } from 'react-i18next';
import { useAllowed, useView } from '../store/selectors';
import { Button } from '../ui/Button';
import { quick } from './meeting.actions';

/** The meeting's buttons, greyed out from the engine's own table of what is possible. */
export function MeetingControls() {
  const { t } = useTranslation();
  const state = useView((v) => ({
    status: v.status,
    offTopic: v.offTopic.active,
    nextPerson: v.allowed.roundNext,
  }));
  const allowed = useAllowed();
  if (!state) return null;
  const planned = state.status === 'planned';
  const paused = state.status === 'paused';
  return (
    <div className="overlay__controls" role="toolbar" aria-label={t('overlay.controls')}>
      <Button
        variant={planned ? 'primary' : 'secondary'}
        size="sm"
        icon={planned ? 'play' : 'next'}
        disabled={!allowed?.start && !allowed?.next}
        onClick={() => quick('startNext')}
        shortcut="N"
        title={`${planned ? t('overlay.start') : state.nextPerson ? t('overlay.nextPerson') : t('overlay.nextItem')} (N)`}
      >
        {planned ? t('overlay.start') : t('overlay.nextShort')}
      </Button>
      <Button
        size="sm"
        icon="chat"
        aria-pressed={state.offTopic}
        className={state.offTopic ? 'btn--active' : undefined}
        disabled={!allowed?.toggleOffTopic}
        onClick={() => quick('offTopic')}
        shortcut="O"
        title={`${state.offTopic ? t('overlay.backOnTopic') : t('overlay.offTopic')} (O)`}
      >
        {state.offTopic ? t('overlay.backOnTopicShort') : t('overlay.offTopic')}
      </Button>
      <Button
        size="sm"
        icon={paused ? 'play' : 'pause'}
        disabled={!allowed?.togglePause}
        onClick={() => quick('pause')}
        shortcut="P"
        title={`${paused ? t('overlay.resume') : t('overlay.pause')} (P)`}
        aria-label={paused ? t('overlay.resume') : t('overlay.pause')}
      />
      <Button
        size="sm"
        icon="stop"
        disabled={!allowed?.end}
        onClick={() => quick('end')}
        shortcut="E"
        title={`${t('overlay.end')} (E)`}
        aria-label={t('overlay.end')}
      />
      <Button
        size="sm"
        icon="undo"
        disabled={!allowed?.undo}
        onClick={() => quick('undo')}
        shortcut="Z"
        title={`${t('overlay.undo')} (Z)`}
        aria-label={t('overlay.undo')}
      />
    </div>
  );
}
