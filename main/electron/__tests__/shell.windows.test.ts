import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));

import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { createDashboardWindow } from '../dashboard.window';
import { createOverlayWindow } from '../overlay.window';
import { displayKey } from '../overlay.bounds';
import { hardenWindow } from '../window.security';
import { BrowserWindow, resetFakes, screen, shell } from './support/fake.electron';

const base = new URL('file:///opt/tactful/out/renderer/index.html');
const preload = '/opt/tactful/out/preload/index.cjs';

describe('windows the shell creates', () => {
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

  it('gives every window context isolation, the sandbox, no Node, and a CommonJS preload', () => {
    createOverlayWindow(preload, base, host.settings);
    createDashboardWindow(preload, base, host.settings);
    expect(BrowserWindow.created).toHaveLength(2);
    for (const w of BrowserWindow.created) {
      const prefs = w.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        webSecurity: true,
      });
      expect(prefs.preload).toMatch(/\.cjs$/);
      expect(w.options.show).toBe(false);
    }
  });

  it('floats the overlay over full-screen apps on every desktop and hides it from screen shares', () => {
    const { win } = createOverlayWindow(preload, base, host.settings);
    const w = win as unknown as BrowserWindow;
    expect(w.options).toMatchObject({
      frame: false,
      transparent: true,
      skipTaskbar: true,
      alwaysOnTop: true,
    });
    expect(w.calls).toContainEqual(['setAlwaysOnTop', true, 'screen-saver']);
    expect(w.calls).toContainEqual(['setVisibleOnAllWorkspaces', true, { visibleOnFullScreen: true }]);
    expect(w.calls).toContainEqual(['setContentProtection', true]);
    expect(w.url).toBe('file:///opt/tactful/out/renderer/index.html#/overlay');
    w.emit('ready-to-show');
    // Shown without stealing focus from the meeting app.
    expect(w.calls.at(-1)).toEqual(['showInactive']);
  });

  it('snaps the overlay to a screen edge when dropped near it, and remembers where it was per screen layout', () => {
    const first = createOverlayWindow(preload, base, host.settings);
    const w = first.win as unknown as BrowserWindow;
    w.setBounds({ x: 15, y: 400, width: 340, height: 116 });
    w.emit('moved');
    expect(w.getBounds()).toEqual({ x: 12, y: 400, width: 340, height: 116 });
    const key = displayKey(screen.getAllDisplays());
    expect(host.settings.windowState().overlay[key]).toEqual({ x: 12, y: 400, width: 340, height: 116 });
    first.dispose();
    const again = createOverlayWindow(preload, base, host.settings);
    expect((again.win as unknown as BrowserWindow).options).toMatchObject({ x: 12, y: 400 });
  });

  it('passes clicks through in click-through mode, except over its own controls', () => {
    host.settings.updateSettings({ overlay: { ...host.settings.settings().overlay, clickThrough: true } });
    const o = createOverlayWindow(preload, base, host.settings);
    const w = o.win as unknown as BrowserWindow;
    expect(w.calls).toContainEqual(['setIgnoreMouseEvents', true, { forward: true }]);
    o.setIgnoreMouse(false);
    expect(w.calls.at(-1)).toEqual(['setIgnoreMouseEvents', false, { forward: true }]);
    o.setClickThrough(false);
    const count = w.calls.length;
    o.setIgnoreMouse(true); // ignored once click-through is off
    expect(w.calls).toHaveLength(count);
  });
});

describe('window hardening', () => {
  beforeEach(resetFakes);

  it('blocks navigation away from the renderer and opens only allow-listed https links outside', () => {
    const w = new BrowserWindow({});
    const cleanup = hardenWindow(w as never, base);
    const nav = (url: string) => {
      const event = { preventDefault: vi.fn() };
      w.webContents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(nav('https://evil.example/phish')).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(nav('https://github.com/tactful')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://github.com/tactful');
    expect(nav('file:///opt/tactful/out/renderer/index.html#/settings')).toBe(false);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(w.webContents.openHandler!({ url: 'https://tactful.app/help' })).toEqual({ action: 'deny' });
    expect(w.webContents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    w.webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    let granted: boolean | null = null;
    w.webContents.permissionHandler!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    cleanup();
    expect(w.webContents.listenerCount('will-navigate')).toBe(0);
    expect(w.webContents.listenerCount('will-attach-webview')).toBe(0);
  });
});
