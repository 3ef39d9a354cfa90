import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAddress } from '../../../shared/phrases/address.forms';
import type { Participant } from '../../../shared/people/participant.schema';
import { newId } from '../lib/ids';
import { useAllowed, useClients, useSetting, useView } from '../store/selectors';
import { Button } from '../ui/Button';
import { joinMeeting } from './people.actions';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Someone joined late: by name, as one of the client's team (their own form of address comes with them), someone who
 * left coming back, or a new person in the meeting's language.
 */
export function JoinForm() {
  const { t } = useTranslation();
  const listId = useId();
  const [name, setName] = useState('');
  const allowed = useAllowed();
  // Null rather than a fresh [] when there is nobody: a new array each time would re-render for ever.
  const meeting = useView((v) => ({
    clientId: v.clientId,
    group: v.audience === 'group',
    rows: v.people?.rows ?? null,
  }));
  const client = useClients()?.find((c) => c.id === meeting?.clientId) ?? null;
  const uiLanguage = useSetting('uiLanguage');
  if (!meeting?.group) return null;
  const rows = meeting.rows ?? [];
  const here = new Set(rows.filter((r) => r.present).map((r) => r.id));
  const away = rows.filter((r) => !r.present);
  const team = (client?.team ?? []).filter((m) => !here.has(m.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    const back = away.find((r) => same(r.name, typed));
    const member = team.find((m) => same(m.name, typed));
    const language = client?.language ?? uiLanguage;
    const person: Participant = member ?? {
      id: back?.id ?? newId('p'),
      name: back?.name ?? typed,
      org: back?.org ?? '',
      language,
      address: defaultAddress(language, 'one'),
    };
    void joinMeeting(person)?.then(() => setName(''));
  };
  return (
    <form className="join" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`${listId}-name`}>
        {t('people.joinLabel')}
      </label>
      <input
        id={`${listId}-name`}
        className="input input--sm"
        list={listId}
        value={name}
        placeholder={t('people.joinPlaceholder')}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id={listId}>
        {[...team.map((m) => m.name), ...away.map((r) => r.name)].map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Button size="sm" type="submit" icon="plus" disabled={!allowed?.joinParticipant || !name.trim()}>
        {t('people.join')}
      </Button>
    </form>
  );
}
