import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedMeetingView } from '../../../../shared/calendar/calendar.records';
import { humanDuration } from '../../format/time';
import { go } from '../../hooks/useHashRoute';
import { sendOrToast, toast } from '../../store/actions';
import { useHasMeeting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { slotText } from './calendar.format';
import { EmailDraftButton } from './EmailDraftButton';
import { MatchControl } from './MatchControl';
import { PlanEditDialog } from './PlanEditDialog';

function PlannedRow({ m, onEdit }: { m: PlannedMeetingView; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const hasMeeting = useHasMeeting();
  const open = async () => {
    if (await sendOrToast({ type: 'calendar.open', key: m.key })) {
      toast(t('calendar.opened', { title: m.title }));
      go('meeting');
    }
  };
  return (
    <li className="planned" data-testid="planned-meeting">
      <div className="planned__when">{slotText(m.start, m.end, i18n.language)}</div>
      <div className="planned__body">
        <div className="planned__title">
          <strong>{m.title}</strong>
          {m.recurring && <span className="badge">{t('calendar.recurring')}</span>}
          {m.edited.length > 0 && <span className="badge badge--amber">{t('calendar.edited')}</span>}
          {m.meetingId && <span className="badge badge--accent">{t('calendar.held')}</span>}
        </div>
        <MatchControl m={m} />
        <ol className="planned__agenda" aria-label={t('calendar.agenda')}>
          {m.items.map((i) => (
            <li key={i.id}>
              {i.title} <span className="muted">{humanDuration(i.budgetSec * 1000, i18n.language)}</span>
            </li>
          ))}
        </ol>
        {m.agendaFromList && <p className="field__hint">{t('calendar.fromList')}</p>}
      </div>
      <div className="planned__actions no-print">
        <Button
          size="sm"
          variant="primary"
          icon="play"
          disabled={hasMeeting || !!m.meetingId}
          onClick={() => void open()}
        >
          {t('calendar.open')}
        </Button>
        <Button size="sm" icon="list" onClick={onEdit}>
          {t('calendar.edit')}
        </Button>
        <EmailDraftButton
          title={m.title}
          clientId={m.clientId}
          at={m.start}
          items={m.items.map((i) => ({ title: i.title, notes: i.notes }))}
        />
      </div>
    </li>
  );
}

/** The next days' meetings from the calendars, by day: each with its agenda, its client, and what to do with it. */
export function PlannedMeetings({ meetings, days }: { meetings: PlannedMeetingView[]; days: number }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<PlannedMeetingView | null>(null);
  const dayOf = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  const groups: { day: string; list: PlannedMeetingView[] }[] = [];
  for (const m of meetings) {
    const day = dayOf(m.start);
    const last = groups.at(-1);
    if (last?.day === day) last.list.push(m);
    else groups.push({ day, list: [m] });
  }
  return (
    <section className="card section" aria-labelledby="upcoming-h">
      <div className="section-head">
        <h2 id="upcoming-h">{t('calendar.upcoming')}</h2>
        <span className="muted">{t('calendar.upcomingHint', { count: days })}</span>
      </div>
      {meetings.length === 0 && <p className="muted">{t('calendar.noUpcoming', { count: days })}</p>}
      {groups.map((g) => (
        <div key={g.day} className="planned-day">
          <h3>{g.day}</h3>
          <ul className="planned-list">
            {g.list.map((m) => (
              <PlannedRow key={m.key} m={m} onEdit={() => setEditing(m)} />
            ))}
          </ul>
        </div>
      ))}
      {editing && <PlanEditDialog m={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
