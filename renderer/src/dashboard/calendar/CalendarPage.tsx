import { useTranslation } from 'react-i18next';
import { useSetting } from '../../store/selectors';
import { CountField } from '../../ui/CountField';
import { saveSetting } from '../settings/settings.update';
import { CalendarSources } from './CalendarSources';
import { useCalendarInfo, useUpcoming } from './calendar.hooks';
import { PlannedMeetings } from './PlannedMeetings';
import { StandingCalls } from './StandingCalls';
import './calendar.css';

/** How far ahead calendars plan, and how often they are synced. */
function PlanningAhead() {
  const { t } = useTranslation();
  const s = useSetting('calendar');
  return (
    <section className="card section" aria-labelledby="ahead-h">
      <h2 id="ahead-h">{t('calendar.settings')}</h2>
      <div className="row">
        <CountField
          label={t('calendar.horizonDays')}
          value={s.horizonDays}
          min={1}
          max={62}
          error={t('common.wholeNumber', { min: 1, max: 62 })}
          onCommit={(horizonDays) => void saveSetting('calendar', { ...s, horizonDays })}
        />
        <CountField
          label={t('calendar.syncEvery')}
          value={s.syncEveryMin}
          min={5}
          max={1440}
          error={t('common.wholeNumber', { min: 5, max: 1440 })}
          onCommit={(syncEveryMin) => void saveSetting('calendar', { ...s, syncEveryMin })}
        />
      </div>
    </section>
  );
}

/** Calendars in: what they plan for the next days, their standing calls, and the calendars themselves. */
export function CalendarPage() {
  const { t } = useTranslation();
  const info = useCalendarInfo();
  const q = useUpcoming();
  return (
    <div className="calendar-page">
      <div className="page-head">
        <div>
          <h1>{t('calendar.title')}</h1>
          <p>{t('calendar.intro')}</p>
        </div>
      </div>
      {q.error && (
        <p className="field__error" role="alert">
          {q.error}
        </p>
      )}
      {info && info.sources.length > 0 && q.data && (
        <>
          <PlannedMeetings meetings={q.data.meetings} days={info.horizonDays} />
          <StandingCalls calls={q.data.standingCalls} />
        </>
      )}
      {info && <CalendarSources info={info} />}
      {info && info.sources.length > 0 && <PlanningAhead />}
    </div>
  );
}
