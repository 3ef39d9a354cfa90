import { macAccessibilityMissing, utilityDetector } from './detector.utility';
import type { BrowserWindow } from 'electron';
import { app, dialog, Menu, nativeImage, powerMonitor, Tray } from 'electron';
import { join } from 'node:path';
import { WINDOW_CHANNELS } from '../../shared/contract/bridge';
import type { Settings } from '../../shared/settings/settings.schema';
import { DEFAULT_PORT } from '../core/cli/serve.args';
import { Host } from '../core/host';
import { installSafetyNet, STRICT_ENV, type ProcessEvents } from '../core/safety.net';
import { TactfulServer } from '../core/server/tactful.server';
import { startupFailure } from '../core/startup.error';
import { serveRenderer } from './app.protocol';
import { createDashboardWindow } from './dashboard.window';
import { createElectronStore } from './electron.store';
import { bridgeHost, greetWindow } from './host.bridge';
import { appMenuTemplate, menuHostOf, menuKey, trayTemplate, type ShellActions } from './meeting.menu';
import { createOverlayWindow, type OverlayWindow } from './overlay.window';
import { rendererBase } from './renderer.location';
import { registerFloorShortcuts } from './floor.shortcuts';
import { createRoomWindow } from './room.window';
import { registerShortcuts } from './shortcuts';

export interface ShellPaths {
  /** Where the built main bundle is (out/main): preload and renderer are found from here. */
  mainDir: string;
  assetsDir: string;
  /** Where uncaught errors are heard (the process; tests pass their own). */
  processEvents?: ProcessEvents;
}

/**
 * Boots the app: the host (with electron-store), the WebSocket server for browsers and phones, the overlay, the
 * tray, the menus and the global shortcuts. Everything it sets up is undone by the cleanup it returns.
 */
