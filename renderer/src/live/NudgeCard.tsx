import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { send, sendOrToast, toast } from '../store/actions';
import { useDetector, useNudgeLine, useSession, useSettings } from '../store/selectors';
import { typeIntoChat } from './call.actions';
import { chatApp } from './chat.app';
import { copyText } from '../hooks/clipboard';
import { Button } from '../ui/Button';
import { run } from './meeting.commands';

export const SNOOZE_MINUTES = [1, 3, 5] as const;

export async function copyNudge(key: string, text: string, t: TFunction) {
  if (await copyText(text)) {
    toast(t('nudge.copied'));
    await send({ type: 'meeting.command', command: { type: 'nudgeActed', key, action: 'copied' } }).catch(
      () => undefined,
    );
  } else toast(t('nudge.copyFailed'), 'error');
}

export function anotherLine(key: string) {
  return sendOrToast({ type: 'nudge.anotherLine', key });
}

export function snooze(key: string, minutes: number) {
  return run({ type: 'snoozeNudge', key, sec: minutes * 60 });
}

export function dismiss(key: string) {
  return run({ type: 'dismissNudge', key });
}

/**
 * The line to say, copy or type into the chat, coloured by how firm it is. It appears without taking the focus:
 * the meeting app keeps it.
 */
export function NudgeCard() {
  const { t } = useTranslation();
  const line = useNudgeLine();
  const s = useSession();
  const nudge = useMemo(() => (line ? (s?.nudges.find((n) => n.key === line.key) ?? null) : null), [line, s]);
  const settings = useSettings();
  const app = chatApp(s, useDetector());
  if (!line || !nudge) return null;
  return (
    <section
      className={`nudge nudge--t${nudge.tier}`}
      aria-label={t('nudge.label')}
      aria-live="polite"
      data-testid="nudge-card"
    >
      <div className="nudge__head">
        <span className="nudge__situation">{t(`situations.${nudge.situation}`)}</span>
        <span className="nudge__tier">{t(`tiers.t${nudge.tier}`)}</span>
      </div>
      <p className="nudge__line" data-testid="nudge-line" lang={line.lineId?.split('.')[0]}>
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
            onClick={() => void typeIntoChat(line.key, app, settings.detection.send, t)}
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
