import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type {
  HostCommandInputOf,
  HostCommandType,
  HostResults,
  MeetingSnapshot,
} from '../../shared/contract/contract';
import { STRICT_ENV, UNEXPECTED_EXIT } from '../../main/core/safety.net';
import { TestClient } from '../support/ws.client';

const ROOT = join(import.meta.dirname, '../..');
export const SERVE = join(ROOT, 'out/main/serve.js');

/** The built headless host (`npm run serve`) in a child process, with a WebSocket client to drive it. */
export interface ServedHost {
  proc: ChildProcess;
  url: string;
  origin: string;
  dataDir: string;
  call<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]>;
  /** The latest snapshot pushed to this client. */
  snapshot(): MeetingSnapshot | null;
  /** Every snapshot pushed to this client so far, in order. */
  snapshots(): MeetingSnapshot[];
  stop(): Promise<void>;
}

export async function serveHost(
  opts: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ServedHost> {
  if (!existsSync(SERVE)) throw new Error('out/main/serve.js is missing: run "npm run build" first');
  const owned = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'tactful-bench-'));
  const env = { ...(opts.env ?? process.env), [STRICT_ENV]: '1' };
  const proc = spawn(process.execPath, [SERVE, '--port', '0', '--data', dataDir], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => errors.push(l));
  const url: string = await new Promise((resolve, reject) => {
    createInterface({ input: proc.stdout! }).on('line', (l) => {
      if (l.startsWith('Tactful listening on ')) resolve(l.slice('Tactful listening on '.length));
    });
    proc.once('exit', (c) => reject(new Error(`host exited (${c}): ${errors.join('\n')}`)));
  });
  const u = new URL(url);
  const client = await TestClient.connect(`ws://${u.host}/ws`, { token: u.searchParams.get('token')! });
  return {
    proc,
    url,
    origin: u.origin,
    dataDir,
    call: (cmd) => client.ok(cmd),
    snapshot: () => client.latestSnapshot(),
    snapshots: () => client.pushes.flatMap((p) => (p.type === 'snapshot' ? [p.snapshot] : [])),
    async stop() {
      await client.close();
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
      }
      if (owned) rmSync(dataDir, { recursive: true, force: true });
      if (proc.exitCode === UNEXPECTED_EXIT || errors.some((l) => /an unexpected (error|rejection)/.test(l)))
        throw new Error(`the host's safety net caught an error:\n${errors.join('\n')}`);
    },
  };
}
