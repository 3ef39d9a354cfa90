import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_REGISTERS } from '../../../../shared/phrases/phrase.types';
import {
  viAddressValues,
  viSelfValues,
  type ViAddress,
  type ViSelf,
} from '../../../../shared/phrases/vietnamese';
import type { Client } from '../../../../shared/settings/client.schema';
import { newId } from '../../lib/ids';
import { describeError, errorMessage } from '../../i18n/error.text';
import { send, toast } from '../../store/actions';
import { RequestError } from '../../transport/transport';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { Segmented } from '../../ui/Segmented';
import { defaultSelfFor, fromForm, toForm, type ClientFormState, type FormErrors } from './client.form';

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

function blank(): ClientFormState {
  return {
    id: newId('c'),
    name: '',
    rate: '',
    currency: 'EUR',
    language: 'en',
    address: 'formal',
    viYou: 'quý khách',
    viMe: 'tôi',
    notes: '',
  };
}

interface DialogProps {
  open: boolean;
  onClose: () => void;
  client?: Client | null;
  onSaved?: (c: Client) => void;
}

/** Add or edit a client: name, rate and currency, the language and register lines are said in, notes. */
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
  const [form, setForm] = useState<ClientFormState>(() => (client ? toForm(client) : blank()));
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const set = (p: Partial<ClientFormState>) => setForm((f) => ({ ...f, ...p }));
  const hasRegisters = LOCALE_REGISTERS[form.language].length > 1;
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
      <div className="row">
        <LanguageSelect
          label={t('clients.language')}
          hint={t('clients.languageHint')}
          value={form.language}
          onChange={(language) => set({ language })}
        />
        <div className="field">
          <span className="field__label">{t('clients.address')}</span>
          {hasRegisters ? (
            <Segmented
              label={t('clients.address')}
              value={form.address}
              onChange={(address) => set({ address })}
              options={[
                { value: 'formal', label: t(`clients.formal.${form.language}`) },
                { value: 'informal', label: t(`clients.informal.${form.language}`) },
              ]}
            />
          ) : (
            <span className="field__hint">{t('clients.oneRegister')}</span>
          )}
        </div>
      </div>
      {form.language === 'vi' && (
        <div className="row">
          <SelectField
            label={t('clients.viYou')}
            value={form.viYou}
            onChange={(e) =>
              set({ viYou: e.target.value as ViAddress, viMe: defaultSelfFor(e.target.value as ViAddress) })
            }
          >
            {viAddressValues.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('clients.viMe')}
            value={form.viMe}
            onChange={(e) => set({ viMe: e.target.value as ViSelf })}
          >
            {viSelfValues.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </SelectField>
        </div>
      )}
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
