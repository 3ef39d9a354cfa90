import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { STRICT_ENV, UNEXPECTED_EXIT } from '../../main/core/safety.net';

const ROOT = join(import.meta.dirname, '../..');
export const BUILT_SERVE = join(ROOT, 'out/main/serve.js');

export interface ChildHost {
  proc: ChildProcess;
  port: number;
  token: string;
  wsUrl: string;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Errors the host's safety net caught: each is a bug, and fails the test that met it (see `assertNoUnexpected`). */
  unexpected(): string[];
  /** SIGTERM and wait; throws when the safety net caught anything meanwhile. */
  stop(): Promise<void>;
}

/** Builds out/ when it is missing (`npm test` builds first; a lone `vitest` may not have). */
export function ensureBuilt(): void {
  if (existsSync(BUILT_SERVE) && existsSync(join(ROOT, 'out/main/import.worker.js'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

/**
 * Starts `serve` in a child process (from source, or the built out/main/serve.js as users run it) and waits for
 * its "listening" line. It runs strict: an error its safety net catches ends it (exit 70), so no bug hides.
 */
export function spawnHost(
  dataDir: string,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  opts: { built?: boolean } = {},
): Promise<ChildHost> {
  const entry = opts.built ? [BUILT_SERVE] : ['--import', 'tsx', join(ROOT, 'main/core/cli/serve.ts')];
  const proc = spawn(process.execPath, [...entry, '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: ROOT,
    env: { ...env, [STRICT_ENV]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => stderr.push(l));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let exitCode: number | null = null;
  void exited.then((e) => (exitCode = e.code));
  const unexpected = () => [
    ...stderr.filter((l) => /an unexpected (error|rejection) was caught/.test(l)),
    ...(exitCode === UNEXPECTED_EXIT
      ? [`the host exited with ${UNEXPECTED_EXIT}: ${stderr.join('\n')}`]
      : []),
  ];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr.join('\n')}`)), 15_000);
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      stdout.push(line);
      const m = /^Tactful listening on http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        proc,
        port: Number(m[1]),
        token: m[2]!,
        wsUrl: `ws://127.0.0.1:${m[1]}/ws`,
        stdout,
        stderr,
        exited,
        unexpected,
        async stop() {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
          await exited;
          const caught = unexpected();
          if (caught.length > 0) throw new Error(`the host's safety net caught:\n${caught.join('\n')}`);
        },
      });
    });
    void exited.then((e) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${e.code ?? e.signal}) before listening: ${stderr.join('\n')}`));
    });
  });
}
