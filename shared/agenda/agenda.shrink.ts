import type { AgendaItem } from './agenda.schema';
import { proportionalShares } from './proportional';

export interface ShrinkResult {
  items: AgendaItem[];
  /** The agenda's new length; more than the target when even the minimums do not fit. */
  totalSec: number;
  /** True when the minimums alone are longer than the target. */
  overTarget: boolean;
}

/**
 * The "30-minute version": shrinks an agenda proportionally to a target length, keeping at least `minSec` per item
 * (or an item's own smaller budget). Budgets stay in whole minutes where the target allows, which is how people
 * read an agenda. An agenda already within the target is left as it is.
 */
export function shrinkAgenda(items: readonly AgendaItem[], targetSec: number, minSec = 120): ShrinkResult {
  const total = items.reduce((a, i) => a + i.budgetSec, 0);
  if (total <= targetSec) return { items: items.map((i) => ({ ...i })), totalSec: total, overTarget: false };
  const wholeMinutes =
    targetSec % 60 === 0 && items.every((i) => i.budgetSec % 60 === 0) && minSec % 60 === 0;
  const unit = wholeMinutes ? 60 : 1;
  const shares = proportionalShares(
    items.map((i) => ({ demand: i.budgetSec / unit, floor: Math.min(minSec, i.budgetSec) / unit })),
    targetSec / unit,
  );
  const next = items.map((i, k) => ({ ...i, budgetSec: shares[k]! * unit }));
  const totalSec = next.reduce((a, i) => a + i.budgetSec, 0);
  return { items: next, totalSec, overTarget: totalSec > targetSec };
}
