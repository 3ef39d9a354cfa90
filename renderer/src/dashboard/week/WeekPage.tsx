import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteAddress } from '../../../../shared/notes/note.address';
import type { NoteDraft } from '../../../../shared/notes/status.note';
import { addDays, addMonths, localDate } from '../../../../shared/report/local.time';
import type { DigestPeriod } from '../../../../shared/week/week.digest';
import { useHostQuery } from '../../hooks/useHostQuery';
import { useToday } from '../../hooks/useToday';
import { describeError } from '../../i18n/error.text';
import { localTimeZone } from '../../lib/time.zone';
import { platform } from '../../platform';
import { send, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';
import { downloadText } from '../export/download';
import { DigestFigures, DigestMeetings, DigestTrend } from './DigestParts';
import { digestMarkdown } from './digest.markdown';
import { changeText, rangeText, suggestionText } from './digest.words';
import { DraftDialog } from './DraftDialog';
import './week.css';

const ALL = '__all';

/** A week (or a month) with a client: the digest on screen, as Markdown and as PDF, and the note to send them. */
export function WeekPage() {
  const { t, i18n } = useTranslation();
  const clients = useClients()?.filter((c) => !c.archived) ?? [];
  const timeZone = localTimeZone();
  const today = localDate(useToday().getTime(), timeZone);
  const [chosen, setClientId] = useState<string | null>(null);
  const clientId = chosen === ALL ? null : (chosen ?? clients[0]?.id ?? null);
  const [period, setPeriod] = useState<DigestPeriod>('week');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState<NoteDraft | null>(null);
  // The open meeting is part of the week too: its changes show here as they happen.
  const q = useHostQuery({ type: 'week.digest', clientId, period, date, timeZone }, 'openMeeting');
  const client = clients.find((c) => c.id === clientId) ?? null;
  const d = q.data?.digest;
  const step = (n: number) => setDate(period === 'week' ? addDays(date, 7 * n) : addMonths(date, n));
  const suggestion = d ? suggestionText(d, t, i18n.language, today) : null;
  const name = client?.name ?? t('week.allClients');
  const fileName = d ? `${name}-${d.start}`.replace(/[^\p{L}\p{N}-]+/gu, '-') : 'week';

  const writeNote = async () => {
    if (!clientId) return;
    try {
      setNote((await send({ type: 'week.note', clientId, period, date, timeZone })).draft);
    } catch (e) {
      toast(describeError(e, t), 'error', 6000);
    }
  };

  return (
    <div className="week-page">
      <div className="page-head">
        <div>
          <h1>{t('week.title')}</h1>
          <p className="no-print">{t('week.intro')}</p>
        </div>
        <div className="report__actions no-print">
          <Button
            icon="open"
            disabled={!d}
            onClick={() => {
              if (!d) return;
              downloadText(
                `${fileName}.md`,
                'text/markdown;charset=utf-8',
                digestMarkdown(d, { t, locale: i18n.language, clientName: name, today }),
              );
              toast(t('week.exported', { name: `${fileName}.md` }));
            }}
          >
            {t('week.markdown')}
          </Button>
          <Button disabled={!d} onClick={() => void platform().printToPdf(fileName)}>
            {t('week.print')}
          </Button>
          <Button
            variant="primary"
            icon="chat"
            disabled={!client || !d?.meetings.length}
            onClick={() => void writeNote()}
          >
            {t('week.writeNote')}
          </Button>
        </div>
      </div>

      <section className="card section week-controls no-print" aria-label={t('week.period')}>
        <div className="row">
          <SelectField
            label={t('week.client')}
            value={clientId ?? ALL}
            onChange={(e) => setClientId(e.target.value)}
          >
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={ALL}>{t('week.allClients')}</option>
          </SelectField>
          <div className="field">
            <span className="field__label">{t('week.period')}</span>
            <Segmented
              label={t('week.period')}
              value={period}
              onChange={setPeriod}
              options={[
                { value: 'week', label: t('week.byWeek') },
                { value: 'month', label: t('week.byMonth') },
              ]}
            />
          </div>
          <div className="field">
            <span className="field__label">{d ? rangeText(d, i18n.language) : ' '}</span>
            <div className="row row--tight">
              <Button size="sm" onClick={() => step(-1)}>
                {t('week.earlier')}
              </Button>
              <Button size="sm" onClick={() => setDate(today)}>
                {t('week.current')}
              </Button>
              <Button size="sm" onClick={() => step(1)}>
                {t('week.later')}
              </Button>
            </div>
          </div>
        </div>
      </section>

      {q.error && (
        <p className="field__error" role="alert">
          {q.error}
        </p>
      )}
      {d && (
        <>
          <h2 className="week-heading" data-testid="week-range">
            {name} · {rangeText(d, i18n.language)}
          </h2>
          {suggestion && (
            <p className="card week-suggestion" data-testid="week-suggestion">
              {suggestion}
            </p>
          )}
          <DigestFigures d={d} />
          <section className="card section" aria-labelledby="week-trend-h">
            <h2 id="week-trend-h">{t('week.trend')}</h2>
            {changeText(d, t, i18n.language).length > 0 && (
              <p data-testid="week-change">{changeText(d, t, i18n.language).join(' · ')}</p>
            )}
            <DigestTrend d={d} />
          </section>
          <section className="card section" aria-labelledby="week-meetings-h">
            <h2 id="week-meetings-h">{t('week.meetings')}</h2>
            <DigestMeetings d={d} />
          </section>
          <section className="card section" aria-labelledby="week-followups-h">
            <h2 id="week-followups-h">{t('week.followUps')}</h2>
            {d.openFollowUps.length === 0 ? (
              <p className="muted">{t('week.noFollowUps')}</p>
            ) : (
              <ul className="week-followups">
                {d.openFollowUps.map((f) => (
                  <li key={`${f.meetingId}/${f.id}`}>
                    {f.text} <span className="muted">· {f.meetingTitle}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {client && (
        <DraftDialog
          draft={note}
          title={t('week.noteTitle', { client: client.name })}
          formal={noteAddress(client).formal}
          clientName={client.name}
          fileName={`${fileName}-note`}
          onClose={() => setNote(null)}
        />
      )}
    </div>
  );
}
