import { useTranslation } from 'react-i18next';
import { useDetector, useNudge, useSetting, useView } from '../store/selectors';
import { Button } from '../ui/Button';
import { typeIntoChat } from './call.actions';
import { chatApp } from './chat.app';
import { anotherLine, copyNudge, dismiss, snooze, SNOOZE_MINUTES } from './meeting.actions';

/**
 * The line to say, copy or type into the chat, coloured by how firm it is. It appears without taking the focus:
 * the meeting app keeps it.
 */
export function NudgeCard() {
  const { t } = useTranslation();
  const line = useNudge();
  const send = useSetting('detection').send;
  const app = chatApp(useView((v) => v.app) ?? null, useDetector());
  if (!line) return null;
  return (
    <section
      className={`nudge nudge--t${line.tier}`}
      aria-label={t('nudge.label')}
      aria-live="polite"
      data-testid="nudge-card"
    >
      <div className="nudge__head">
        <span className="nudge__situation">{t(`situations.${line.situation}`)}</span>
        <span className="nudge__tier">{t(`tiers.t${line.tier}`)}</span>
      </div>
      <p className="nudge__line" data-testid="nudge-line" lang={line.locale}>
        {line.text}
      </p>
      <div className="nudge__actions">
        <Button
          size="sm"
          variant="primary"
          icon="copy"
          onClick={() => void copyNudge(line.key, line.text, t)}
          shortcut="C"
          title={`${t('nudge.copy')} (C)`}
        >
          {t('nudge.copy')}
        </Button>
        {app && (
          <Button
            size="sm"
            icon="type"
            onClick={() => void typeIntoChat(line.key, app, send, t)}
            shortcut="T"
            title={`${t('nudge.typeHint', { app })} (T)`}
          >
            {t('nudge.typeInto', { app })}
          </Button>
        )}
        <Button
          size="sm"
          icon="refresh"
          onClick={() => void anotherLine(line.key)}
          shortcut="A"
          title={`${t('nudge.another')} (A)`}
        >
          {t('nudge.another')}
        </Button>
        <span className="nudge__snooze" role="group" aria-label={t('nudge.snooze')}>
          <span className="nudge__snooze-label" aria-hidden>
            {t('nudge.snoozeShort')}
          </span>
          {SNOOZE_MINUTES.map((m) => (
            <Button
              key={m}
              size="sm"
              variant="ghost"
              onClick={() => void snooze(line.key, m)}
              shortcut={String(m)}
              title={`${t('nudge.snoozeFor', { minutes: m })} (${m})`}
            >
              {t('nudge.minutesShort', { minutes: m })}
            </Button>
          ))}
        </span>
        <Button
          size="sm"
          variant="ghost"
          icon="close"
          onClick={() => void dismiss(line.key)}
          shortcut="D"
          title={`${t('nudge.dismiss')} (D)`}
          aria-label={t('nudge.dismiss')}
        />
      </div>
    </section>
  );
}
