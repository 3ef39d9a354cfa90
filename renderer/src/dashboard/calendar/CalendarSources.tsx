import { useTranslation } from 'react-i18next';
import type { CalendarInfo } from '../../../../shared/contract/calendar.contract';
import { errorMessage } from '../../i18n/error.text';
import { sendOrToast, toast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { AddCalendarForm } from './AddCalendarForm';
import { syncTime } from './calendar.format';

type Source = CalendarInfo['sources'][number];

function SourceStatus({ s }: { s: Source }) {
  const { t, i18n } = useTranslation();
  const ago = (at: number) => syncTime(at, i18n.language);
  if (s.syncing) return <p className="muted">{t('calendar.syncing')}</p>;
  const last = s.lastSync;
  if (!last) return <p className="muted">{t('calendar.neverSynced')}</p>;
  if (!last.ok)
    return (
      <>
        <p className="field__error" role="status">
          {t('calendar.failed', { when: ago(last.at), reason: errorMessage(last.error, t) })}
        </p>
        {s.lastGood !== null && <p className="muted">{t('calendar.keptFrom', { when: ago(s.lastGood) })}</p>}
      </>
    );
  return (
    <p className="muted">
      {t('calendar.synced', { when: ago(last.at), count: last.events })}
      {last.skipped.allDay + last.skipped.cancelled + last.skipped.declined > 0 &&
        ` · ${t('calendar.skipped', last.skipped)}`}
    </p>
  );
}

/** The calendars Tactful plans from, how their last sync went, and a form to add one. */
export function CalendarSources({ info }: { info: CalendarInfo }) {
  const { t } = useTranslation();
  const sync = (sourceId?: string) =>
    void sendOrToast({ type: 'calendar.sync', ...(sourceId ? { sourceId } : {}) });
  const remove = async (s: Source) => {
    if (await sendOrToast({ type: 'calendar.remove', sourceId: s.id }))
      toast(t('calendar.removed', { name: s.name }));
  };
  return (
    <section className="card section" aria-labelledby="calendars-h">
      <div className="section-head">
        <h2 id="calendars-h">{t('calendar.sources')}</h2>
        {info.sources.length > 1 && (
          <Button size="sm" icon="refresh" onClick={() => sync()}>
            {t('calendar.syncAll')}
          </Button>
        )}
      </div>
      {info.sources.length === 0 && <p className="muted">{t('calendar.none')}</p>}
      <ul className="calendar-sources">
        {info.sources.map((s) => (
          <li key={s.id} className="calendar-source" data-testid="calendar-source">
            <div>
              <strong>{s.name}</strong> <span className="badge">{t(`calendar.kinds.${s.kind}`)}</span>
              <p className="muted calendar-source__where">
                {[s.location, s.username].filter(Boolean).join(' · ')}
              </p>
              <SourceStatus s={s} />
            </div>
            <div className="row row--tight no-print">
              <Button size="sm" icon="refresh" disabled={s.syncing} onClick={() => sync(s.id)}>
                {t('calendar.syncNow')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                aria-label={t('calendar.remove', { name: s.name })}
                onClick={() => void remove(s)}
              />
            </div>
          </li>
        ))}
      </ul>
      <AddCalendarForm />
      <p className="field__hint">
        {info.secrets === 'keychain' ? t('calendar.secretsKeychain') : t('calendar.secretsFile')}
      </p>
    </section>
  );
}
