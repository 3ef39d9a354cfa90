import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_SERVE, soak } from '../../../e2e/support/soak';

const ROOT = join(import.meta.dirname, '../../..');
/** The size that fits CI; `npm run bench` runs 1,000. */
const KILLS = 200;

describe('the soak: SIGKILL at random moments during scripted meetings', () => {
  beforeAll(() => {
    // It runs the built host, as users do (`npm test` builds first; a lone `vitest` may not have).
    if (!existsSync(BUILT_SERVE))
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
  }, 120_000);

  it(`loses no acknowledged event in ${KILLS} kills, and every resumed meeting is the replay of its journal`, async () => {
    const r = await soak(KILLS);
    expect(r.kills).toBe(KILLS);
    expect(r.eventsLost).toBe(0);
    expect(r.stateMismatches).toBe(0);
    // The script really ran meetings through: many commands acknowledged, several meetings ended and replaced.
    expect(r.eventsAcknowledged).toBeGreaterThan(KILLS * 5);
    expect(r.meetings).toBeGreaterThan(3);
  }, 400_000);
});
