import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addressForms, defaultAddress } from '../../../../shared/phrases/address.forms';
import type { Locale } from '../../../../shared/phrases/phrase.types';
import type { Participant } from '../../../../shared/people/participant.schema';
import { newId } from '../../lib/ids';
import { Button } from '../../ui/Button';
import { useAddressLabel } from '../clients/AddressField';
import { moveItem } from '../meeting/AgendaEditor';

/** How lines speak to this person: the forms their language has for one person (Vietnamese pairs grouped). */
function FormSelect({ person, onChange }: { person: Participant; onChange: (address: string) => void }) {
  const { t } = useTranslation();
  const label = useAddressLabel();
  const forms = addressForms(person.language, 'one');
  if (forms.length < 2) return null;
  const options = (list: typeof forms) =>
    list.map((f) => (
      <option key={f.id} value={f.id} lang={person.language}>
        {label(f)}
      </option>
    ));
  return (
    <>
      <label className="visually-hidden" htmlFor={`form-${person.id}`}>
        {t('people.editor.form', { name: person.name || '…' })}
      </label>
      <select
        id={`form-${person.id}`}
        className="select select--sm"
        value={person.address}
        onChange={(e) => onChange(e.target.value)}
      >
        {person.language === 'vi'
          ? (['formal', 'informal'] as const).map((r) => (
              <optgroup key={r} label={t(`clients.viRegister.${r}`)}>
                {options(forms.filter((f) => f.register === r))}
              </optgroup>
            ))
          : options(forms)}
      </select>
    </>
  );
}

/**
 * A list of people as typed: name (as they are called), organisation, and how lines address them; reordered with
 * the arrows (the order is their digit keys in a meeting), removed, or added by name. New people speak `language`.
 */
export function PeopleEditor({
  people,
  onChange,
  language,
  errors = {},
  label,
}: {
  people: Participant[];
  onChange: (people: Participant[]) => void;
  language: Locale;
  /** What is wrong, in words, keyed by person id. */
  errors?: Record<string, string>;
  label: string;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const patch = (id: string, p: Partial<Participant>) =>
    onChange(people.map((x) => (x.id === id ? { ...x, ...p } : x)));
  const add = () => {
    if (!name.trim()) return;
    onChange([
      ...people,
      { id: newId('p'), name: name.trim(), org: '', language, address: defaultAddress(language, 'one') },
    ]);
    setName('');
  };
  return (
    <div className="people-editor">
      {people.length > 0 && (
        <ol className="people-editor__list" aria-label={label}>
          {people.map((p, i) => {
            const error = errors[p.id];
            return (
              <li key={p.id} className="people-editor__row" data-person={p.id}>
                <span className="person__key" aria-hidden>
                  {i + 1}
                </span>
                <label className="visually-hidden" htmlFor={`name-${p.id}`}>
                  {t('people.editor.name', { n: i + 1 })}
                </label>
                <input
                  id={`name-${p.id}`}
                  className="input input--sm people-editor__name"
                  value={p.name}
                  maxLength={100}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => patch(p.id, { name: e.target.value })}
                />
                <label className="visually-hidden" htmlFor={`org-${p.id}`}>
                  {t('people.editor.org', { name: p.name || i + 1 })}
                </label>
                <input
                  id={`org-${p.id}`}
                  className="input input--sm people-editor__org"
                  value={p.org}
                  maxLength={100}
                  placeholder={t('people.editor.orgPlaceholder')}
                  onChange={(e) => patch(p.id, { org: e.target.value })}
                />
                <FormSelect person={p} onChange={(address) => patch(p.id, { address })} />
                <span className="people-editor__tools">
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="up"
                    disabled={i === 0}
                    aria-label={t('people.editor.up', { name: p.name || i + 1 })}
                    onClick={() => onChange(moveItem(people, i, i - 1))}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="down"
                    disabled={i === people.length - 1}
                    aria-label={t('people.editor.down', { name: p.name || i + 1 })}
                    onClick={() => onChange(moveItem(people, i, i + 1))}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="trash"
                    aria-label={t('people.editor.remove', { name: p.name || i + 1 })}
                    onClick={() => onChange(people.filter((x) => x.id !== p.id))}
                  />
                </span>
                {error && (
                  <span className="field__error people-editor__error" role="alert">
                    {error}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {/* Not a form: the client's dialog around it is one, and forms do not nest. */}
      <div className="join">
        <label className="visually-hidden" htmlFor={`add-${label}`}>
          {t('people.editor.add')}
        </label>
        <input
          id={`add-${label}`}
          className="input input--sm"
          value={name}
          maxLength={100}
          placeholder={t('people.editor.addPlaceholder')}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <Button size="sm" icon="plus" disabled={!name.trim()} onClick={add}>
          {t('people.editor.add')}
        </Button>
      </div>
    </div>
  );
}
