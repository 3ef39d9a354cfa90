import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '../..');
const SERVE = join(ROOT, 'out/main/serve.js');

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /**
   * Stops the host (SIGTERM) and starts it again on the same data folder and port; `whileDown` runs in between,
   * for what a page does while it cannot reach the host.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

function start(
  dataDir: string,
  port: number,
  env: Record<string, string>,
): Promise<{ proc: ChildProcess; url: string; port: number }> {
  if (!existsSync(SERVE))
    throw new Error('out/main/serve.js is missing: run "npm run build" before the e2e tests');
  // Without a display of its own (the X specs give one), the host's window detector stays "unavailable".
  const base = { ...process.env };
  delete base.DISPLAY;
  const proc = spawn(process.execPath, [SERVE, '--port', String(port), '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, ...env },
  });
  const errors: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => errors.push(l));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${errors.join('\n')}`)), 15_000);
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const m = /^Tactful listening on (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({ proc, url: m[1]!, port: Number(m[2]) });
    });
    proc.once('exit', (code) => reject(new Error(`host exited with ${code}: ${errors.join('\n')}`)));
  });
}

const stopProc = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });

/**
 * Every spec gets the real headless host (the built `npm run serve`) on its own empty data folder, and fails if any
 * page it opens throws an uncaught error (a crash that would leave a blank window).
 */
export const test = base.extend<{ host: RunningHost; pageErrors: void; hostEnv: Record<string, string> }>({
  /** Extra environment for the host process (a DISPLAY for the detector specs). */
  hostEnv: [{}, { option: true }],
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (p: Page) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      if (errors.length > 0) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    },
    { auto: true },
  ],
  host: async ({ hostEnv }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
    let current = await start(dataDir, 0, hostEnv);
    const port = current.port;
    const host: RunningHost = {
      get url() {
        return current.url;
      },
      origin: `http://127.0.0.1:${port}`,
      get token() {
        return new URL(current.url).searchParams.get('token')!;
      },
      dataDir,
      async restart(whileDown) {
        await stopProc(current.proc);
        await whileDown?.();
        current = await start(dataDir, port, hostEnv);
      },
      stop: () => stopProc(current.proc),
    };
    await use(host);
    await stopProc(current.proc);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
