import { locales, type Locale } from '../../../shared/phrases/phrase.types';
import { LANGUAGE_NAMES } from '../i18n/language.names';
import { SelectField } from './Field';

/** One of the languages Tactful speaks, each written in its own name. */
export function LanguageSelect({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: Locale;
  onChange: (l: Locale) => void;
  hint?: string;
}) {
  return (
    <SelectField label={label} hint={hint} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
      {locales.map((l) => (
        <option key={l} value={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </SelectField>
  );
}
