import { useTranslation } from 'react-i18next';
import type { PersonHistory } from '../../../../shared/report/people.history';
import { humanDuration } from '../../format/time';

/**
 * Who spoke how much across the meetings shown, where the floor was given: "Marco took 41 % of the talk in 6
 * meetings", with their share in each of the most recent ones.
 */
export function HistoryPeople({ people }: { people: PersonHistory[] }) {
  const { t, i18n } = useTranslation();
  if (people.length === 0) return null;
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section className="card section" aria-labelledby="people-h" data-testid="history-people">
      <h2 id="people-h">{t('history.people.title')}</h2>
      <p className="field__hint">{t('history.people.hint')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('airtime.person')}</th>
            <th scope="col">{t('history.people.meetings')}</th>
            <th scope="col">{t('airtime.talk')}</th>
            <th scope="col">{t('airtime.share')}</th>
            <th scope="col">{t('history.people.recent')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.key}>
              <th scope="row">{p.name}</th>
              <td className="tabular">{p.meetings}</td>
              <td className="tabular">{humanDuration(p.talkMs, i18n.language)}</td>
              <td className="tabular">{pct.format(p.share)}</td>
              <td className="tabular muted">{p.recent.map((x) => pct.format(x)).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
