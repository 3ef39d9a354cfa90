import { _electron as electron, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TactfulBridge } from '../shared/contract/bridge';
import { electronBinary } from './support/electron.binary';
import { expect, ROOT, test } from './support/host.fixture';

declare global {
  interface Window {
    tactful?: TactfulBridge;
  }
}

const binary = electronBinary();
if ('missing' in binary) console.log(`[e2e] skipping the Electron app specs: ${binary.missing}`);

test.describe('the Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('launches with the overlay and the dashboard, and runs a short meeting', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'tactful-electron-'));
    const app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: [join(ROOT, 'out/main/index.js')],
      env: { ...process.env, TACTFUL_USER_DATA: userData },
    });
    try {
      const windows = async () => {
        await expect.poll(() => app.windows().length).toBeGreaterThanOrEqual(2);
        return app.windows();
      };
      const all = await windows();
      const overlay = all.find((w) => w.url().endsWith('#/overlay')) as Page;
      expect(overlay).toBeDefined();
      // Seen from inside each page: no Node, no require, only the bridge the preload exposed.
      for (const page of all) {
        const reach = await page.evaluate(() => ({
          require: typeof (globalThis as { require?: unknown }).require,
          process: typeof (globalThis as { process?: unknown }).process,
          bridge: typeof window.tactful?.request,
        }));
        expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: 'function' });
      }
      await overlay.evaluate(async () => {
        const t = window.tactful!;
        await t.request({
          type: 'meeting.create',
          plan: {
            id: 'e2e',
            title: 'Electron',
            items: [
              { id: 'a', title: 'A', budgetSec: 60 },
              { id: 'b', title: 'B', budgetSec: 60 },
            ],
          },
        });
        await t.request({ type: 'meeting.command', command: { type: 'start' } });
        await t.request({ type: 'meeting.command', command: { type: 'next' } });
        await t.request({ type: 'meeting.command', command: { type: 'end' } });
      });
      const listed = await overlay.evaluate(() => window.tactful!.request({ type: 'history.query' }));
      expect(listed).toMatchObject({ ok: true, result: { meetings: [{ id: 'e2e', status: 'ended' }] } });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
