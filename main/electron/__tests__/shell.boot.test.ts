import Conf from 'conf';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));
// electron-store needs a real Electron; its sibling conf takes the same options.
vi.mock('../electron.store', () => ({
  createElectronStore: (o: ConstructorParameters<typeof Conf>[0]) => new Conf(o),
}));

import { tempDataDir } from '../../../e2e/support/temp.dir';
import { startShell } from '../shell';
import { INFO_CHANNEL } from '../../../shared/contract/bridge';
import type { HostInfo } from '../../../shared/contract/contract';
import {
  app,
  BrowserWindow,
  globalShortcut,
  ipcMain,
  powerMonitor,
  FakeUtilityProcess,
  dialog,
  protocol,
  resetFakes,
  systemPreferences,
  Tray,
} from './support/fake.electron';

const PATHS = { mainDir: '/opt/tactful/out/main', assetsDir: '/opt/tactful/assets' };

// Every test boots the shell on fresh fakes and its own data directory.
let tmp: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  resetFakes();
  tmp = tempDataDir();
  app.userData = tmp.dir;
});
afterEach(() => tmp.cleanup());

describe('the shell boots and cleans up', () => {
  it('starts the host, the overlay, the dashboard, the tray and the shortcuts — and removes them all again', async () => {
    const stop = await startShell({ mainDir: '/opt/tactful/out/main', assetsDir: '/opt/tactful/assets' });
    expect(existsSync(join(tmp.dir, 'host.lock'))).toBe(true);
    expect(BrowserWindow.created.map((w) => w.url.split('#')[1])).toEqual(['/overlay', '/dashboard']);
    expect(Tray.created).toHaveLength(1);
    expect(globalShortcut.registered.size).toBe(5);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      ['tactful:clipboard:copy', 'tactful:command', 'tactful:print-to-pdf'].sort(),
    );
    expect(powerMonitor.listenerCount('suspend')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
    // The window detector runs in its own utility process, built next to the main script.
    expect(FakeUtilityProcess.forked.map((f) => f.script)).toEqual(['/opt/tactful/out/main/detector.js']);
    const detector = FakeUtilityProcess.forked[0]!.child;
    expect(detector.posted[0]).toMatchObject({ type: 'config', intervalMs: 1500 });

    // The renderer is served over app://, and every window loads it from there.
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect(BrowserWindow.created.every((w) => w.url.startsWith('app://tactful/index.html#/'))).toBe(true);

    await stop();
    expect(protocol.handlers.size).toBe(0);
    expect(detector.killed).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount()).toBe(0);
    expect(globalShortcut.registered.size).toBe(0);
    expect(Tray.created[0]!.destroyed).toBe(true);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(existsSync(join(tmp.dir, 'host.lock'))).toBe(false);
  });
});

describe('the shell when something goes wrong', () => {
  it('reports an error nothing caught as a problem and keeps the meeting, and removes its net on the way out', async () => {
    const events = new EventEmitter();
    const stop = await startShell({ ...PATHS, processEvents: events });
    expect(events.listenerCount('uncaughtException')).toBe(1);
    expect(events.listenerCount('unhandledRejection')).toBe(1);
    events.emit('uncaughtException', new Error('boom in a timer'));
    events.emit('unhandledRejection', new Error('a promise nobody awaited'));
    const info = await hostInfo();
    expect(info.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unexpected error was caught and Tactful kept running: boom in a timer/),
        expect.stringMatching(/unexpected rejection .*: a promise nobody awaited/),
      ]),
    );
    await stop();
    expect(events.listenerCount('uncaughtException')).toBe(0);
    expect(events.listenerCount('unhandledRejection')).toBe(0);
  });

  it('says in one sentence why it cannot start, never with a stack', async () => {
    const held = await startShell(PATHS);
    dialog.showErrorBox.mockClear();
    await startShell(PATHS);
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, text] = dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Tactful cannot start');
    expect(text).toMatch(
      /^Tactful cannot start: another Tactful \(pid \d+\) is already using .*; close it first\.$/,
    );
    expect(text).not.toMatch(/\n\s+at /);
    expect(app.quit).toHaveBeenCalled();
    await held();
  });
});

describe('the detector in the app', () => {
  it('passes the utility process’s messages to the host, and restarts it when it exits', async () => {
    const stop = await startShell({ mainDir: '/opt/tactful/out/main', assetsDir: '/opt/tactful/assets' });
    const first = FakeUtilityProcess.forked[0]!.child;
    first.emit('message', { type: 'status', status: 'running', reason: null });
    first.emit('message', {
      type: 'calls',
      calls: [{ appId: 'zoom', appName: 'Zoom', windowId: '1', title: 'Zoom Meeting' }],
    });
    const data = await hostInfo();
    expect(data.detector).toMatchObject({ status: 'running', calls: [{ appId: 'zoom', appName: 'Zoom' }] });
    first.emit('exit', 139);
    await new Promise((r) => setTimeout(r, 700));
    expect(FakeUtilityProcess.forked).toHaveLength(2);
    await stop();
  });

  it('waits for the macOS Accessibility permission instead of starting blind, and says what is missing', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    systemPreferences.isTrustedAccessibilityClient.mockReturnValue(false);
    try {
      const stop = await startShell({ mainDir: '/opt/tactful/out/main', assetsDir: '/opt/tactful/assets' });
      expect(FakeUtilityProcess.forked).toHaveLength(0);
      expect((await hostInfo()).detector).toMatchObject({
        status: 'unavailable',
        reason: 'macAccessibility',
      });
      expect(systemPreferences.isTrustedAccessibilityClient).toHaveBeenCalledWith(false);
      await stop();
    } finally {
      Object.defineProperty(process, 'platform', platform);
      systemPreferences.isTrustedAccessibilityClient.mockReturnValue(true);
    }
  });
});

/** The latest data the host pushed to the overlay window. */
async function hostInfo(): Promise<HostInfo> {
  await new Promise((r) => setTimeout(r, 10));
  const pushed = BrowserWindow.created[0]!.webContents.sent.filter(([channel]) => channel === INFO_CHANNEL);
  return pushed.at(-1)![1] as HostInfo;
}
