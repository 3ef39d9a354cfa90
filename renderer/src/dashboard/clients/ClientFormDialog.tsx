import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/settings/client.schema';
import { newId } from '../../lib/ids';
import { describeError, errorMessage } from '../../i18n/error.text';
import { send, toast } from '../../store/actions';
import { RequestError } from '../../transport/transport';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { useSetting } from '../../store/selectors';
import { PeopleEditor } from '../people/PeopleEditor';
import { AddressField } from './AddressField';
import {
  blankForm,
  fromForm,
  toForm,
  withLanguage,
  type ClientFormState,
  type FormErrors,
} from './client.form';

const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'RON',
  'RUB',
  'VND',
  'PLN',
  'CZK',
  'SEK',
  'JPY',
  'CAD',
  'AUD',
];

interface DialogProps {
  open: boolean;
  onClose: () => void;
  client?: Client | null;
  onSaved?: (c: Client) => void;
}

/**
 * Add or edit a client: name and the person lines speak to, rate and currency, the language lines are said in and
 * how they address the client and the client's team, notes.
 */
export function ClientFormDialog({ open, onClose, client, onSaved }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={client ? t('clients.editTitle', { name: client.name }) : t('clients.newTitle')}
    >
      <ClientForm client={client ?? null} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

/** Mounted each time the dialog opens, so it always starts from the client as saved. */
function ClientForm({
  client,
  onClose,
  onSaved,
}: {
  client: Client | null;
  onClose: () => void;
  onSaved?: (c: Client) => void;
}) {
  const { t } = useTranslation();
  const uiLanguage = useSetting('uiLanguage');
  const [form, setForm] = useState<ClientFormState>(() =>
    client ? toForm(client) : blankForm(newId('c'), uiLanguage),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const set = (p: Partial<ClientFormState>) => setForm((f) => ({ ...f, ...p }));
  const allCurrencies = Intl.supportedValuesOf('currency').filter((c) => !COMMON_CURRENCIES.includes(c));

  const save = async () => {
    const r = fromForm(form);
    if (!r.client) return setErrors(r.errors);
    setErrors({});
    try {
      const saved = await send({ type: 'clients.save', client: r.client });
      toast(t('clients.saved', { name: saved.client.name }));
      onSaved?.(saved.client);
      onClose();
    } catch (e) {
      if (e instanceof RequestError && e.error.path === 'client.name')
        setErrors({ serverName: errorMessage(e.error, t) });
      else setServerError(describeError(e, t));
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('clients.name')}
        value={form.name}
        error={errors.serverName ?? (errors.name ? t(errors.name) : null)}
        onChange={(e) => set({ name: e.target.value })}
        autoFocus
        maxLength={120}
      />
      <TextField
        label={t('clients.contact')}
        hint={t('clients.contactHint')}
        value={form.contact}
        error={errors.contact ? t(errors.contact) : null}
        onChange={(e) => set({ contact: e.target.value })}
        maxLength={120}
        autoComplete="off"
      />
      <div className="row">
        <TextField
          label={t('clients.rate')}
          hint={t('clients.rateHint')}
          value={form.rate}
          inputMode="decimal"
          error={errors.rate ? t(errors.rate) : null}
          onChange={(e) => set({ rate: e.target.value })}
        />
        <SelectField
          label={t('clients.currency')}
          value={form.currency}
          error={errors.currency ? t(errors.currency) : null}
          onChange={(e) => set({ currency: e.target.value })}
        >
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <optgroup label={t('clients.otherCurrencies')}>
            {allCurrencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </optgroup>
        </SelectField>
      </div>
      <LanguageSelect
        label={t('clients.language')}
        hint={t('clients.languageHint')}
        value={form.language}
        onChange={(language) => setForm((f) => withLanguage(f, language))}
      />
      <AddressField
        locale={form.language}
        listeners="one"
        value={form.address}
        onChange={(address) => address !== null && set({ address })}
      />
      <AddressField
        locale={form.language}
        listeners="group"
        value={form.groupAddress}
        oneForm={form.address}
        onChange={(groupAddress) => set({ groupAddress })}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('clients.team')}</legend>
        <p className="field__hint">{t('clients.teamHint')}</p>
        <PeopleEditor
          people={form.team}
          onChange={(team) => set({ team })}
          language={form.language}
          label={t('clients.team')}
        />
      </fieldset>
      <TextAreaField
        label={t('clients.notes')}
        value={form.notes}
        rows={3}
        onChange={(e) => set({ notes: e.target.value })}
      />
      {serverError && (
        <p className="field__error" role="alert">
          {serverError}
        </p>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary">
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
