import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallPrompt } from '../../live/CallPrompt';
import { describeError, errorMessage, type ErrorDescription } from '../../i18n/error.text';
import { send, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ClientFormDialog } from '../clients/ClientFormDialog';
import { AgendaSection } from './AgendaSection';
import { FromEarlier } from './FromEarlier';
import { PeopleSection } from './PeopleSection';
import { draftToPlan, useMeetingDraft, type Draft } from './setup.draft';
import { ShapeSection } from './ShapeSection';

/** Plan a meeting: who with, the agenda and its budgets, the cap, and how it should feel. */
export function MeetingSetup() {
  const { t } = useTranslation();
  const { draft, update, setClient, reset, offers } = useMeetingDraft();
  const clients = useClients()?.filter((c) => !c.archived) ?? [];
  const [newClient, setNewClient] = useState(false);
  // After a first try, what is wrong is checked as the draft changes: fixed fields stop saying so at once.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (p: Partial<Draft>) => update((d) => ({ ...d, ...p }));
  const client = clients.find((c) => c.id === draft.clientId) ?? null;
  const fallbackTitle = client
    ? t('setup.defaultTitleWith', { client: client.name })
    : t('setup.defaultTitle');
  const errors: Record<string, ErrorDescription> = tried
    ? (draftToPlan(draft, fallbackTitle).errors ?? {})
    : {};
  const messages = Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, errorMessage(e, t)]));

  const create = async (start: boolean) => {
    const r = draftToPlan(draft, fallbackTitle);
    if (!r.plan) {
      setTried(true);
      toast(t('setup.errors.fix'), 'error');
      return;
    }
    setTried(false);
    setBusy(true);
    try {
      // One command: planned and (when asked) started at once, or not at all.
      await send({ type: 'meeting.create', plan: r.plan, start });
      reset(draft.clientId);
    } catch (e) {
      toast(describeError(e, t), 'error', 6000);
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
              e.target.value === '__new' ? setNewClient(true) : setClient(e.target.value || null)
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
            error={messages.title ?? null}
            onChange={(e) => set({ title: e.target.value })}
          />
        </div>
      </section>

      <FromEarlier
        carried={offers.filter((o) =>
          draft.items.some(
            (i) => i.carriedFrom?.itemId === o.item.id && i.carriedFrom.meetingId === o.meetingId,
          ),
        )}
        clientId={draft.clientId}
        title={draft.title.trim() || fallbackTitle}
        items={draft.items}
        onBudget={(itemTitle, sec) =>
          update((d) => ({
            ...d,
            items: d.items.map((i) =>
              i.title.trim().toLocaleLowerCase() === itemTitle.toLocaleLowerCase()
                ? { ...i, budgetSec: sec }
                : i,
            ),
          }))
        }
      />

      <AgendaSection draft={draft} update={update} errors={messages} />
      <ShapeSection draft={draft} set={set} errors={messages} />
      {draft.audience === 'group' && (
        <PeopleSection draft={draft} set={set} client={client} errors={messages} />
      )}

      <div className="setup__actions">
        <Button variant="primary" icon="play" disabled={busy} onClick={() => void create(true)}>
          {t('setup.startNow')}
        </Button>
        <Button disabled={busy} onClick={() => void create(false)}>
          {t('setup.planOnly')}
        </Button>
      </div>

      <ClientFormDialog
        open={newClient}
        onClose={() => setNewClient(false)}
        onSaved={(c) => setClient(c.id)}
      />
    </div>
  );
}
