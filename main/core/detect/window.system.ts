import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SeenWindow } from '../../../shared/detect/app.rules';
import type { DetectorReason } from '../../../shared/detect/detector.protocol';

const run = promisify(execFile);

/** The part of nut-js the detector uses (loaded lazily: its native code must never load in the host process). */
export interface NutWindow {
  readonly title: Promise<string>;
  focus(): Promise<boolean>;
}
export interface NutLike {
  getWindows(): Promise<NutWindow[]>;
  getActiveWindow(): Promise<NutWindow>;
}

/** Listing and focusing windows, as well as the platform allows. */
export interface WindowSystem {
  /** Why some of it is missing (null when all works). */
  readonly limitation: DetectorReason | null;
  list(): Promise<SeenWindow[]>;
  /** Brings a window forward; true when it then is the active one. */
  focus(id: string): Promise<boolean>;
}

/** "0x0060000c  0 vm Zoom Meeting": id, desktop, machine, title (which may hold any spaces). */
export function parseWmctrl(out: string): SeenWindow[] {
  const windows: SeenWindow[] = [];
  for (const line of out.split('\n')) {
    const m = /^(0x[0-9a-f]+)\s+-?\d+\s+\S+ (.*)$/i.exec(line);
    if (m) windows.push({ id: m[1]!, title: m[2]! });
  }
  return windows;
}

const utf8 = { env: { ...process.env, LC_ALL: 'C.UTF-8' }, timeout: 3000 };

/** The active window's id from the root window's _NET_ACTIVE_WINDOW; undefined when xprop is not installed. */
async function activeWindowId(): Promise<number | null | undefined> {
  try {
    const out = (await run('xprop', ['-root', '-notype', '_NET_ACTIVE_WINDOW'], utf8)).stdout;
    const m = /window id # (0x[0-9a-f]+)/i.exec(out);
    return m ? Number.parseInt(m[1]!, 16) : null;
  } catch {
    return undefined;
  }
}

async function activeTitle(nut: NutLike): Promise<string | null> {
  try {
    return await (
      await nut.getActiveWindow()
    ).title;
  } catch {
    return null;
  }
}

/**
 * X11: nut-js sees only the window manager's frames (titles come back empty), so the list and focus go through
 * wmctrl, which reads the EWMH properties every desktop sets. Without wmctrl only the active window is seen.
 */
export async function x11Windows(nut: NutLike): Promise<WindowSystem> {
  const hasWmctrl = await run('wmctrl', ['-l'], utf8).then(
    () => true,
    () => false,
  );
  if (!hasWmctrl)
    return {
      limitation: 'noWindowList',
      async list() {
        const title = await activeTitle(nut);
        return title ? [{ id: 'active', title }] : [];
      },
      async focus(id) {
        return id === 'active';
      },
    };
  return {
    limitation: null,
    async list() {
      return parseWmctrl((await run('wmctrl', ['-l'], utf8)).stdout);
    },
    async focus(id) {
      const target = parseWmctrl((await run('wmctrl', ['-l'], utf8)).stdout).find((w) => w.id === id);
      if (!target) return false;
      await run('wmctrl', ['-i', '-a', id], utf8);
      // The window manager raises it a moment later. Where xprop is missing, wmctrl's word has to do.
      for (let i = 0; i < 20; i++) {
        const active = await activeWindowId();
        if (active === undefined) return true;
        if (active === Number.parseInt(id, 16)) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
  };
}

/** Windows and macOS: nut-js lists and focuses top-level windows itself. Ids are the native handles. */
export function nutWindows(nut: NutLike): WindowSystem {
  let last = new Map<string, NutWindow>();
  const handle = (w: NutWindow) => String((w as unknown as { windowHandle: number }).windowHandle);
  return {
    limitation: null,
    async list() {
      const all = await nut.getWindows();
      last = new Map(all.map((w) => [handle(w), w]));
      const out: SeenWindow[] = [];
      for (const [id, w] of last) out.push({ id, title: await w.title.catch(() => '') });
      return out;
    },
    async focus(id) {
      const w = last.get(id);
      if (!w) return false;
      const title = await w.title;
      await w.focus();
      // Windows refuses to hand focus to another app unless ours had it: check rather than trust.
      return (await activeTitle(nut)) === title;
    },
  };
}
