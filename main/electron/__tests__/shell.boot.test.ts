import Conf from 'conf';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));
// electron-store needs a real Electron; its sibling conf takes the same options.
vi.mock('../electron.store', () => ({
  createElectronStore: (o: ConstructorParameters<typeof Conf>[0]) => new Conf(o),
}));

import { tempDataDir } from '../../core/__tests__/support/temp.dir';
import { startShell } from '../shell';
import {
  app,
  BrowserWindow,
  globalShortcut,
  ipcMain,
  powerMonitor,
  resetFakes,
  Tray,
} from './support/fake.electron';

describe('the shell boots and cleans up', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    resetFakes();
    tmp = tempDataDir();
    app.userData = tmp.dir;
  });
  afterEach(() => tmp.cleanup());

  it('starts the host, the overlay, the dashboard, the tray and the shortcuts — and removes them all again', async () => {
    const stop = await startShell({ mainDir: '/opt/tactful/out/main', assetsDir: '/opt/tactful/assets' });
    expect(existsSync(join(tmp.dir, 'host.lock'))).toBe(true);
    expect(BrowserWindow.created.map((w) => w.url.split('#')[1])).toEqual(['/overlay', '/dashboard']);
    expect(Tray.created).toHaveLength(1);
    expect(globalShortcut.registered.size).toBe(5);
    expect(ipcMain.handlers.size).toBeGreaterThan(10);
    expect(powerMonitor.listenerCount('suspend')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);

    await stop();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount()).toBe(0);
    expect(globalShortcut.registered.size).toBe(0);
    expect(Tray.created[0]!.destroyed).toBe(true);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(existsSync(join(tmp.dir, 'host.lock'))).toBe(false);
  });
});
