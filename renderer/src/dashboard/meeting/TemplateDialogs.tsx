import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shrinkAgenda } from '../../../../shared/agenda/agenda.shrink';
import { humanDuration } from '../../format/time';
import { newId } from '../../lib/ids';
import { sendOrToast, toast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DurationInput } from '../../ui/DurationInput';
import { TextField } from '../../ui/Field';
import { draftPeople, itemBudget, type Draft, type DraftItem } from './setup.draft';

export function SaveTemplateDialog({
  open,
  onClose,
  draft,
}: {
  open: boolean;
  onClose: () => void;
  draft: Draft;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!name.trim()) return setError(t('templates.nameRequired'));
    const items = draft.items.filter((i) => i.title.trim());
    if (items.length === 0) return setError(t('templates.needsItems'));
    // The participant slots stay with the template, and its rounds with them.
    const people = draftPeople(draft);
    const r = await sendOrToast({
      type: 'templates.save',
      template: {
        id: newId('t'),
        name: name.trim(),
        items: items.map((i) => ({
          id: i.id,
          title: i.title.trim(),
          budgetSec: people.length > 0 ? itemBudget(i, people.length) : i.budgetSec,
          priority: i.priority,
          ...(i.notes.trim() ? { notes: i.notes.trim() } : {}),
          ...(i.round && people.length > 0 ? { round: i.round } : {}),
        })),
        capSec: draft.capSec,
        chatAtEndSec: draft.chatAtEndSec,
        kind: draft.kind,
        audience: draft.audience,
        participants: people,
        turnLimitSec: draft.audience === 'group' ? draft.turnLimitSec : null,
      },
    });
    if (r) {
      toast(t('templates.saved', { name: name.trim() }));
      setName('');
      setError(null);
      onClose();
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('templates.saveTitle')}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('templates.name')}
        value={name}
        error={error}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
    </Dialog>
  );
}

/** The "30-minute version": shrink the agenda to a target length, keeping a minimum per item. */
export function ShortenDialog({
  open,
  onClose,
  items,
  onApply,
}: {
  open: boolean;
  onClose: () => void;
  items: DraftItem[];
  onApply: (items: DraftItem[], capSec: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<number | null>(1800);
  const [minSec, setMinSec] = useState<number | null>(120);
  const result = target
    ? shrinkAgenda(
        items.map((i) => ({ ...i, title: i.title || '…' })),
        target,
        minSec ?? 0,
      )
    : null;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('shorten.title')}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!result || !target}
            onClick={() => {
              if (!result || !target) return;
              onApply(
                items.map((i, k) => ({ ...i, budgetSec: result.items[k]!.budgetSec })),
                target,
              );
              onClose();
            }}
          >
            {t('shorten.apply')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('shorten.explain')}</p>
      <div className="row">
        <DurationInput label={t('shorten.target')} value={target} onChange={setTarget} />
        <DurationInput label={t('shorten.minimum')} value={minSec} onChange={setMinSec} optional />
      </div>
      {result && (
        <ol className="paste-preview">
          {items.map((i, k) => (
            <li key={i.id}>
              <span>{i.title || t('setup.untitled')}</span>
              <span className="tabular">
                {humanDuration(i.budgetSec * 1000, i18n.language)} →{' '}
                <strong>{humanDuration(result.items[k]!.budgetSec * 1000, i18n.language)}</strong>
              </span>
            </li>
          ))}
        </ol>
      )}
      {result?.overTarget && (
        <p className="field__error">
          {t('shorten.overTarget', { total: humanDuration(result.totalSec * 1000, i18n.language) })}
        </p>
      )}
    </Dialog>
  );
}
