import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '../..');

export interface ChildHost {
  proc: ChildProcess;
  port: number;
  token: string;
  wsUrl: string;
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `serve` from source in a child process and waits for its "listening" line. */
export function spawnHost(
  dataDir: string,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildHost> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'main/core/cli/serve.ts'), '--port', '0', '--data', dataDir, ...extraArgs],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => stderr.push(l));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr.join('\n')}`)), 15_000);
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const m = /^Tactful listening on http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({ proc, port: Number(m[1]), token: m[2]!, wsUrl: `ws://127.0.0.1:${m[1]}/ws`, stderr, exited });
    });
    void exited.then((e) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${e.code ?? e.signal}) before listening: ${stderr.join('\n')}`));
    });
  });
}
