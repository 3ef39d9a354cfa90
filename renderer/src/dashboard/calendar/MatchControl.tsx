import { useTranslation } from 'react-i18next';
import type { PlannedMeetingView } from '../../../../shared/calendar/calendar.records';
import { sendOrToast, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';

/**
 * Who a planned meeting is with, and how Tactful found out: confirm the guess, or pick another client. Either is
 * remembered for the people on the event and their company, so it is asked once.
 */
export function MatchControl({ m }: { m: PlannedMeetingView }) {
  const { t } = useTranslation();
  const clients = useClients()?.filter((c) => !c.archived) ?? [];
  const name = (id: string | null) => clients.find((c) => c.id === id)?.name ?? t('calendar.noClient');
  const choose = async (clientId: string | null) => {
    if (await sendOrToast({ type: 'calendar.match', key: m.key, clientId }))
      toast(t('calendar.confirmed', { client: name(clientId) }));
  };
  return (
    <div className="calendar-match" title={t('calendar.matchHint')}>
      <select
        className="input input--sm"
        aria-label={t('calendar.clientFor', { title: m.title })}
        value={m.clientId ?? ''}
        onChange={(e) => void choose(e.target.value || null)}
      >
        <option value="">{t('calendar.noClient')}</option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <span className={`badge${m.match === 'confirmed' ? ' badge--accent' : ''}`} data-testid="match-source">
        {t(`calendar.match.${m.match}`)}
      </span>
      {m.match !== 'confirmed' && m.match !== 'none' && (
        <Button size="sm" variant="ghost" icon="check" onClick={() => void choose(m.clientId)}>
          {t('calendar.confirm')}
        </Button>
      )}
    </div>
  );
}
