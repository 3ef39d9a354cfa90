import { useTranslation } from 'react-i18next';
import type { MeetingReport } from '../../../../../shared/report/report.model';
import type { AirtimePlace } from '../../../../../shared/transcript/transcript.align';
import type { TranscriptAirtime } from '../../../../../shared/transcript/transcript.airtime';
import { humanDuration } from '../../../format/time';
import { personLabel } from './person.label';

/** Where in the meeting each person spoke: per agenda item and off-topic episode, the transcript's and as timed. */
export function AirtimePlaces({ airtime, report }: { airtime: TranscriptAirtime; report: MeetingReport }) {
  const { t, i18n } = useTranslation();
  const d = (ms: number) => humanDuration(ms, i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const people = airtime.rows.filter((r) =>
    airtime.places.some((p) => (p.talk[r.key] ?? 0) > 0 || (p.tapped[r.key] ?? 0) > 0),
  );
  const label = (p: AirtimePlace): string => {
    switch (p.kind) {
      case 'item':
        return report.items.find((i) => i.id === p.itemId)?.title ?? '';
      case 'offTopic': {
        const ep = report.episodes[p.episode];
        return t('transcript.placeOffTopic', { n: p.episode + 1, at: ep ? time.format(ep.from) : '' });
      }
      case 'chat':
        return t('transcript.placeChat');
      case 'paused':
        return t('transcript.placePaused');
      case 'outside':
        return t('transcript.placeOutside');
    }
  };
  if (airtime.places.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table airtime-places">
        <caption className="visually-hidden">{t('transcript.placesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transcript.place')}</th>
            {people.map((r) => (
              <th scope="col" key={r.key}>
                {personLabel(r.person, r.names, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {airtime.places.map((p) => (
            <tr key={JSON.stringify(p.place)} className={p.place.kind === 'outside' ? 'muted' : undefined}>
              <th scope="row">{label(p.place)}</th>
              {people.map((r) => {
                const heard = p.talk[r.key] ?? 0;
                const timed = p.tapped[r.key];
                return (
                  <td key={r.key} className="tabular">
                    {heard > 0 ? d(heard) : '—'}
                    {airtime.tapped && r.tapped && (
                      <span className="airtime__timed">
                        {t('transcript.timedShort', { time: timed ? d(timed) : '—' })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
