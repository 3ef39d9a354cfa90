import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));

import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { createDashboardWindow } from '../dashboard.window';
import { createOverlayWindow } from '../overlay.window';
import { createRoomWindow } from '../room.window';
import { displayKey } from '../overlay.bounds';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rendererFile, serveRenderer } from '../app.protocol';
import { isOwnRenderer, rendererBase } from '../renderer.location';
import { hardenWindow } from '../window.security';
import { BrowserWindow, protocol, resetFakes, screen, shell } from './support/fake.electron';

const base = new URL('app://tactful/index.html');
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
    createRoomWindow(preload, base);
    expect(BrowserWindow.created).toHaveLength(3);
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

  it('opens the room view in a plain window that screen shares can show, on its own route', () => {
    const w = createRoomWindow(preload, base) as unknown as BrowserWindow;
    expect(w.options).toMatchObject({ title: 'Tactful — room view', show: false });
    expect(w.options.alwaysOnTop).toBeUndefined();
    expect(w.calls.some(([name]) => name === 'setContentProtection')).toBe(false);
    expect(w.url).toBe('app://tactful/index.html#/room');
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
    expect(w.url).toBe('app://tactful/index.html#/overlay');
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
    expect(nav('app://tactful/index.html#/settings')).toBe(false);
    // Another origin is never ours: file: at all, another app:// host, a look-alike.
    expect(nav('file:///opt/tactful/out/renderer/index.html')).toBe(true);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(nav('app://evil/index.html')).toBe(true);
    expect(nav('app://tactful.evil.example/index.html')).toBe(true);
    expect(nav('app://user@tactful/index.html')).toBe(true);
    // Frames as well as the window.
    const frame = (url: string) => {
      const details = { url, preventDefault: vi.fn() };
      w.webContents.emit('will-frame-navigate', details);
      return details.preventDefault.mock.calls.length > 0;
    };
    expect(frame('https://evil.example/')).toBe(true);
    expect(frame('app://tactful/index.html#/overlay')).toBe(false);
    expect(w.webContents.openHandler!({ url: 'https://tactful.app/help' })).toEqual({ action: 'deny' });
    expect(w.webContents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    w.webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    let granted: boolean | null = null;
    w.webContents.permissionHandler!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(w.webContents.permissionCheckHandler!(null, 'media')).toBe(false);
    expect(w.webContents.permissionCheckHandler!(null, 'clipboard-read')).toBe(false);
    cleanup();
    expect(w.webContents.listenerCount('will-navigate')).toBe(0);
    expect(w.webContents.listenerCount('will-frame-navigate')).toBe(0);
    expect(w.webContents.listenerCount('will-attach-webview')).toBe(0);
  });
});

describe('the renderer over app://', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    resetFakes();
    tmp = tempDataDir();
    mkdirSync(join(tmp.dir, 'renderer/assets'), { recursive: true });
    writeFileSync(join(tmp.dir, 'renderer/index.html'), '<!doctype html><title>Tactful</title>');
    writeFileSync(join(tmp.dir, 'renderer/assets/app.js'), 'console.log(1)');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'not for the renderer');
    symlinkSync(join(tmp.dir, 'secret.txt'), join(tmp.dir, 'renderer/link.txt'));
  });
  afterEach(() => tmp.cleanup());

  it('is our origin, and a file: URL never is (not even one naming another host: L12)', () => {
    expect(isOwnRenderer(base, 'app://tactful/index.html#/overlay')).toBe(true);
    expect(
      isOwnRenderer(new URL('file:///opt/r/index.html'), 'file://attacker.example/opt/r/index.html'),
    ).toBe(false);
    expect(isOwnRenderer(new URL('file:///opt/r/index.html'), 'file:///opt/r/index.html')).toBe(false);
    expect(rendererBase({}).href).toBe('app://tactful/index.html');
    expect(rendererBase({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }).origin).toBe(
      'http://localhost:5173',
    );
  });

  it('serves files from inside the built renderer only, with the security headers', async () => {
    const stop = serveRenderer(join(tmp.dir, 'renderer'));
    const handler = protocol.handlers.get('app')!;
    const get = async (url: string) => {
      const res = await handler(new Request(url));
      return { status: res.status, text: await res.text(), csp: res.headers.get('content-security-policy') };
    };
    expect(await get('app://tactful/index.html')).toMatchObject({
      status: 200,
      text: expect.stringContaining('Tactful'),
    });
    expect((await get('app://tactful/index.html')).csp).toContain("default-src 'self'");
    expect(await get('app://tactful/assets/app.js')).toMatchObject({ status: 200, text: 'console.log(1)' });
    // Routes the renderer handles itself get the app.
    expect(await get('app://tactful/overlay')).toMatchObject({
      status: 200,
      text: expect.stringContaining('Tactful'),
    });
    for (const bad of [
      'app://tactful/link.txt',
      'app://tactful/..%2fsecret.txt',
      'app://tactful/%',
      'app://tactful/a%00b',
      'app://other/index.html',
    ])
      expect((await get(bad)).status, bad).toBe(404);
    // Dot segments are resolved by the URL itself: what is left is a path inside, never the file outside.
    expect((await get('app://tactful/%2e%2e/secret.txt')).text).not.toContain('not for the renderer');
    expect(rendererFile(join(tmp.dir, 'renderer'), 'app://tactful/../secret.txt')).toBe(
      join(realpathSync(tmp.dir), 'renderer/index.html'),
    );
    stop();
    expect(protocol.handlers.size).toBe(0);
  });
});
