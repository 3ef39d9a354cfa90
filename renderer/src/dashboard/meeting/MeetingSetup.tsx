import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_TEMPLATES } from '../../../../shared/agenda/builtin.templates';
import type { Template } from '../../../../shared/settings/template.schema';
import { humanDuration } from '../../format/time';
import { send, toast } from '../../store/actions';
import { useHostQuery } from '../../hooks/useHostQuery';
import { useClients, useSession, useTemplates } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DurationInput } from '../../ui/DurationInput';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';
import { Toggle } from '../../ui/Toggle';
import { ClientFormDialog } from '../clients/ClientFormDialog';
import { CallPrompt } from '../../overlay/CallPrompt';
import { AgendaEditor } from './AgendaEditor';
import { FromEarlier } from './FromEarlier';
import { PasteAgendaDialog } from './PasteAgendaDialog';
import {
  draftToPlan,
  forOtherClient,
  newItem,
  replaceAgenda,
  useDraft,
  withCarried,
  type Draft,
} from './setup.draft';
import { SaveTemplateDialog, ShortenDialog } from './TemplateDialogs';

type DialogName = 'paste' | 'saveTemplate' | 'shorten' | 'client' | null;

/** Plan a meeting: who with, the agenda and its budgets, the cap, and how it should feel. */
export function MeetingSetup() {
  const { t, i18n } = useTranslation();
  const { draft, update, reset } = useDraft();
  const clients = useClients()?.filter((c) => !c.archived) ?? [];
  const templates = useTemplates() ?? [];
  const [dialog, setDialog] = useState<DialogName>(null);
  const [pendingTemplate, setPendingTemplate] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (p: Partial<Draft>) => update((d) => ({ ...d, ...p }));
  const client = clients.find((c) => c.id === draft.clientId) ?? null;
  const fallbackTitle = client
    ? t('setup.defaultTitleWith', { client: client.name })
    : t('setup.defaultTitle');
  const totalSec = draft.items.reduce((a, i) => a + i.budgetSec, 0) + draft.chatAtEndSec;
  const hasTypedAgenda = draft.items.some((i) => i.title.trim() !== '');
  // What earlier meetings with this client deferred opens this agenda (asked again when a meeting opens or closes).
  const sessionId = useSession()?.plan.id ?? '';
  const deferred = useHostQuery(
    { type: 'history.deferred', clientId: draft.clientId },
    `deferred:${draft.clientId}:${sessionId}`,
  );
  const offers = deferred.loading ? null : deferred.data?.deferred;
  useEffect(() => {
    if (offers?.length) update((d) => withCarried(d, offers));
  }, [offers, update]);

  const applyTemplate = (id: string) => {
    const builtin = BUILTIN_TEMPLATES.find((b) => b.id === id);
    const own: Template | undefined = templates.find((x) => x.id === id);
    if (builtin) {
      set({
        items: replaceAgenda(
          draft,
          builtin.items.map((i) => newItem(t(i.titleKey), i.budgetSec)),
        ),
        capSec: builtin.capSec,
        chatAtEndSec: builtin.chatAtEndSec,
        kind: builtin.kind,
        audience: builtin.audience,
        title: draft.title || t(builtin.nameKey),
      });
    } else if (own) {
      set({
        items: replaceAgenda(
          draft,
          own.items.map((i) => ({
            ...newItem(i.title, i.budgetSec),
            priority: i.priority,
            notes: i.notes ?? '',
          })),
        ),
        capSec: own.capSec,
        chatAtEndSec: own.chatAtEndSec,
        kind: own.kind,
        audience: own.audience,
        title: draft.title || own.name,
      });
    }
    setPendingTemplate(null);
  };

  const create = async (start: boolean) => {
    const r = draftToPlan(draft, fallbackTitle);
    if (!r.plan) {
      setErrors(r.errors);
      toast(t('setup.errors.fix'), 'error');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await send({ type: 'meeting.create', plan: r.plan });
      if (start) await send({ type: 'meeting.command', command: { type: 'start' } });
      reset(draft.clientId);
    } catch (e) {
      toast((e as Error).message, 'error', 6000);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="setup">
      <div className="page-head">
        <div>
          <h1>{t('setup.title')}</h1>
          <p>{t('setup.intro')}</p>
        </div>
      </div>

      <CallPrompt />
      <section className="card section">
        <div className="row">
          <SelectField
            label={t('setup.client')}
            value={draft.clientId ?? ''}
            onChange={(e) =>
              e.target.value === '__new'
                ? setDialog('client')
                : update((d) => forOtherClient(d, e.target.value || null, offers ?? []))
            }
          >
            <option value="">{t('setup.noClient')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="__new">{t('setup.newClient')}</option>
          </SelectField>
          <TextField
            label={t('setup.meetingTitle')}
            value={draft.title}
            placeholder={fallbackTitle}
            error={errors.title ?? null}
            onChange={(e) => set({ title: e.target.value })}
          />
        </div>
      </section>

      <FromEarlier
        carried={(offers ?? []).filter((o) =>
          draft.items.some(
            (i) => i.carriedFrom?.itemId === o.item.id && i.carriedFrom.meetingId === o.meetingId,
          ),
        )}
        clientId={draft.clientId}
        title={draft.title.trim() || fallbackTitle}
        items={draft.items}
        onBudget={(itemTitle, sec) =>
          set({
            items: draft.items.map((i) =>
              i.title.trim().toLocaleLowerCase() === itemTitle.toLocaleLowerCase()
                ? { ...i, budgetSec: sec }
                : i,
            ),
          })
        }
      />

      <section className="card section" aria-labelledby="agenda-heading">
        <div className="section-head">
          <h2 id="agenda-heading">{t('setup.agenda')}</h2>
          <div className="section-head__tools">
            <SelectField
              className="template-select"
              label={t('templates.use')}
              value=""
              onChange={(e) => {
                if (!e.target.value) return;
                if (hasTypedAgenda) setPendingTemplate(e.target.value);
                else applyTemplate(e.target.value);
              }}
            >
              <option value="">{t('templates.choose')}</option>
              <optgroup label={t('templates.builtin')}>
                {BUILTIN_TEMPLATES.map((b) => (
                  <option key={b.id} value={b.id}>
                    {t(b.nameKey)}
                  </option>
                ))}
              </optgroup>
              {templates.length > 0 && (
                <optgroup label={t('templates.yours')}>
                  {templates.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </SelectField>
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
        <AgendaEditor items={draft.items} errors={errors} onChange={(items) => set({ items })} />
        <p
          className={`setup__total tabular${draft.capSec !== null && totalSec > draft.capSec ? ' text-red' : ''}`}
          aria-live="polite"
        >
          {t('setup.total', { total: humanDuration(totalSec * 1000, i18n.language) })}
          {draft.capSec !== null &&
            ' · ' +
              (totalSec > draft.capSec
                ? t('setup.overCap', { over: humanDuration((totalSec - draft.capSec) * 1000, i18n.language) })
                : t('setup.spare', {
                    spare: humanDuration((draft.capSec - totalSec) * 1000, i18n.language),
                  }))}
        </p>
      </section>

      <section className="card section" aria-labelledby="shape-heading">
        <h2 id="shape-heading">{t('setup.shape')}</h2>
        <div className="row">
          <DurationInput
            label={t('setup.cap')}
            hint={t('setup.capHint')}
            value={draft.capSec}
            optional
            onChange={(capSec) => set({ capSec })}
          />
          <DurationInput
            label={t('setup.chatAtEnd')}
            hint={t('setup.chatAtEndHint')}
            value={draft.chatAtEndSec || null}
            optional
            onChange={(s) => set({ chatAtEndSec: s ?? 0 })}
          />
        </div>
        <div className="row setup__choices">
          <div className="field">
            <span className="field__label" id="audience-label">
              {t('setup.audience')}
            </span>
            <Segmented
              label={t('setup.audience')}
              value={draft.audience}
              onChange={(audience) => set({ audience })}
              options={[
                { value: 'one', label: t('setup.audienceOne') },
                { value: 'group', label: t('setup.audienceGroup') },
              ]}
            />
          </div>
          <div className="field">
            <span className="field__label">{t('setup.kind')}</span>
            <Toggle
              checked={draft.kind === 'adhoc'}
              onChange={(v) => set({ kind: v ? 'adhoc' : 'scheduled' })}
              label={t('setup.adhoc')}
            />
          </div>
          <div className="field">
            <span className="field__label">{t('plan.title')}</span>
            <Toggle
              checked={draft.hardTalkOn}
              onChange={(hardTalkOn) => set({ hardTalkOn })}
              label={t('plan.toggle')}
            />
          </div>
        </div>
        {draft.hardTalkOn && (
          <div className="stack plan-fields">
            <p className="muted">{t('plan.explain')}</p>
            <TextAreaField
              label={t('plan.matters')}
              hint={t('plan.mattersHint')}
              value={draft.matters}
              rows={2}
              onChange={(e) => set({ matters: e.target.value })}
            />
            <div className="row">
              <TextAreaField
                label={t('plan.points')}
                hint={t('plan.onePerLine')}
                value={draft.points}
                rows={4}
                onChange={(e) => set({ points: e.target.value })}
              />
              <TextAreaField
                label={t('plan.avoid')}
                hint={t('plan.onePerLine')}
                value={draft.avoid}
                rows={4}
                onChange={(e) => set({ avoid: e.target.value })}
              />
            </div>
          </div>
        )}
      </section>

      <div className="setup__actions">
        <Button variant="primary" icon="play" disabled={busy} onClick={() => void create(true)}>
          {t('setup.startNow')}
        </Button>
        <Button disabled={busy} onClick={() => void create(false)}>
          {t('setup.planOnly')}
        </Button>
      </div>

      <PasteAgendaDialog
        open={dialog === 'paste'}
        onClose={() => setDialog(null)}
        onAdd={(items, replace) =>
          set({
            items:
              replace || !hasTypedAgenda
                ? replaceAgenda(draft, items)
                : [...draft.items.filter((i) => i.title.trim()), ...items],
          })
        }
      />
      <SaveTemplateDialog open={dialog === 'saveTemplate'} onClose={() => setDialog(null)} draft={draft} />
      <ShortenDialog
        open={dialog === 'shorten'}
        onClose={() => setDialog(null)}
        items={draft.items}
        onApply={(items, capSec) => set({ items, capSec })}
      />
      <ClientFormDialog
        open={dialog === 'client'}
        onClose={() => setDialog(null)}
        onSaved={(c) => update((d) => forOtherClient(d, c.id, offers ?? []))}
      />
      <Dialog
        open={pendingTemplate !== null}
        onClose={() => setPendingTemplate(null)}
        title={t('templates.replaceTitle')}
        actions={
          <>
            <Button onClick={() => setPendingTemplate(null)}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={() => pendingTemplate && applyTemplate(pendingTemplate)}>
              {t('templates.replace')}
            </Button>
          </>
        }
      >
        <p>{t('templates.replaceBody')}</p>
      </Dialog>
    </div>
  );
}
