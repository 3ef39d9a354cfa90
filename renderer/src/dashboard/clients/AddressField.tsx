import { useTranslation } from 'react-i18next';
import { addressForms, resolveAddress, type AddressForm } from '../../../../shared/phrases/address.forms';
import type { Listeners, Locale } from '../../../../shared/phrases/phrase.types';
import { SelectField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';

/** "Formal (Sie)"; a Vietnamese pair shows as itself, "anh – em". */
export function useAddressLabel(): (f: AddressForm) => string {
  const { t } = useTranslation();
  return (f) => (f.words ? f.shown : `${t(`clients.register.${f.register}`)} (${f.shown})`);
}

const SAME = '';

/**
 * How lines speak to one person or to a group, in the forms the language has. For a group, `oneForm` offers a
 * "like with them" choice (null): the group form as polite as the one-person form.
 */
export function AddressField({
  locale,
  listeners,
  value,
  oneForm,
  onChange,
  label: shownLabel,
}: {
  locale: Locale;
  listeners: Listeners;
  value: string | null;
  oneForm?: string;
  onChange: (form: string | null) => void;
  /** The field's label, when not the client form's own. */
  label?: string;
}) {
  const { t } = useTranslation();
  const label = useAddressLabel();
  const forms = addressForms(locale, listeners);
  const title = shownLabel ?? (listeners === 'one' ? t('clients.address') : t('clients.groupAddress'));
  if (forms.length < 2)
    return (
      <div className="field">
        <span className="field__label">{title}</span>
        <span className="field__hint">{t('clients.oneRegister')}</span>
      </div>
    );
  const inherit =
    oneForm === undefined
      ? []
      : [
          {
            value: SAME,
            label: t('clients.groupLikeOne', { form: label(resolveAddress(locale, 'group', oneForm)) }),
          },
        ];
  const pick = (v: string) => onChange(v === SAME ? null : v);
  // One person, outside Vietnamese: two forms, side by side. A team's form (with "as with them") and the
  // Vietnamese pairs are a list.
  if (locale !== 'vi' && listeners === 'one')
    return (
      <div className="field">
        <span className="field__label">{title}</span>
        <Segmented
          label={title}
          value={value ?? SAME}
          onChange={pick}
          options={[...inherit, ...forms.map((f) => ({ value: f.id, label: label(f) }))]}
        />
      </div>
    );

  if (locale !== 'vi')
    return (
      <SelectField label={title} value={value ?? SAME} onChange={(e) => pick(e.target.value)}>
        {[...inherit, ...forms.map((f) => ({ value: f.id, label: label(f) }))].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
    );

  // Vietnamese: many pairs, grouped by whether they speak up to the listener (with "ạ") or across.
  return (
    <SelectField
      label={title}
      hint={listeners === 'one' ? t('clients.addressHintVi') : undefined}
      value={value ?? SAME}
      onChange={(e) => pick(e.target.value)}
    >
      {inherit.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {(['formal', 'informal'] as const).map((register) => (
        <optgroup key={register} label={t(`clients.viRegister.${register}`)}>
          {forms
            .filter((f) => f.register === register)
            .map((f) => (
              <option key={f.id} value={f.id} lang="vi">
                {f.shown}
              </option>
            ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
