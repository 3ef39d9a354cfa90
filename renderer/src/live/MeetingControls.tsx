import { useTranslation } from 'react-i18next';
import { setOverlayExpanded } from '../store/actions';
import { useAllowed, useOverlayExpanded, useSession } from '../store/selectors';
import { Button } from '../ui/Button';
import { run, startOrNext } from './meeting.commands';

/** The meeting's buttons, greyed out from the engine's own table of what is possible. */
export function OverlayControls() {
  const { t } = useTranslation();
  const s = useSession();
  const allowed = useAllowed();
  if (!s) return null;
  const planned = s.status === 'planned';
  return (
    <div className="overlay__controls" role="toolbar" aria-label={t('overlay.controls')}>
      <Button
        variant={planned ? 'primary' : 'secondary'}
        size="sm"
        icon={planned ? 'play' : 'next'}
        disabled={!allowed?.start && !allowed?.next}
        onClick={() => startOrNext(allowed)}
        shortcut="N"
        title={`${planned ? t('overlay.start') : t('overlay.nextItem')} (N)`}
      >
        {planned ? t('overlay.start') : t('overlay.nextShort')}
      </Button>
      <Button
        size="sm"
        icon="chat"
        aria-pressed={s.offTopic}
        className={s.offTopic ? 'btn--active' : undefined}
        disabled={!allowed?.toggleOffTopic}
        onClick={() => run({ type: 'toggleOffTopic' })}
        shortcut="O"
        title={`${s.offTopic ? t('overlay.backOnTopic') : t('overlay.offTopic')} (O)`}
      >
        {s.offTopic ? t('overlay.backOnTopicShort') : t('overlay.offTopic')}
      </Button>
      <Button
        size="sm"
        icon={s.status === 'paused' ? 'play' : 'pause'}
        disabled={!allowed?.togglePause}
        onClick={() => run({ type: 'togglePause' })}
        shortcut="P"
        title={`${s.status === 'paused' ? t('overlay.resume') : t('overlay.pause')} (P)`}
        aria-label={s.status === 'paused' ? t('overlay.resume') : t('overlay.pause')}
      />
      <Button
        size="sm"
        icon="stop"
        disabled={!allowed?.end}
        onClick={() => run({ type: 'end' })}
        shortcut="E"
        title={`${t('overlay.end')} (E)`}
        aria-label={t('overlay.end')}
      />
      <Button
        size="sm"
        icon="undo"
        disabled={!allowed?.undo}
        onClick={() => run({ type: 'undo' })}
        shortcut="Z"
        title={`${t('overlay.undo')} (Z)`}
        aria-label={t('overlay.undo')}
      />
    </div>
  );
}

/** Shows or hides the agenda and the plan card in the overlay. */
export function ExpandToggle() {
  const { t } = useTranslation();
  const expanded = useOverlayExpanded();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="overlay__expand"
      icon={expanded ? 'collapse' : 'expand'}
      aria-expanded={expanded}
      onClick={() => setOverlayExpanded(!expanded)}
      shortcut="X"
      title={`${expanded ? t('overlay.collapse') : t('overlay.expand')} (X)`}
      aria-label={expanded ? t('overlay.collapse') : t('overlay.expand')}
    />
  );
}
