import { useTranslation } from 'react-i18next';
import { useDetector } from '../store/selectors';
import { Button } from '../ui/Button';
import { acceptCall, dismissCall } from './call.actions';
import { run } from './meeting.actions';

/**
 * The detector's question, when it has one: start timing a call that began, or end a meeting whose call window
 * closed. Tactful never does either on its own.
 */
export function CallPrompt() {
  const { t } = useTranslation();
  const p = useDetector()?.prompt;
  if (!p) return null;
  const app = p.appName;
  return (
    <section className="call-prompt" role="status" aria-live="polite" data-testid="call-prompt">
      {p.kind === 'start' ? (
        <>
          <p className="call-prompt__text">
            {p.plannedTitle
              ? t('call.startPlanned', { app, title: p.plannedTitle })
              : p.clientName
                ? t('call.startWith', { app, client: p.clientName })
                : t('call.start', { app })}
          </p>
          <div className="call-prompt__actions">
            <Button
              size="sm"
              variant="primary"
              icon="play"
              onClick={() => void acceptCall(p, t)}
              shortcut="S"
              title={`${t('call.accept')} (S)`}
            >
              {t('call.accept')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void dismissCall()}>
              {t('call.notNow')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="call-prompt__text">{t('call.ended', { app })}</p>
          <div className="call-prompt__actions">
            <Button
              size="sm"
              variant="primary"
              icon="stop"
              onClick={() => void run({ type: 'end' })}
              shortcut="E"
              title={`${t('call.end')} (E)`}
            >
              {t('call.end')}
            </Button>
            <Button
              size="sm"
              icon="pause"
              onClick={() => void run({ type: 'pause' })}
              shortcut="P"
              title={`${t('call.pause')} (P)`}
            >
              {t('call.pause')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void dismissCall()}>
              {t('call.keepGoing')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
