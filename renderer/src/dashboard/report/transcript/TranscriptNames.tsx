import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerTarget } from '../../../../../shared/transcript/transcript.schema';
import type { TranscriptAirtime } from '../../../../../shared/transcript/transcript.airtime';
import { sendOrToast } from '../../../store/actions';

const valueOf = (t: SpeakerTarget | null): string =>
  t === null ? '' : t.kind === 'participant' ? `p:${t.id}` : t.kind;

function targetOf(value: string): SpeakerTarget | null {
  if (value === 'you' || value === 'other') return { kind: value };
  return value.startsWith('p:') ? { kind: 'participant', id: value.slice(2) } : null;
}

/**
 * Who each of the transcript's names is. A clear match is made already and says how; a name that matches no one,
 * or several people, waits for an answer, and its time stays under its own name until then.
 */
export function TranscriptNames({
  meetingId,
  airtime,
  onChange,
}: {
  meetingId: string;
  airtime: TranscriptAirtime;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  // A name can be anything; an element id cannot: each row's control is numbered instead.
  const base = useId();
  const participants = airtime.rows.flatMap((r) => (r.person.kind === 'participant' ? [r.person] : []));
  const nameOf = (key: string) =>
    key === 'you' ? t('transcript.you') : (participants.find((p) => p.id === key)?.name ?? key);
  const answer = async (name: string, value: string) => {
    const target = value === 'auto' ? null : targetOf(value);
    if (value !== 'auto' && target === null) return;
    const r = await sendOrToast({ type: 'transcript.change', meetingId, names: { [name]: target } });
    if (r) onChange();
  };
  return (
    <ul className="names">
      {airtime.names.map((m, i) => (
        <li key={m.name} className={m.target === null ? 'names__row is-unmatched' : 'names__row'}>
          <label className="names__name" htmlFor={`${base}-${i}`}>
            {t('transcript.whoIs', { name: m.name })}
          </label>
          <select
            id={`${base}-${i}`}
            className="select"
            value={valueOf(m.target)}
            onChange={(e) => void answer(m.name, e.target.value)}
          >
            {m.target === null && (
              <option value="" disabled>
                {t('transcript.pick')}
              </option>
            )}
            {participants.map((p) => (
              <option key={p.id} value={`p:${p.id}`}>
                {p.name}
              </option>
            ))}
            <option value="you">{t('transcript.you')}</option>
            <option value="other">{t('transcript.someoneElse')}</option>
            {m.how === 'user' && <option value="auto">{t('transcript.auto')}</option>}
          </select>
          <span className="field__hint">
            {m.how
              ? t(`transcript.how.${m.how}`)
              : m.candidates.length > 0
                ? t('transcript.couldBe', {
                    names: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
                      m.candidates.map(nameOf),
                    ),
                  })
                : t('transcript.noMatch')}
          </span>
        </li>
      ))}
    </ul>
  );
}
