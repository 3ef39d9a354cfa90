import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationCommand } from '../../../../shared/meeting/meeting.commands';
import type { FollowUp } from '../../../../shared/meeting/meeting.vocabulary';
import { newId } from '../../lib/ids';
import { annotate } from '../../live/meeting.actions';
import { Button } from '../../ui/Button';

/** The commitments made in the call: a checklist, kept with the meeting and brought back next time. */
export function FollowUps({
  meetingId,
  items,
  onChange,
}: {
  meetingId: string;
  items: FollowUp[];
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const run = async (command: AnnotationCommand) => {
    if (await annotate(meetingId, command)) onChange();
  };
  return (
    <div className="followups">
      {items.length === 0 && <p className="muted">{t('followUps.none')}</p>}
      <ul className="followups__list">
        {items.map((f) => (
          <li key={f.id} className={f.done ? 'is-done' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={f.done}
                onChange={(e) => void run({ type: 'updateFollowUp', id: f.id, done: e.target.checked })}
              />
              <span>{f.text}</span>
            </label>
            <Button
              size="sm"
              variant="ghost"
              icon="trash"
              aria-label={t('followUps.remove', { text: f.text })}
              onClick={() => void run({ type: 'removeFollowUp', id: f.id })}
            />
          </li>
        ))}
      </ul>
      <form
        className="row row--end"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void run({ type: 'addFollowUp', id: newId('f'), text: text.trim() }).then(() => setText(''));
        }}
      >
        <div className="field followups__new">
          <label className="field__label" htmlFor={`fu-${meetingId}`}>
            {t('followUps.new')}
          </label>
          <input
            id={`fu-${meetingId}`}
            className="input"
            value={text}
            maxLength={500}
            placeholder={t('followUps.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <Button type="submit" icon="plus" disabled={!text.trim()}>
          {t('followUps.add')}
        </Button>
      </form>
    </div>
  );
}
