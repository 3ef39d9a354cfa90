import type { TFunction } from 'i18next';
import { addDays, addMonths } from '../../../../shared/report/local.time';
import type { WeekDigest } from '../../../../shared/week/week.digest';
import { formatTotals } from '../../format/money';
import { humanDuration } from '../../format/time';
import { changeText, rangeText, suggestionText } from './digest.words';

/** A title or note in a Markdown table cell: pipes and line breaks would break the table. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The digest as Markdown, in the UI's language: to keep, or to paste into a report of one's own. */
export function digestMarkdown(
  d: WeekDigest,
  o: { t: TFunction; locale: string; clientName: string; today: string },
): string {
  const { t, locale } = o;
  const dur = (ms: number) => humanDuration(ms, locale);
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const offCost = formatTotals(d.offTopicCost, locale);
  const value = formatTotals(d.adhoc.value, locale);
  const lines = [`# ${o.clientName} — ${rangeText(d, locale)}`, ''];
  const suggestion = suggestionText(d, t, locale, o.today);
  if (suggestion) lines.push(`> ${suggestion}`, '');
  lines.push(
    `- **${t('week.held')}:** ${d.meetings.length}`,
    `- **${t('week.totalTime')}:** ${dur(d.totalMs)}`,
    `- **${t('week.planned')}:** ${
      d.scheduled.count > 0
        ? t('week.plannedValue', { actual: dur(d.scheduled.actualMs), planned: dur(d.scheduled.plannedMs) })
        : t('week.noPlanned')
    }`,
    `- **${t('week.offTopic')}:** ${dur(d.offTopicMs)}${offCost ? ` (${offCost})` : ''}`,
    `- **${t('week.adhoc')}:** ${d.adhoc.count} · ${dur(d.adhoc.totalMs)}`,
    `- **${t('week.availability')}:** ${value ?? t('week.noRate')}`,
  );
  const change = changeText(d, t, locale);
  if (change.length) lines.push(`- **${t('week.trend')}:** ${change.join(' · ')}`);
  if (d.meetings.length > 0) {
    lines.push('', `## ${t('week.meetings')}`, '');
    lines.push(
      `| ${t('week.date')} | ${t('week.meeting')} | ${t('week.kind')} | ${t('week.actual')} | ${t('week.offTopic')} |`,
      '| --- | --- | --- | ---: | ---: |',
    );
    for (const m of d.meetings)
      lines.push(
        `| ${date.format(m.startedAt)} | ${cell(m.title)} | ${m.kind === 'adhoc' ? t('week.unscheduled') : t('week.scheduled')} | ${dur(m.actualMs)} | ${dur(m.offTopicMs)} |`,
      );
  }
  lines.push('', `## ${t('week.followUps')}`, '');
  if (d.openFollowUps.length === 0) lines.push(t('week.noFollowUps'));
  for (const f of d.openFollowUps) lines.push(`- [ ] ${cell(f.text)} (${cell(f.meetingTitle)})`);
  lines.push('', `## ${t('week.trend')}`, '');
  lines.push(
    `| ${t('week.period')} | ${t('week.held')} | ${t('week.totalTime')} | ${t('week.adhoc')} |`,
    '| --- | ---: | ---: | ---: |',
  );
  for (const p of d.trend)
    lines.push(
      `| ${rangeText({ period: d.period, start: p.start, end: d.period === 'week' ? addDays(p.start, 7) : addMonths(p.start, 1) }, locale)} | ${p.meetings} | ${dur(p.totalMs)} | ${p.adhocCount} |`,
    );
  return `${lines.join('\n')}\n`;
}
