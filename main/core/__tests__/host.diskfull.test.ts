import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../../shared/agenda/agenda.schema';
import { ensureBuilt } from '../../../e2e/support/child.host';
import { diskFullNudge, diskFullRun } from '../../../e2e/support/disk.full';
import { mountSmallDisk, type SmallDisk } from '../../../e2e/support/tmpfs';
import { HostError } from '../host.error';
import { Journal, readJournal } from '../journal/journal';

const mounted = mountSmallDisk('the disk-full tests');
const disk = 'missing' in mounted ? null : mounted;

describe.skipIf(!disk)('a full disk (a real 200 KiB tmpfs filled to the last block)', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  // Each test starts with the space back, whatever the one before left.
  beforeEach(() => disk?.free());
  afterAll(() => disk?.unmount());

  it('cuts a failed append back and refuses until space returns, then appends with nothing lost', () => {
    const d = disk as SmallDisk;
    const path = join(d.dir, 'unit.jsonl');
    const journal = Journal.create(path);
    const at = 1_700_000_000_000;
    journal.append([
      {
        type: 'planned',
        at,
        plan: meetingPlanSchema.parse({
          id: 'u',
          title: 'U',
          items: [{ id: 'a', title: 'A', budgetSec: 60 }],
        }),
      },
    ]);
    d.fill();
    let refused: unknown = null;
    let kept = 1;
    // The journal's last page still takes a line or two; then a line only partly fits: the write that used to stay.
    for (let i = 0; i < 200 && !refused; i++) {
      try {
        journal.append([{ type: 'notesEdited', at: at + i, text: `note ${i} ${'x'.repeat(300)}` }]);
        kept++;
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toBeInstanceOf(HostError);
    expect((refused as HostError).error).toMatchObject({ code: 'unavailable', key: 'diskFull' });
    // Nothing of the refused line is left in the file: it holds exactly the acknowledged events.
    const read = readJournal(path);
    expect(read.damage).toBeNull();
    expect(read.events).toHaveLength(kept);
    expect(statSync(path).size).toBe(read.goodBytes);
    d.free();
    journal.append([{ type: 'notesEdited', at: at + 999, text: 'after' }]);
    journal.close();
    const after = readJournal(path);
    expect(after.damage).toBeNull();
    expect(after.events).toHaveLength(kept + 1);
    expect(after.events.at(-1)).toMatchObject({ text: 'after' });
  });

  it('loses no acknowledged event when commands go on while the disk is full (audit: 4 more after space freed)', async () => {
    const r = await diskFullRun(disk as SmallDisk, { before: 20, during: 200, after: 4 });
    expect(r.refusedDiskFull).toBeGreaterThan(100);
    expect(r.refusedOtherwise).toBe(0);
    expect(r.acknowledged).toBeGreaterThanOrEqual(24);
    expect(r.lost).toBe(0);
    expect(r.presentAfterRestart).toBe(r.acknowledged);
    expect(r.damagedJournals).toBe(0);
  }, 90_000);

  it('keeps the last acknowledged event too (audit: 1 more after space freed)', async () => {
    const r = await diskFullRun(disk as SmallDisk, { before: 10, during: 50, after: 1 });
    expect(r.lost).toBe(0);
    expect(r.presentAfterRestart).toBe(r.acknowledged);
    expect(r.damagedJournals).toBe(0);
  }, 60_000);

  it('survives a nudge that comes due on a full disk, and records it once space returns (M1)', async () => {
    const r = await diskFullNudge(disk as SmallDisk);
    expect(r.crashed).toBe(false);
    expect(r.nudgeRecorded).toBe(true);
  }, 60_000);
});
