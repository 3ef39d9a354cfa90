import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/people/participant.schema';
import type { Client } from '../../../../shared/settings/client.schema';
import { sendOrToast, toast } from '../../store/actions';
import { useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { DurationInput } from '../../ui/DurationInput';
import { PeopleEditor } from '../people/PeopleEditor';
import type { Draft } from './setup.draft';

/** Adds the client's team members that are not in the list yet, or takes one out. */
function TeamPicker({
  client,
  people,
  onChange,
}: {
  client: Client;
  people: Participant[];
  onChange: (people: Participant[]) => void;
}) {
  const { t } = useTranslation();
  const ids = new Set(people.map((p) => p.id));
  const missing = client.team.filter((m) => !ids.has(m.id));
  return (
    <div className="team-pick">
      <span className="field__label">{t('setup.people.fromTeam', { client: client.name })}</span>
      <div
        className="team-pick__chips"
        role="group"
        aria-label={t('setup.people.fromTeam', { client: client.name })}
      >
        {client.team.map((m) => (
          <button
            key={m.id}
            type="button"
            className="chip"
            aria-pressed={ids.has(m.id)}
            onClick={() => onChange(ids.has(m.id) ? people.filter((p) => p.id !== m.id) : [...people, m])}
          >
            {m.name}
          </button>
        ))}
        {missing.length > 1 && (
          <Button size="sm" variant="ghost" onClick={() => onChange([...people, ...missing])}>
            {t('setup.people.everyone')}
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * Who is in a group meeting: picked from the client's team or typed, in the order their digit keys take, with the
 * turn limit. People typed here can be kept in the client's team for next time.
 */
export function PeopleSection({
  draft,
  set,
  client,
  errors,
}: {
  draft: Draft;
  set: (p: Partial<Draft>) => void;
  client: Client | null;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const uiLanguage = useSetting('uiLanguage');
  const people = draft.participants;
  const teamIds = new Set(client?.team.map((m) => m.id) ?? []);
  const fresh = people.filter((p) => !teamIds.has(p.id) && p.name.trim());
  const personErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('participants.'))
      .map(([k, v]) => [k.slice('participants.'.length), v]),
  );
  const keep = async () => {
    if (!client) return;
    const saved = await sendOrToast({
      type: 'clients.save',
      client: { ...client, team: [...client.team, ...fresh] },
    });
    if (saved) toast(t('setup.people.kept', { count: fresh.length, client: client.name }));
  };
  return (
    <section className="card section" aria-labelledby="people-setup-heading">
      <h2 id="people-setup-heading">{t('setup.people.title')}</h2>
      <p className="field__hint">{t('setup.people.hint')}</p>
      <div className="stack">
        {client && client.team.length > 0 && (
          <TeamPicker client={client} people={people} onChange={(participants) => set({ participants })} />
        )}
        <PeopleEditor
          people={people}
          onChange={(participants) => set({ participants })}
          language={client?.language ?? uiLanguage}
          errors={personErrors}
          label={t('setup.people.title')}
        />
        {client && fresh.length > 0 && (
          <div>
            <Button size="sm" onClick={() => void keep()}>
              {t('setup.people.keep', { count: fresh.length, client: client.name })}
            </Button>
          </div>
        )}
        <DurationInput
          label={t('setup.people.turnLimit')}
          hint={t('setup.people.turnLimitHint')}
          value={draft.turnLimitSec}
          optional
          error={errors.turnLimitSec}
          onChange={(turnLimitSec) => set({ turnLimitSec })}
        />
      </div>
    </section>
  );
}
