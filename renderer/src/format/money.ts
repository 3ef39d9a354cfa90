import { formatMoney } from '../../../shared/money/money';
import type { MoneyTotal } from '../../../shared/report/history.query';

/** "€37.50" or, across clients billing in different currencies, "€37.50 + £12.00"; null when nothing. */
export function formatTotals(totals: readonly MoneyTotal[], locale: string): string | null {
  const nonZero = totals.filter((t) => t.amountMinor > 0);
  if (nonZero.length === 0) return null;
  return nonZero.map((t) => formatMoney(t, locale)).join(' + ');
}
