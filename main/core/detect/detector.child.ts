import {
  detectCalls,
  type AppRule,
  type DetectedCall,
  type Platform,
} from '../../../shared/detect/app.rules';
import {
  hostToDetectorSchema,
  type DetectorReason,
  type DetectorToHost,
} from '../../../shared/detect/detector.protocol';
import { typeLine, type NutInput } from './line.typer';
import { nutWindows, x11Windows, type NutLike, type WindowSystem } from './window.system';

/**
 * The detector process: watches window titles for meeting apps and types lines into their chat. It runs apart
 * from the host because nut-js is native code that can take a process down (a segfault without a display, an
 * abort on an X error); the host restarts it and goes on. Started by `child_process.fork` (headless) or Electron's
 * `utilityProcess` (the app): both deliver messages here, through different ports.
 */
interface Port {
  send(m: DetectorToHost): void;
  onMessage(fn: (m: unknown) => void): void;
}

interface ElectronParentPort {
  postMessage(m: unknown): void;
  on(event: 'message', fn: (e: { data: unknown }) => void): void;
}

function parentPort(): Port {
  const electron = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electron)
    return {
      send: (m) => electron.postMessage(m),
      onMessage: (fn) => electron.on('message', (e) => fn(e.data)),
    };
  // Orphaned (the host died without killing us): leave too.
  process.on('disconnect', () => process.exit(0));
  return { send: (m) => process.send?.(m), onMessage: (fn) => process.on('message', fn) };
}

const platform: Platform =
  process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'mac' : 'linux';

async function main(): Promise<void> {
  const port = parentPort();
  const status = (s: 'running' | 'limited' | 'unavailable', reason: DetectorReason | null) =>
    port.send({ type: 'status', status: s, reason });

  let rules: AppRule[] = [];
  let intervalMs = 1500;
  let windows: WindowSystem | null = null;
  let nut: (NutLike & NutInput) | null = null;
  let queue = Promise.resolve();

  port.onMessage((raw) => {
    const parsed = hostToDetectorSchema.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'config') {
      rules = m.rules;
      intervalMs = m.intervalMs;
      return;
    }
    // One line at a time: two lines typed at once would interleave.
    queue = queue.then(async () =>
      port.send(
        nut && windows
          ? await typeLine(nut, windows, m, platform)
          : {
              type: 'typed',
              id: m.id,
              ok: false,
              method: null,
              error: { code: 'failed', message: 'window detection is not available here' },
            },
      ),
    );
  });

  // Without a display nut-js segfaults on its first call: say so and stay, answering, instead.
  if (platform === 'linux' && !process.env.DISPLAY) {
    status('unavailable', process.env.WAYLAND_DISPLAY ? 'wayland' : 'noDisplay');
    return;
  }
  try {
    nut = (await import('@nut-tree-fork/nut-js')) as unknown as NutLike & NutInput;
  } catch {
    status('unavailable', 'nativeLoadFailed');
    return;
  }
  windows = platform === 'linux' ? await x11Windows(nut) : nutWindows(nut);
  status(windows.limitation ? 'limited' : 'running', windows.limitation);

  let last = '';
  const poll = async () => {
    try {
      const calls: DetectedCall[] = detectCalls(rules, await windows!.list());
      const key = JSON.stringify(calls);
      if (key !== last) {
        last = key;
        port.send({ type: 'calls', calls });
      }
    } catch {
      // A window closing mid-listing: the next round sees the settled list.
    }
    setTimeout(() => void poll(), intervalMs);
  };
  void poll();
}

void main();
