import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A private X server with a window manager, for tests that need real windows (nut-js, wmctrl). */
export interface XServer {
  display: string;
  env: NodeJS.ProcessEnv;
  /** Opens an xterm with this title running `command` (or a shell); resolves once the window manager lists it. */
  window(title: string, command?: string, extraArgs?: string[]): Promise<ChildProcess>;
  /** Closes every window opened so far. */
  closeWindows(): void;
  /** Waits until the window with this title is gone from the window manager's list. */
  gone(title: string): Promise<void>;
  stop(): void;
}

/**
 * Why the X tests named `what` cannot run here, or null when they can. Elsewhere that is a skip, said aloud; under
 * CI it is a failure, so a CI box without X cannot pass with the feature untested.
 */
export function xMissingFor(what: string): string | null {
  const missing = xUnavailable();
  if (!missing) return null;
  if (process.env.CI) throw new Error(`${what} need X under CI, and ${missing}`);
  console.warn(`[X tests] skipping ${what}: ${missing}`);
  return missing;
}

/** Why X tests cannot run here, or null when they can. */
function xUnavailable(): string | null {
  for (const bin of ['Xvfb', 'openbox', 'xterm', 'wmctrl', 'xprop'])
    try {
      execFileSync('which', [bin], { stdio: 'ignore' });
    } catch {
      return `${bin} is not installed (apt-get install xvfb openbox xterm wmctrl x11-utils, as .ci/run does)`;
    }
  return null;
}

const titles = (env: NodeJS.ProcessEnv) => {
  try {
    return execFileSync('wmctrl', ['-l'], { env: { ...env, LC_ALL: 'C.UTF-8' } })
      .toString()
      .split('\n')
      .map((l) => l.replace(/^\S+\s+\S+\s+\S+ /, ''));
  } catch {
    return [];
  }
};

async function until(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startX(): Promise<XServer> {
  // -displayfd: the server picks a free display number and writes it to us, so parallel test files never clash.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display: string = await new Promise((resolve, reject) => {
    createInterface({ input: xvfb.stdio[3] as NodeJS.ReadableStream }).once('line', (n) => resolve(`:${n}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const env = { ...process.env, DISPLAY: display, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const wm = spawn('openbox', [], { env, stdio: 'ignore' });
  await until(() => {
    try {
      execFileSync('wmctrl', ['-m'], { env, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }, 'the window manager');
  const children: ChildProcess[] = [wm, xvfb];
  const terms: ChildProcess[] = [];
  let opened = 0;
  const closeWindows = () => {
    for (const t of terms.splice(0)) t.kill('SIGKILL');
  };
  return {
    display,
    env,
    async window(title, command, extraArgs = []) {
      // xterm cannot set a UTF-8 title itself: open it under a plain one, then set the title the way browsers and
      // meeting apps do (_NET_WM_NAME, UTF-8), which is what window managers and wmctrl read.
      const placeholder = `tactful-test-${++opened}`;
      const args = ['-u8', '-T', placeholder, ...extraArgs, ...(command ? ['-e', command] : [])];
      const term = spawn('xterm', args, { env, stdio: 'ignore' });
      terms.push(term);
      await until(() => titles(env).includes(placeholder), `the window "${placeholder}"`);
      const id = execFileSync('wmctrl', ['-l'], { env })
        .toString()
        .split('\n')
        .find((l) => l.endsWith(` ${placeholder}`))!
        .split(/\s+/)[0]!;
      execFileSync('xprop', ['-id', id, '-f', '_NET_WM_NAME', '8u', '-set', '_NET_WM_NAME', title], { env });
      await until(() => titles(env).includes(title), `the window "${title}"`);
      return term;
    },
    async gone(title) {
      await until(() => !titles(env).includes(title), `the window "${title}" to close`);
    },
    closeWindows,
    stop() {
      closeWindows();
      for (const c of children.reverse()) c.kill('SIGKILL');
    },
  };
}
