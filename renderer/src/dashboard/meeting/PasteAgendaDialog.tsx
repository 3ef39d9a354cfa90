import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAgendaText } from '../../../../shared/agenda/agenda.paste';
import { humanDuration } from '../../format/time';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { newItem, type DraftItem } from './setup.draft';

/** Paste an agenda from an email or a document; see what it becomes before adding it. */
export function PasteAgendaDialog({
  open,
  onClose,
  onAdd,
}: {
  open: boolean;
  onClose: () => void;
  onAdd: (items: DraftItem[], replace: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseAgendaText(text), [text]);
  const items = () => parsed.items.map((p) => ({ ...newItem(p.title, p.budgetSec), notes: p.notes ?? '' }));
  const done = (replace: boolean) => {
    onAdd(items(), replace);
    setText('');
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('paste.title')}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={parsed.items.length === 0} onClick={() => done(false)}>
            {t('paste.add', { count: parsed.items.length })}
          </Button>
          <Button variant="primary" disabled={parsed.items.length === 0} onClick={() => done(true)}>
            {t('paste.replace')}
          </Button>
        </>
      }
    >
      <TextAreaField
        label={t('paste.label')}
        hint={t('paste.hint')}
        value={text}
        rows={7}
        onChange={(e) => setText(e.target.value)}
        placeholder={'- Budget review 15m\n- Launch plan (20 min)\n- Next steps 5'}
      />
      {parsed.items.length > 0 && (
        <ol className="paste-preview" aria-label={t('paste.preview')}>
          {parsed.items.map((p, i) => (
            <li key={i}>
              <span>{p.title}</span>
              <span className={p.guessed ? 'muted' : undefined}>
                {humanDuration(p.budgetSec * 1000, i18n.language)}
                {p.guessed && ` · ${t('paste.guessed')}`}
              </span>
            </li>
          ))}
        </ol>
      )}
      {parsed.skipped.length > 0 && (
        <p className="muted">{t('paste.skipped', { lines: parsed.skipped.join(' · ') })}</p>
      )}
    </Dialog>
  );
}
