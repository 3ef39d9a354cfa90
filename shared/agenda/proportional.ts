/** One part of a plan being shrunk: what it asks for and what it may not go below (both in whole units). */
export interface Demand {
  demand: number;
  floor: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Shares of `target` in proportion to each demand, never below a floor and never above the demand, in whole units
 * that add up exactly to `target` — or to the floors, when even they do not fit. Rebalancing a running meeting and
 * shortening an agenda both use it.
 */
export function proportionalShares(parts: readonly Demand[], target: number): number[] {
  const floors = sum(parts.map((p) => p.floor));
  if (floors >= target) return parts.map((p) => p.floor);
  const fixed = new Set<number>();
  let factor = 1;
  for (;;) {
    const flexDemand = sum(parts.map((p, i) => (fixed.has(i) ? 0 : p.demand)));
    const flexTarget = target - sum(parts.map((p, i) => (fixed.has(i) ? p.floor : 0)));
    // Never more than a part asks for: shares only shrink.
    factor = flexDemand === 0 ? 0 : Math.min(1, flexTarget / flexDemand);
    const below = parts.flatMap((p, i) => (!fixed.has(i) && p.demand * factor < p.floor ? [i] : []));
    if (below.length === 0) break;
    for (const i of below) fixed.add(i);
  }
  const exact = parts.map((p, i) => (fixed.has(i) ? p.floor : p.demand * factor));
  const shares = exact.map(Math.floor);
  // Hand out the units lost to rounding by largest remainder, so the shares add up exactly.
  let left = target - sum(shares);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    if (shares[i]! < parts[i]!.demand) {
      shares[i]! += 1;
      left -= 1;
    }
  }
  return shares;
}
