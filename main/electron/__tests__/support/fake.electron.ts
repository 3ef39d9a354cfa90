import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (as kap's tests do): records what the shell asks of it, so tests can assert
 * window options, handlers, shortcuts and menus without an Electron binary.
 */
type Rect = { x: number; y: number; width: number; height: number };

class FakeWebContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  sent: [string, unknown][] = [];
  session = {
    setPermissionRequestHandler: (h: FakeWebContents['permissionHandler']) => (this.permissionHandler = h),
    setPermissionCheckHandler: (h: FakeWebContents['permissionCheckHandler']) =>
      (this.permissionCheckHandler = h),
  };
  setWindowOpenHandler(h: FakeWebContents['openHandler']) {
    this.openHandler = h;
  }
  send(channel: string, value?: unknown) {
    this.sent.push([channel, value]);
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly calls: [string, ...unknown[]][] = [];
  bounds: Rect;
  visible = false;
  destroyed = false;
  url = '';

  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = { x: 0, y: 0, width: 800, height: 600, ...(options as Partial<Rect>) };
    BrowserWindow.created.push(this);
  }
  private record(name: string, ...args: unknown[]) {
    this.calls.push([name, ...args]);
  }
  setAlwaysOnTop(...a: unknown[]) {
    this.record('setAlwaysOnTop', ...a);
  }
  setVisibleOnAllWorkspaces(...a: unknown[]) {
    this.record('setVisibleOnAllWorkspaces', ...a);
  }
  setContentProtection(...a: unknown[]) {
    this.record('setContentProtection', ...a);
  }
  setIgnoreMouseEvents(...a: unknown[]) {
    this.record('setIgnoreMouseEvents', ...a);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(r: Rect) {
    this.bounds = { ...r };
  }
  isVisible() {
    return this.visible;
  }
  show() {
    this.visible = true;
  }
  showInactive() {
    this.visible = true;
    this.record('showInactive');
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  isDestroyed() {
    return this.destroyed;
  }
}

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
export const screen = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
  getDisplayMatching: () => display,
};

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, Set<Handler>>(),
  handle(channel: string, fn: Handler) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  on(channel: string, fn: Handler) {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)!.add(fn);
  },
  off(channel: string, fn: Handler) {
    this.listeners.get(channel)?.delete(fn);
  },
  listenerCount() {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  },
};

export const globalShortcut = {
  registered: new Map<string, () => void>(),
  taken: new Set<string>(),
  register(accelerator: string, fn: () => void) {
    if (this.taken.has(accelerator)) return false;
    this.registered.set(accelerator, fn);
    return true;
  },
  unregister(accelerator: string) {
    this.registered.delete(accelerator);
  },
};

export const shell = { openExternal: vi.fn(async () => undefined) };

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
/** Records the schemes registered before ready and the handlers registered after; tests call them with Requests. */
export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler) {
    if (this.handlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
    this.handlers.set(scheme, handler);
  },
  unhandle(scheme: string) {
    this.handlers.delete(scheme);
  },
};

/** net.fetch for the file: URLs the app:// handler asks for. */
export const net = {
  fetch: vi.fn(async (url: string) => new Response(await readFile(fileURLToPath(url)))),
};
export const clipboard = { writeText: vi.fn() };
export const dialog = { showErrorBox: vi.fn() };
export const powerMonitor = new EventEmitter();
export const nativeImage = { createFromPath: (p: string) => ({ path: p }) };

export class Tray {
  static created: Tray[] = [];
  menu: unknown = null;
  destroyed = false;
  constructor(readonly image: unknown) {
    Tray.created.push(this);
  }
  setToolTip() {}
  setContextMenu(menu: unknown) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
}

export const Menu = {
  application: null as unknown,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: unknown) {
    this.application = menu;
  },
};

class FakeApp extends EventEmitter {
  userData = '';
  getPath() {
    return this.userData;
  }
  getVersion() {
    return '0.1.0';
  }
  getAppPath() {
    return process.cwd();
  }
  quit = vi.fn();
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
}
export const app = new FakeApp();

/** Puts every recorder back to empty between tests. */
/** A utility process: records what it is sent; the test speaks for it and ends it. */
export class FakeUtilityProcess extends EventEmitter {
  static forked: { script: string; options: unknown; child: FakeUtilityProcess }[] = [];
  readonly posted: unknown[] = [];
  killed = false;
  pid = 4242;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  kill() {
    this.killed = true;
    return true;
  }
}

export const utilityProcess = {
  fork(script: string, _args: string[], options: unknown) {
    const child = new FakeUtilityProcess();
    FakeUtilityProcess.forked.push({ script, options, child });
    return child;
  },
};

export const systemPreferences = { isTrustedAccessibilityClient: vi.fn((_prompt: boolean) => true) };

export function resetFakes(): void {
  FakeUtilityProcess.forked = [];
  protocol.handlers.clear();
  protocol.privileged = [];
  systemPreferences.isTrustedAccessibilityClient.mockClear();
  BrowserWindow.created = [];
  Tray.created = [];
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  globalShortcut.registered.clear();
  globalShortcut.taken.clear();
  shell.openExternal.mockClear();
  clipboard.writeText.mockClear();
  powerMonitor.removeAllListeners();
  app.removeAllListeners();
}

export default {
  app,
  BrowserWindow,
  screen,
  ipcMain,
  globalShortcut,
  shell,
  clipboard,
  dialog,
  powerMonitor,
  nativeImage,
  Tray,
  Menu,
  utilityProcess,
  systemPreferences,
  protocol,
  net,
};
