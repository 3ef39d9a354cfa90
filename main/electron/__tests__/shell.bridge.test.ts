import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));

import { COMMAND_CHANNEL, SNAPSHOT_CHANNEL, WINDOW_CHANNELS } from '../../../shared/contract/bridge';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { openHost } from '../../../e2e/support/host.harness';
import { plan as fullPlan } from '../../../e2e/support/sim';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { bridgeHost } from '../host.bridge';
import { meetingItems, menuHostOf, trayTemplate } from '../meeting.menu';
import { registerFloorShortcuts } from '../floor.shortcuts';
import { registerShortcuts } from '../shortcuts';
import { BrowserWindow, clipboard, globalShortcut, ipcMain, resetFakes } from './support/fake.electron';

const base = new URL('app://tactful/index.html');
const ours = { senderFrame: { url: 'app://tactful/index.html#/overlay' } };
const stranger = { senderFrame: { url: 'https://evil.example/' } };
const plan = { id: 'm1', title: 'Call', items: [{ id: 'a', title: 'A', budgetSec: 60 }] };

describe('the IPC bridge', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let host: ReturnType<typeof openHost>['host'];
  let win: BrowserWindow;
  const actions = {
    setOverlayHeight: vi.fn(),
    setIgnoreMouse: vi.fn(),
    hideOverlay: vi.fn(),
    showDashboard: vi.fn(),
    openRoom: vi.fn(),
  };

  beforeEach(() => {
    resetFakes();
    tmp = tempDataDir();
    host = openHost(tmp.dir).host;
    win = new BrowserWindow({});
    Object.values(actions).forEach((a) => a.mockClear());
  });
  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  it('answers commands on one channel, only for our own renderer, through the host’s dispatcher', async () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    const command = ipcMain.handlers.get(COMMAND_CHANNEL)!;
    const create = { type: 'meeting.create', plan };
    expect(await command(stranger, create)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(host.meeting.state).toBeNull();
    expect(await command(ours, create)).toMatchObject({ ok: true, result: { meetingId: 'm1' } });
    expect(await command(ours, { type: 'meeting.command', command: { type: 'start' } })).toMatchObject({
      ok: true,
    });
    expect(host.meeting.state!.status).toBe('running');
    // Parsed like any message: the wrong shape is refused, saying where.
    expect(await command(ours, 'not an object')).toMatchObject({ ok: false, error: { code: 'badMessage' } });
    expect(await command(ours, { type: 'meeting.command', command: { type: 'fly' } })).toMatchObject({
      ok: false,
      error: { code: 'badMessage', path: 'cmd.command.type' },
    });
    cleanup();
  });

  it('pushes snapshots to every window', () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    const before = win.webContents.sent.filter(([c]) => c === SNAPSHOT_CHANNEL).length;
    host.meeting.create(fullPlan());
    const sent = win.webContents.sent.filter(([c]) => c === SNAPSHOT_CHANNEL);
    expect(sent).toHaveLength(before + 1);
    expect(sent.at(-1)?.[1]).toMatchObject({ view: { id: 'm1', status: 'planned' } });
    cleanup();
  });

  it('validates window requests and the clipboard, and only from our frames', async () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    const emit = (channel: string, event: object, ...args: unknown[]) =>
      [...(ipcMain.listeners.get(channel) ?? [])].forEach((fn) => fn(event as never, ...args));
    emit(WINDOW_CHANNELS.overlayHeight, ours, 300);
    emit(WINDOW_CHANNELS.overlayHeight, ours, 99_999);
    emit(WINDOW_CHANNELS.overlayHeight, ours, 'tall');
    emit(WINDOW_CHANNELS.overlayHeight, stranger, 116);
    expect(actions.setOverlayHeight.mock.calls).toEqual([[300]]);
    emit(WINDOW_CHANNELS.showDashboard, ours, '../../etc');
    emit(WINDOW_CHANNELS.showDashboard, ours, 'settings');
    expect(actions.showDashboard.mock.calls).toEqual([['settings']]);
    emit(WINDOW_CHANNELS.openRoom, stranger);
    emit(WINDOW_CHANNELS.openRoom, ours);
    expect(actions.openRoom).toHaveBeenCalledOnce();
    const copy = ipcMain.handlers.get(WINDOW_CHANNELS.copyText)!;
    expect(await copy(stranger, 'x')).toBe(false);
    expect(await copy(ours, 'Shall we get back to the project?')).toBe(true);
    expect(clipboard.writeText).toHaveBeenCalledWith('Shall we get back to the project?');
    cleanup();
  });

  it('removes every handler and listener, and leaves the host, on cleanup', () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    cleanup();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount()).toBe(0);
    // Unsubscribed: a change of the meeting reaches the window no more.
    const before = win.webContents.sent.length;
    host.meeting.create(fullPlan());
    expect(win.webContents.sent).toHaveLength(before);
  });
});

