import { useTranslation } from 'react-i18next';
import iconUrl from '../../../assets/icon.svg?url';
import { platform } from '../platform';
import { useConnection, useHostVersion, useMeetingStatus, useProblems } from '../store/selectors';
import { Icon, type IconName } from '../ui/Icon';
import { ClientsPage } from './clients/ClientsPage';
import { MeetingPage } from './meeting/MeetingPage';
import { PhrasesPage } from './phrases/PhrasesPage';
import { SettingsPage } from './settings/SettingsPage';
import { HistoryPage } from './history/HistoryPage';
import { ReportPage } from './report/ReportPage';
import { CalendarPage } from './calendar/CalendarPage';
import { WeekPage } from './week/WeekPage';

const SECTIONS = [
  { id: 'meeting', icon: 'play' },
  { id: 'calendar', icon: 'calendar' },
  { id: 'week', icon: 'chart' },
  { id: 'clients', icon: 'users' },
  { id: 'phrases', icon: 'quote' },
  { id: 'history', icon: 'history' },
  { id: 'settings', icon: 'gear' },
] as const satisfies readonly { id: string; icon: IconName }[];

function ConnectionBadge() {
  const { t } = useTranslation();
  const c = useConnection();
  const version = useHostVersion();
  return (
    <span
      className={`conn conn--${c.status}`}
      data-connection={c.status}
      data-testid="connection"
      aria-live="polite"
    >
      <span className="conn__dot" aria-hidden />
      {c.status === 'open'
        ? t('app.connected', { version: version ?? '' })
        : c.status === 'connecting'
          ? t('app.connecting')
          : t('app.disconnected')}
    </span>
  );
}

function Problems() {
  const { t } = useTranslation();
  const problems = useProblems();
  if (!problems?.length) return null;
  return (
    <div className="problems" role="alert">
      <strong>{t('app.problems')}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** The dashboard: planning, the live meeting, clients, phrases and settings. */
export function DashboardApp({ section, param }: { section: string; param: string | null }) {
  const { t } = useTranslation();
  const status = useMeetingStatus();
  const current = SECTIONS.some((s) => s.id === section) || section === 'report' ? section : 'meeting';
  return (
    <div className="dash">
      <nav className="dash__nav" aria-label={t('app.sections')}>
        <div className="dash__nav-inner">
          <div className="dash__brand">
            <img src={iconUrl} alt="" width={28} height={28} />
            <span>Tactful</span>
          </div>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a
                  href={`#/${s.id}`}
                  aria-current={
                    current === s.id || (current === 'report' && s.id === 'history') ? 'page' : undefined
                  }
                >
                  <Icon name={s.icon} />
                  <span>{t(`nav.${s.id}`)}</span>
                  {s.id === 'meeting' && status && status !== 'ended' && (
                    <span className="badge badge--accent">{t(`status.${status}`)}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
          <div className="dash__foot">
            <ConnectionBadge />
            {platform().kind === 'browser' && (
              <a className="dash__overlay-link" href="#/overlay">
                {t('app.openOverlay')}
              </a>
            )}
          </div>
        </div>
      </nav>
      <main className="dash__main" id="main">
        <Problems />
        {current === 'meeting' && <MeetingPage />}
        {current === 'clients' && <ClientsPage focus={param} />}
        {current === 'phrases' && <PhrasesPage />}
        {current === 'settings' && <SettingsPage />}
        {current === 'history' && <HistoryPage />}
        {current === 'report' && param && <ReportPage meetingId={param} />}
        {current === 'calendar' && <CalendarPage />}
        {current === 'week' && <WeekPage />}
      </main>
    </div>
  );
}
