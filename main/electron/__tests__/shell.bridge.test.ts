import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));

import { commandChannel, SNAPSHOT_CHANNEL, WINDOW_CHANNELS } from '../../../shared/contract/bridge';
import { hostCommandTypes } from '../../../shared/contract/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { bridgeHost } from '../host.bridge';
import { meetingItems, trayTemplate } from '../meeting.menu';
import { registerShortcuts } from '../shortcuts';
import { BrowserWindow, clipboard, globalShortcut, ipcMain, resetFakes } from './support/fake.electron';

const base = new URL('file:///opt/tactful/out/renderer/index.html');
const ours = { senderFrame: { url: 'file:///opt/tactful/out/renderer/index.html#/overlay' } };
const stranger = { senderFrame: { url: 'https://evil.example/' } };
const plan = { id: 'm1', title: 'Call', items: [{ id: 'a', title: 'A', budgetSec: 60 }] };

describe('the IPC bridge', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let host: ReturnType<typeof openHost>['host'];
  let win: BrowserWindow;
  const actions = {
    setOverlayLayout: vi.fn(),
    setIgnoreMouse: vi.fn(),
    hideOverlay: vi.fn(),
    showDashboard: vi.fn(),
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

  it('answers one channel per command, only for our own renderer', async () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    expect([...ipcMain.handlers.keys()].filter((k) => k.startsWith('tactful:cmd:')).sort()).toEqual(
      hostCommandTypes.map(commandChannel).sort(),
    );
    const create = ipcMain.handlers.get(commandChannel('meeting.create'))!;
    expect(await create(stranger, { plan })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(host.session).toBeNull();
    expect(await create(ours, { plan })).toMatchObject({ ok: true, result: { meetingId: 'm1' } });
    // The type comes from the channel: a payload cannot smuggle another command in.
    const start = ipcMain.handlers.get(commandChannel('meeting.command'))!;
    expect(await start(ours, { type: 'meeting.close', command: { type: 'start' } })).toMatchObject({
      ok: true,
    });
    expect(host.session?.state.status).toBe('running');
    expect(await start(ours, 'not an object')).toMatchObject({ ok: false, error: { code: 'badMessage' } });
    cleanup();
  });

  it('pushes snapshots to every window', () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    host.createMeeting({
      ...plan,
      clientId: null,
      kind: 'scheduled',
      audience: 'one',
      capSec: null,
      chatAtEndSec: 0,
      hardTalk: null,
      rate: null,
      items: [{ ...plan.items[0]!, priority: 'normal' }],
    });
    expect(win.webContents.sent.filter(([c]) => c === SNAPSHOT_CHANNEL).length).toBeGreaterThanOrEqual(2);
    cleanup();
  });

  it('validates window requests and the clipboard, and only from our frames', async () => {
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    const emit = (channel: string, event: object, ...args: unknown[]) =>
      [...(ipcMain.listeners.get(channel) ?? [])].forEach((fn) => fn(event as never, ...args));
    emit(WINDOW_CHANNELS.overlayLayout, ours, 'expanded', 300);
    emit(WINDOW_CHANNELS.overlayLayout, ours, 'huge', 300);
    emit(WINDOW_CHANNELS.overlayLayout, stranger, 'compact', 116);
    expect(actions.setOverlayLayout.mock.calls).toEqual([[300]]);
    emit(WINDOW_CHANNELS.showDashboard, ours, '../../etc');
    emit(WINDOW_CHANNELS.showDashboard, ours, 'settings');
    expect(actions.showDashboard.mock.calls).toEqual([['settings']]);
    const copy = ipcMain.handlers.get(WINDOW_CHANNELS.copyText)!;
    expect(await copy(stranger, 'x')).toBe(false);
    expect(await copy(ours, 'Shall we get back to the project?')).toBe(true);
    expect(clipboard.writeText).toHaveBeenCalledWith('Shall we get back to the project?');
    cleanup();
  });

  it('removes every handler and listener, and leaves the host, on cleanup', () => {
    const listenersBefore = host.listenerCount;
    const cleanup = bridgeHost(host, base, () => [win as never], actions);
    expect(host.listenerCount).toBe(listenersBefore + 1);
    cleanup();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount()).toBe(0);
    expect(host.listenerCount).toBe(listenersBefore);
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

  it('offers the meeting’s actions as the engine allows, and runs them on the host', () => {
    expect(meetingItems(host)).toEqual([{ label: 'No meeting open', enabled: false }]);
    host.createMeeting({
      id: 'm1',
      title: 'Call',
      clientId: null,
      kind: 'scheduled',
      audience: 'one',
      capSec: null,
      chatAtEndSec: 0,
      hardTalk: null,
      rate: null,
      items: [
        { id: 'a', title: 'A', budgetSec: 60, priority: 'normal' },
        { id: 'b', title: 'B', budgetSec: 60, priority: 'normal' },
      ],
    });
    const items = trayTemplate(host, shellActions);
    expect(items.slice(0, 5).map((i) => [i.label, i.enabled])).toEqual([
      ['Start', true],
      ['Off-topic', false],
      ['Pause', false],
      ['End meeting', false],
      ['Undo', false],
    ]);
    (items[0]!.click as () => void)();
    expect(host.session?.state.status).toBe('running');
    expect(trayTemplate(host, shellActions)[0]).toMatchObject({ label: 'Next item', enabled: true });
    expect(trayTemplate(host, shellActions).map((i) => i.label)).toContain('Hide overlay');
  });

  it('speaks the UI language', () => {
    host.data.updateSettings({ uiLanguage: 'ru' });
    expect(trayTemplate(host, shellActions).map((i) => i.label)).toContain('Выйти из Tactful');
  });
});
