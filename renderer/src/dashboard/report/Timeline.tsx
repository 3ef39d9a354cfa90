import { useTranslation } from 'react-i18next';
import type { MeetingReport } from '../../../../shared/report/report.model';
import { elapsed } from '../../format/time';

/** The whole meeting on one strip: agenda items, off-topic, the end chat, pauses, and where lines appeared. */
export function Timeline({ report }: { report: MeetingReport }) {
  const { t } = useTranslation();
  const start = report.startedAt;
  const end = report.endedAt ?? report.timeline.at(-1)?.to ?? null;
  if (start === null || end === null || end <= start)
    return <p className="muted">{t('report.noTimeline')}</p>;
  const span = end - start;
  const x = (at: number) => `${((at - start) / span) * 100}%`;
  const w = (from: number, to: number) => `${((to - from) / span) * 100}%`;
  const itemIndex = new Map(report.items.map((i, k) => [i.id, k]));
  const label = (kind: string, itemId: string | null) =>
    kind === 'item'
      ? (report.items.find((i) => i.id === itemId)?.title ?? '')
      : kind === 'offTopic'
        ? t('report.offTopic')
        : kind === 'chat'
          ? t('overlay.chatAtEnd')
          : t('report.paused');
  return (
    <figure className="timeline">
      <div
        className="timeline__strip"
        role="img"
        aria-label={t('report.timelineLabel', {
          episodes: report.episodes.length,
          nudges: report.nudges.length,
        })}
      >
        {report.timeline.map((s, k) => (
          <span
            key={k}
            className={`timeline__seg timeline__seg--${s.kind}${s.kind === 'item' ? ` timeline__seg--i${(itemIndex.get(s.itemId ?? '') ?? 0) % 4}` : ''}`}
            style={{ left: x(s.from), width: w(s.from, s.to) }}
            title={`${label(s.kind, s.itemId)} · ${elapsed(s.to - s.from)}`}
          />
        ))}
        {report.nudges.map((n) => (
          <span
            key={n.key}
            className={`timeline__nudge timeline__nudge--t${n.tier}`}
            style={{ left: x(n.firedAt) }}
            title={`${t(`situations.${n.situation}`)} · ${t(`tiers.t${n.tier}`)}`}
          />
        ))}
      </div>
      <div className="timeline__axis tabular" aria-hidden>
        <span>0:00</span>
        <span>{elapsed(span)}</span>
      </div>
      <figcaption className="legend">
        <span className="legend__key timeline__seg--i0" /> {t('report.agendaItems')}
        <span className="legend__key timeline__seg--offTopic" /> {t('report.offTopic')}
        <span className="legend__key timeline__seg--chat" /> {t('overlay.chatAtEnd')}
        <span className="legend__key timeline__seg--paused" /> {t('report.paused')}
        <span className="legend__mark" /> {t('report.linesShown')}
      </figcaption>
    </figure>
  );
}
