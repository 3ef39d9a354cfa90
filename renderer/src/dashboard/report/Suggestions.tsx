import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/money';
import type { Suggestion } from '../../../../shared/report/suggestions';
import { exactDuration, humanDuration } from '../../format/time';

/** Advice from this client's history (every number comes from past meetings). */
export function Suggestions({ items }: { items: Suggestion[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  const d = (ms: number) => humanDuration(ms, i18n.language);
  // Beside a cost, every second: the time and the money multiply out for whoever checks by hand.
  const exact = (ms: number) => exactDuration(ms, i18n.language);
  const text = (s: Suggestion) => {
    switch (s.kind) {
      case 'itemBudget':
        return t('suggestions.itemBudget', {
          item: s.item,
          overran: s.overran,
          of: s.of,
          over: d(s.medianOverMs),
          budget: d(s.suggestedSec * 1000),
        });
      case 'meetingOverrun':
        return t('suggestions.meetingOverrun', { overran: s.overran, of: s.of, over: d(s.medianOverMs) });
      case 'offTopicAverage':
        return s.cost
          ? t('suggestions.offTopicCost', {
              average: exact(s.averageMs),
              cost: formatMoney(s.cost, i18n.language),
              count: s.meetings,
            })
          : t('suggestions.offTopic', { average: d(s.averageMs), count: s.meetings });
      case 'adhocCalls':
        return s.cost
          ? t('suggestions.adhocCost', {
              count: s.count,
              total: exact(s.totalMs),
              cost: formatMoney(s.cost, i18n.language),
              days: s.days,
            })
          : t('suggestions.adhoc', { count: s.count, total: d(s.totalMs), days: s.days });
    }
  };
  return (
    <ul className="suggestions">
      {items.map((s, i) => (
        <li key={i}>{text(s)}</li>
      ))}
    </ul>
  );
}
