import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAgendaText } from '../../../../shared/agenda/agenda.paste';
import { formatDurationInput } from '../../../../shared/agenda/duration.parse';
import type { PlannedMeetingView } from '../../../../shared/calendar/calendar.records';
import { describeError } from '../../i18n/error.text';
import { send, toast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DurationInput } from '../../ui/DurationInput';
import { TextAreaField, TextField } from '../../ui/Field';

/** Change a planned meeting's title, agenda and length; the changes stay when the calendar syncs again. */
export function PlanEditDialog({ m, onClose }: { m: PlannedMeetingView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(m.title);
  const [agenda, setAgenda] = useState(() =>
    m.items.map((i) => `- ${i.title} ${formatDurationInput(i.budgetSec, i18n.language)}`).join('\n'),
  );
  const [capSec, setCapSec] = useState(m.capSec);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const parsed = parseAgendaText(agenda, 600).items;
    const items = parsed.map((p, i) => ({
      id: `e${i + 1}`,
      title: p.title,
      budgetSec: p.budgetSec,
      priority: 'normal' as const,
    }));
    try {
      await send({
        type: 'calendar.edit',
        key: m.key,
        edits: {
          ...(title.trim() !== m.title ? { title } : {}),
          ...(JSON.stringify(items.map((i) => [i.title, i.budgetSec])) !==
          JSON.stringify(m.items.map((i) => [i.title, i.budgetSec]))
            ? { items }
            : {}),
          ...(capSec !== m.capSec ? { capSec } : {}),
        },
      });
      toast(t('calendar.saved'));
      onClose();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  const reset = async () => {
    try {
      await send({ type: 'calendar.edit', key: m.key, forget: ['title', 'items', 'capSec'] });
      onClose();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('calendar.editTitle', { title: m.title })}
      actions={
        <>
          {m.edited.length > 0 && (
            <Button variant="ghost" onClick={() => void reset()}>
              {t('calendar.reset')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="field__hint">{t('calendar.editHint')}</p>
        <TextField
          label={t('calendar.meetingTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={t('calendar.agenda')}
          hint={t('calendar.agendaHint')}
          rows={6}
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
        />
        <DurationInput label={t('calendar.length')} value={capSec} optional onChange={setCapSec} />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
