import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { humanDuration } from '../../format/time';
import { Button } from '../../ui/Button';
import { AgendaEditor } from './AgendaEditor';
import { PasteAgendaDialog } from './PasteAgendaDialog';
import { draftPeople, itemBudget, withPasted, withTemplate, type Draft } from './setup.draft';
import { SaveTemplateDialog, ShortenDialog } from './TemplateDialogs';
import { TemplatePicker } from './TemplatePicker';

/** The agenda being planned: typed, pasted or from a template, shortened to fit, saved as a template. */
export function AgendaSection({
  draft,
  update,
  errors,
}: {
  draft: Draft;
  update: (fn: (d: Draft) => Draft) => void;
  /** What is wrong, in words, keyed by where ("items.<id>.title"). */
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<'paste' | 'saveTemplate' | 'shorten' | null>(null);
  const d = (sec: number) => humanDuration(sec * 1000, i18n.language);
  const group = draft.audience === 'group';
  const people = draftPeople(draft).length;
  const totalSec =
    draft.items.reduce((a, i) => a + (group ? itemBudget(i, people) : i.budgetSec), 0) + draft.chatAtEndSec;
  const hasTypedAgenda = draft.items.some((i) => i.title.trim() !== '');
  const over = draft.capSec !== null && totalSec > draft.capSec;
  return (
    <section className="card section" aria-labelledby="agenda-heading">
      <div className="section-head">
        <h2 id="agenda-heading">{t('setup.agenda')}</h2>
        <div className="section-head__tools">
          <TemplatePicker
            hasTypedAgenda={hasTypedAgenda}
            onPick={(shape) => update((x) => withTemplate(x, shape))}
          />
          <Button size="sm" onClick={() => setDialog('paste')}>
            {t('paste.open')}
          </Button>
          <Button size="sm" onClick={() => setDialog('shorten')} disabled={totalSec === 0}>
            {t('shorten.open')}
          </Button>
          <Button size="sm" onClick={() => setDialog('saveTemplate')} disabled={!hasTypedAgenda}>
            {t('templates.save')}
          </Button>
        </div>
      </div>
      <AgendaEditor
        items={draft.items}
        errors={errors}
        people={group ? people : null}
        onChange={(items) => update((x) => ({ ...x, items }))}
      />
      <p className={`setup__total tabular${over ? ' text-red' : ''}`} aria-live="polite">
        {t('setup.total', { total: d(totalSec) })}
        {draft.capSec !== null &&
          ' · ' +
            (over
              ? t('setup.overCap', { over: d(totalSec - draft.capSec) })
              : t('setup.spare', { spare: d(draft.capSec - totalSec) }))}
      </p>
      <PasteAgendaDialog
        open={dialog === 'paste'}
        onClose={() => setDialog(null)}
        onAdd={(items, replace) => update((x) => withPasted(x, items, replace))}
      />
      <SaveTemplateDialog open={dialog === 'saveTemplate'} onClose={() => setDialog(null)} draft={draft} />
      <ShortenDialog
        open={dialog === 'shorten'}
        onClose={() => setDialog(null)}
        items={draft.items.map((i) => (group ? { ...i, budgetSec: itemBudget(i, people) } : i))}
        onApply={(items, capSec) =>
          update((x) => ({
            ...x,
            // A shortened round gives each person their share of its new length.
            items: items.map((i) =>
              group && i.round && people > 0
                ? { ...i, round: { ...i.round, perPersonSec: Math.max(1, Math.floor(i.budgetSec / people)) } }
                : i,
            ),
            capSec,
          }))
        }
      />
    </section>
  );
}
