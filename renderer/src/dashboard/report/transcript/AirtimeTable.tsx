import { useTranslation } from 'react-i18next';
import type { AirtimeFigures, TranscriptAirtime } from '../../../../../shared/transcript/transcript.airtime';
import { humanDuration } from '../../../format/time';
import { personLabel } from './person.label';

/** A share as a number and a bar, so a table of them reads at a glance. */
function Share({ share }: { share: number }) {
  const { i18n } = useTranslation();
  return (
    <span className="share">
      <span className="share__bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="tabular">
        {new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share)}
      </span>
    </span>
  );
}

function Figures({ f, longest }: { f: AirtimeFigures | null; longest?: boolean }) {
  const { i18n } = useTranslation();
  const d = (ms: number) => humanDuration(ms, i18n.language);
  if (f === null)
    return (
      <td className="muted" colSpan={longest ? 4 : 3}>
        —
      </td>
    );
  return (
    <>
      <td className="tabular">{d(f.talkMs)}</td>
      <td>
        <Share share={f.share} />
      </td>
      <td className="tabular">{f.turns}</td>
      {longest && <td className="tabular">{f.turns > 0 ? d(f.longestTurnMs) : '—'}</td>}
    </>
  );
}

/** Each person's speaking time as timed in the meeting (when the floor was tracked) beside the transcript's. */
export function AirtimeTable({ airtime }: { airtime: TranscriptAirtime }) {
  const { t } = useTranslation();
  const timed = airtime.tapped;
  return (
    <div className="table-scroll">
      <table className="table airtime">
        <caption className="visually-hidden">{t('transcript.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('transcript.person')}
            </th>
            {timed && (
              <th scope="colgroup" colSpan={3} className="airtime__group">
                {t('transcript.timed')}
              </th>
            )}
            <th scope="colgroup" colSpan={4} className="airtime__group">
              {t('transcript.fromTranscript')}
            </th>
          </tr>
          <tr>
            {timed && (
              <>
                <th scope="col">{t('transcript.time')}</th>
                <th scope="col">{t('transcript.share')}</th>
                <th scope="col">{t('transcript.turns')}</th>
              </>
            )}
            <th scope="col">{t('transcript.time')}</th>
            <th scope="col">{t('transcript.share')}</th>
            <th scope="col">{t('transcript.turns')}</th>
            <th scope="col">{t('transcript.longest')}</th>
          </tr>
        </thead>
        <tbody>
          {airtime.rows.map((r) => (
            <tr key={r.key} className={r.unmatched ? 'is-unmatched' : undefined}>
              <th scope="row">
                {personLabel(r.person, r.names, t)}
                {r.unmatched && <span className="badge badge--amber">{t('transcript.needsAnswer')}</span>}
                {r.person.kind === 'speaker' && !r.unmatched && (
                  <span className="badge">{t('transcript.notOnList')}</span>
                )}
              </th>
              {timed && <Figures f={r.tapped} />}
              <Figures f={r} longest />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
