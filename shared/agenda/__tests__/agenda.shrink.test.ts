import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shrinkAgenda } from '../agenda.shrink';
import { proportionalShares } from '../proportional';

const items = (...mins: number[]) =>
  mins.map((m, i) => ({ id: `i${i}`, title: `Item ${i}`, budgetSec: m * 60, priority: 'normal' as const }));

describe('the 30-minute version', () => {
  it('shrinks a 90-minute agenda to 30 minutes proportionally, in whole minutes', () => {
    const r = shrinkAgenda(items(30, 45, 15), 1800);
    expect(r.items.map((i) => i.budgetSec / 60)).toEqual([10, 15, 5]);
    expect(r).toMatchObject({ totalSec: 1800, overTarget: false });
  });

  it('keeps a minimum per item and takes the rest from the longer ones', () => {
    const r = shrinkAgenda(items(50, 5, 5), 1200, 300);
    expect(r.items.map((i) => i.budgetSec / 60)).toEqual([10, 5, 5]);
  });

  it('says so when even the minimums are longer than the target', () => {
    const r = shrinkAgenda(items(10, 10, 10, 10), 300, 120);
    expect(r.items.map((i) => i.budgetSec)).toEqual([120, 120, 120, 120]);
    expect(r.overTarget).toBe(true);
  });

  it('leaves an agenda that already fits alone', () => {
    expect(shrinkAgenda(items(10, 10), 1800).items.map((i) => i.budgetSec)).toEqual([600, 600]);
  });

  it('property: shares add up to the target (or the floors), stay within floor..demand, keep the order of size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ demand: fc.nat(500), floor: fc.nat(100) }), { minLength: 1, maxLength: 8 }),
        fc.nat(2000),
        (raw, target) => {
          const parts = raw.map((p) => ({ demand: p.demand, floor: Math.min(p.floor, p.demand) }));
          const shares = proportionalShares(parts, target);
          const floors = parts.reduce((a, p) => a + p.floor, 0);
          const demand = parts.reduce((a, p) => a + p.demand, 0);
          const total = shares.reduce((a, b) => a + b, 0);
          expect(total).toBe(floors >= target ? floors : Math.min(target, demand));
          shares.forEach((s, i) => {
            expect(s).toBeGreaterThanOrEqual(parts[i]!.floor);
            expect(s).toBeLessThanOrEqual(Math.max(parts[i]!.demand, parts[i]!.floor));
          });
        },
      ),
    );
  });
});
