import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../lib/ids';
import { run } from '../../live/meeting.actions';
import { useAllowed, useView } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { DurationInput } from '../../ui/DurationInput';
import { TextField } from '../../ui/Field';

/** Mid-meeting changes: more time for the current item, or a new item at the end of the agenda. */
export function AddToMeeting() {
  const { t } = useTranslation();
  const m = useView((v) => ({ status: v.status, item: v.currentItem }));
  const allowed = useAllowed();
  const [title, setTitle] = useState('');
  const [budget, setBudget] = useState<number | null>(600);
  const item = m?.item ?? null;
  if (!m || m.status === 'ended') return null;
  return (
    <div className="stack">
      {item && (
        <div className="row row--tight" role="group" aria-label={t('live.addTimeTo', { title: item.title })}>
          <span className="muted">{t('live.addTimeTo', { title: item.title })}</span>
          {[1, 5, 10].map((m) => (
            <Button
              key={m}
              size="sm"
              disabled={!allowed?.addTime}
              onClick={() => void run({ type: 'addTime', itemId: item.id, sec: m * 60 })}
            >
              {t('live.plusMinutes', { minutes: m })}
            </Button>
          ))}
          <Button
            size="sm"
            variant="ghost"
            disabled={!allowed?.addTime || item.budgetSec < 60}
            onClick={() => void run({ type: 'addTime', itemId: item.id, sec: -60 })}
          >
            {t('live.minusMinute')}
          </Button>
        </div>
      )}
      <form
        className="row row--end"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim() || budget === null) return;
          void run({
            type: 'addItem',
            item: { id: newId('i'), title: title.trim(), budgetSec: budget, priority: 'normal' },
          }).then((r) => r && setTitle(''));
        }}
      >
        <TextField label={t('live.newItem')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <DurationInput label={t('live.newItemBudget')} value={budget} onChange={setBudget} />
        <Button type="submit" icon="plus" disabled={!allowed?.addItem || !title.trim() || budget === null}>
          {t('live.addItem')}
        </Button>
      </form>
    </div>
  );
}