describe('global shortcuts', () => {
  beforeEach(resetFakes);

  it('registers the defaults, reports the taken ones, and unregisters exactly what it registered', () => {
    globalShortcut.taken.add(DEFAULT_SETTINGS.shortcuts.pause);
    const run = vi.fn();
    const r = registerShortcuts(DEFAULT_SETTINGS.shortcuts, {
      startNext: run,
      offTopic: run,
      pause: run,
      showLine: run,
      hideOverlay: run,
    });
    expect([...globalShortcut.registered.keys()].sort()).toEqual(
      [
        'CommandOrControl+Alt+Shift+N',
        'CommandOrControl+Alt+Shift+O',
        'CommandOrControl+Alt+Shift+L',
        'CommandOrControl+Alt+Shift+H',
      ].sort(),
    );
    expect(r.failed).toEqual(['pause: CommandOrControl+Alt+Shift+P']);
    globalShortcut.registered.get('CommandOrControl+Alt+Shift+N')!();
    expect(run).toHaveBeenCalledOnce();
    r.unregister();
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('registers the floor keys only when turned on, each giving the floor by its digit', () => {
    const give = vi.fn();
    expect(registerFloorShortcuts(false, give).failed).toEqual([]);
    expect(globalShortcut.registered.size).toBe(0);
    globalShortcut.taken.add('CommandOrControl+Alt+Shift+9');
    const r = registerFloorShortcuts(true, give);
    expect(globalShortcut.registered.size).toBe(9);
    expect(r.failed).toEqual(['floor 9: CommandOrControl+Alt+Shift+9']);
    globalShortcut.registered.get('CommandOrControl+Alt+Shift+3')!();
    globalShortcut.registered.get('CommandOrControl+Alt+Shift+0')!();
    expect(give.mock.calls).toEqual([[3], [0]]);
    r.unregister();
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('uses Ctrl/Cmd+Alt+Shift by default, which Zoom, Teams and Skype do not use', () => {
    for (const a of Object.values(DEFAULT_SETTINGS.shortcuts))
      expect(a).toMatch(/^CommandOrControl\+Alt\+Shift\+[A-Z]$/);
  });
});

describe('tray and menus', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let host: ReturnType<typeof openHost>['host'];
  beforeEach(() => {
    resetFakes();
    tmp = tempDataDir();
    host = openHost(tmp.dir).host;
  });
  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  const shellActions = {
    toggleOverlay: vi.fn(),
    overlayVisible: () => true,
    showDashboard: vi.fn(),
    quit: vi.fn(),
  };

  it('offers the meeting’s actions as the engine allows, and runs them through the dispatcher', () => {
    const menus = menuHostOf(host);
    expect(meetingItems(menus)).toEqual([{ label: 'No meeting open', enabled: false }]);
    host.meeting.create(fullPlan({ items: [{ budgetSec: 60 }, { budgetSec: 60 }] }));
    const items = trayTemplate(menus, shellActions);
    expect(items.slice(0, 5).map((i) => [i.label, i.enabled])).toEqual([
      ['Start', true],
      ['Off-topic', false],
      ['Pause', false],
      ['End meeting', false],
      ['Undo', false],
    ]);
    (items[0]!.click as () => void)();
    expect(host.meeting.state!.status).toBe('running');
    expect(trayTemplate(menus, shellActions)[0]).toMatchObject({ label: 'Next item', enabled: true });
    expect(trayTemplate(menus, shellActions).map((i) => i.label)).toContain('Hide overlay');
  });

  it('speaks the UI language', () => {
    host.settings.updateSettings({ uiLanguage: 'ru' });
    expect(trayTemplate(menuHostOf(host), shellActions).map((i) => i.label)).toContain('Выйти из Tactful');
  });
});
