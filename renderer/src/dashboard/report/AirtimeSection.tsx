import { useTranslation } from 'react-i18next';
import type { HostResults } from '../../../../shared/contract/contract';
import { normalizeText } from '../../../../shared/report/history.query';
import { humanDuration } from '../../format/time';

type ReportData = HostResults['history.report'];
type Airtime = NonNullable<ReportData['report']['airtime']>;
type Stretch = Airtime['stretches'][number];

function useFormat() {
  const { i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return { d: (ms: number) => humanDuration(ms, i18n.language), pct: (x: number) => pct.format(x) };
}

/** The one figure of balance: the top speaker's share beside an equal share of everyone in the meeting. */
function Balance({ airtime }: { airtime: Airtime }) {
  const { t, i18n } = useTranslation();
  const { pct } = useFormat();
  const b = airtime.balance;
  const ratio = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (!b) return null;
  const top = airtime.people.find((p) => p.participantId === b.topId)!;
  return (
    <p className="airtime__balance" data-testid="airtime-balance">
      {t('airtime.balance', { name: top.name, share: pct(b.topShare), equal: pct(b.equalShare) })}{' '}
      <span className="muted">
        {b.ratio >= 1.5 ? t('airtime.uneven', { ratio: ratio.format(b.ratio) }) : t('airtime.even')}
      </span>
    </p>
  );
}

/** Who spoke in one item or off-topic episode, most first. */
function StretchRow({ stretch, airtime, title }: { stretch: Stretch; airtime: Airtime; title: string }) {
  const { d } = useFormat();
  const name = (id: string) => airtime.people.find((p) => p.participantId === id)?.name ?? id;
  return (
    <tr>
      <th scope="row">{title}</th>
      <td className="tabular">{d(stretch.totalMs)}</td>
      <td>
        {stretch.talk
          .filter((x) => x.ms >= 1000)
          .map((x) => `${name(x.participantId)} ${d(x.ms)}`)
          .join(' · ')}
      </td>
    </tr>
  );
}

/**
 * Who spoke how long, as the floor was given: per person (talk, share, turns, longest turn, and across the client's
 * recent meetings), who never spoke, the balance, and per item and off-topic episode. A transcript's airtime, when
 * one is imported, is read beside it.
 */
export function AirtimeSection({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation();
  const { d, pct } = useFormat();
  const r = data.report;
  const a = r.airtime;
  if (!a) return null;
  const history = new Map(data.people.map((p) => [p.key, p]));
  const silent = a.people.filter((p) => p.silent).map((p) => p.name);
  const titleOf = (s: Stretch) => {
    const item = r.items.find((i) => i.id === s.itemId)?.title ?? '';
    if (s.kind === 'item') return item;
    if (s.kind === 'chat') return t('overlay.chatAtEnd');
    return t('airtime.offTopicDuring', { n: (s.episode ?? 0) + 1, item });
  };
  const recentCount = Math.max(0, ...data.people.map((p) => p.recent.length));
  return (
    <section className="card section" aria-labelledby="airtime-h" data-testid="airtime">
      <h2 id="airtime-h">{t('airtime.title')}</h2>
      <Balance airtime={a} />
      {silent.length > 0 && (
        <p className="airtime__silent" data-testid="airtime-silent">
          {t('airtime.silent', {
            names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(silent),
          })}
        </p>
      )}
      <table className="table airtime">
        <thead>
          <tr>
            <th scope="col">{t('airtime.person')}</th>
            <th scope="col">{t('airtime.talk')}</th>
            <th scope="col">{t('airtime.share')}</th>
            <th scope="col">{t('airtime.turns')}</th>
            <th scope="col">{t('airtime.longest')}</th>
            {recentCount > 1 && <th scope="col">{t('airtime.recent', { count: recentCount })}</th>}
          </tr>
        </thead>
        <tbody>
          {a.people.map((p) => {
            const h = history.get(normalizeText(p.name));
            return (
              <tr key={p.participantId} className={p.silent ? 'is-silent' : undefined}>
                <th scope="row">
                  {p.name}
                  {p.org && <span className="muted"> · {p.org}</span>}
                </th>
                <td className="tabular">{p.silent ? '—' : d(p.talkMs)}</td>
                <td className="tabular">
                  <span className="airtime__bar" aria-hidden>
                    <span style={{ transform: `scaleX(${p.share})` }} />
                  </span>
                  {pct(p.share)}
                </td>
                <td className="tabular">{p.turns}</td>
                <td className="tabular">{p.turns === 0 ? '—' : d(p.longestTurnMs)}</td>
                {recentCount > 1 && (
                  <td className="tabular">
                    {h && h.meetings > 1
                      ? t('airtime.recentShare', { share: pct(h.share), count: h.meetings })
                      : '—'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {a.unassignedMs >= 1000 && (
        <p className="field__hint">{t('airtime.unassigned', { time: d(a.unassignedMs) })}</p>
      )}
      {a.stretches.length > 0 && (
        <>
          <h3 className="airtime__h3">{t('airtime.byStretch')}</h3>
          <table className="table airtime__stretches">
            <tbody>
              {a.stretches.map((s) => (
                <StretchRow key={s.stretch} stretch={s} airtime={a} title={titleOf(s)} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