export async function startShell(paths: ShellPaths): Promise<() => Promise<void>> {
  const preload = join(paths.mainDir, '../preload/index.cjs');
  const base = rendererBase();
  const dataDir = app.getPath('userData');
  let host: Host;
  try {
    host = Host.open({
      dataDir,
      version: app.getVersion(),
      createStore: createElectronStore,
      spawnDetector: utilityDetector(join(paths.mainDir, 'detector.js')),
      detectorBlocked: () => (macAccessibilityMissing() ? 'macAccessibility' : null),
      importWorker: join(paths.mainDir, 'import.worker.js'),
    });
  } catch (e) {
    // One sentence the user can act on, never a stack.
    dialog.showErrorBox('Tactful cannot start', startupFailure(e, dataDir));
    app.quit();
    return async () => undefined;
  }
  // The server runs in this process: an error nothing caught is reported, and the meeting goes on.
  const removeNet = installSafetyNet(paths.processEvents ?? process, {
    report: (message, error) => host.reportUnexpected(message, error),
    strict: process.env[STRICT_ENV] === '1',
    exit: (code) => app.exit(code),
  });
  // The built renderer over app://, with an origin of its own (the dev server serves itself).
  const stopRenderer =
    base.protocol === 'app:' ? serveRenderer(join(paths.mainDir, '../renderer')) : () => undefined;

  const staticDir = join(paths.mainDir, '../renderer');
  let server = new TactfulServer(host, { port: DEFAULT_PORT, staticDir });
  try {
    await server.start();
  } catch {
    // Another program has the usual port: any free one will do; the dashboard shows the address.
    server = new TactfulServer(host, { port: 0, staticDir });
    await server.start();
  }
  if (server.address.lan)
    host.log.warn(
      `LAN access is ON (turned on in Settings): devices on this network can pair at http://${server.address.lan}:${server.address.port}`,
    );

  const overlay: OverlayWindow = createOverlayWindow(preload, base, host.settings);
  let dashboard: BrowserWindow | null = null;
  const showDashboard = (section?: string) => {
    if (dashboard && !dashboard.isDestroyed()) {
      if (section) void dashboard.loadURL(new URL(`#/${section}`, base).href);
      dashboard.show();
      dashboard.focus();
      return;
    }
    dashboard = createDashboardWindow(preload, base, host.settings, section);
    dashboard.webContents.on('did-finish-load', () => dashboard && greetWindow(host, dashboard));
    dashboard.once('closed', () => (dashboard = null));
  };
  let room: BrowserWindow | null = null;
  const openRoom = () => {
    if (room && !room.isDestroyed()) {
      room.show();
      room.focus();
      return;
    }
    room = createRoomWindow(preload, base);
    room.webContents.on('did-finish-load', () => room && greetWindow(host, room));
    room.once('closed', () => (room = null));
  };
  overlay.win.webContents.on('did-finish-load', () => greetWindow(host, overlay.win));
  const windows = () =>
    [overlay.win, dashboard, room].filter((w): w is BrowserWindow => !!w && !w.isDestroyed());

  const unbridge = bridgeHost(host, base, windows, {
    setOverlayHeight: (height) => overlay.setContentHeight(height),
    setIgnoreMouse: (ignore) => overlay.setIgnoreMouse(ignore),
    hideOverlay: () => overlay.win.hide(),
    showDashboard,
    openRoom,
  });

  const menuHost = menuHostOf(host);

  let quitting = false;
  const shellActions: ShellActions = {
    toggleOverlay: () => overlay.toggle(),
    overlayVisible: () => overlay.win.isVisible(),
    showDashboard,
    quit: () => app.quit(),
  };

  const tray = new Tray(
    nativeImage.createFromPath(
      join(paths.assetsDir, process.platform === 'darwin' ? 'trayTemplate.png' : 'icons/32x32.png'),
    ),
  );
  tray.setToolTip('Tactful');
  let lastMenuKey = '';
  const refreshMenus = () => {
    const key = menuKey(menuHost, overlay.win.isVisible());
    if (key === lastMenuKey) return;
    lastMenuKey = key;
    tray.setContextMenu(Menu.buildFromTemplate(trayTemplate(menuHost, shellActions)));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate(menuHost, shellActions, process.platform)),
    );
  };

  let shortcuts = { failed: [] as string[], unregister: () => undefined as void };
  let floorKeys = { failed: [] as string[], unregister: () => undefined as void };
  let shortcutKey = '';
  const applySettings = (settings: Settings) => {
    const key = JSON.stringify([settings.shortcuts, settings.facilitator.globalFloorKeys]);
    if (key !== shortcutKey) {
      shortcutKey = key;
      shortcuts.unregister();
      shortcuts = registerShortcuts(settings.shortcuts, {
        startNext: () => menuHost.quick('startNext'),
        offTopic: () => menuHost.quick('offTopic'),
        pause: () => menuHost.quick('pause'),
        showLine: () => {
          overlay.show();
          overlay.win.webContents.send(WINDOW_CHANNELS.showLine);
        },
        hideOverlay: () => overlay.toggle(),
      });
      floorKeys.unregister();
      floorKeys = registerFloorShortcuts(settings.facilitator.globalFloorKeys, (d) => menuHost.floor(d));
      host.noteShellProblems(
        'shortcuts',
        [...shortcuts.failed, ...floorKeys.failed].map((f) => `a shortcut is taken by another app: ${f}`),
      );
    }
    overlay.setClickThrough(settings.overlay.clickThrough);
  };
  applySettings(host.settings.settings());
  const unwatch = host.subscribe((push) => {
    if (push.type === 'info') applySettings(push.info.settings);
    refreshMenus();
  });

  const onSuspend = () => host.systemSuspend();
  const onResume = () => host.systemResume();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  const onSecondInstance = () => showDashboard();
  app.on('second-instance', onSecondInstance);

  // First run, or nothing planned: open the dashboard so there is something to click.
  if (!host.meeting.state) showDashboard();

  return async () => {
    if (quitting) return;
    quitting = true;
    unwatch();
    shortcuts.unregister();
    floorKeys.unregister();
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
    app.off('second-instance', onSecondInstance);
    unbridge();
    overlay.dispose();
    tray.destroy();
    await server.close();
    stopRenderer();
    host.close();
    removeNet();
  };
}
