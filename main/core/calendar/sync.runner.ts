import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runSyncJob, type SyncJob, type SyncJobResult } from './sync.job';

/** Runs sync jobs: on a worker thread in the app and headless, in-process where no worker script is at hand. */
export interface SyncRunner {
  run(job: SyncJob): Promise<SyncJobResult>;
  close(): void;
}

/** The same work on the host's own thread (tests, and a host built without the worker). */
export const inlineRunner: SyncRunner = { run: runSyncJob, close: () => undefined };

const failed = (detail: string): SyncJobResult => ({
  ok: false,
  error: { key: 'calendarSyncFailed', params: { detail } },
  detail,
});

/**
 * One worker thread for every sync, started on first use and again after it dies (a job it had fails, and says
 * so). A script in TypeScript (tests, running from source) is loaded through tsx.
 */
export function workerRunner(script: string, timeoutMs = 300_000): SyncRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: SyncJobResult) => void; timer: NodeJS.Timeout }>();
  const settle = (id: number, r: SyncJobResult) => {
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(id);
    p.resolve(r);
  };
  const failAll = (detail: string) => {
    for (const id of [...pending.keys()]) settle(id, failed(detail));
  };
  const spawn = (): Worker => {
    const w = script.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); });`,
          { eval: true },
        )
      : new Worker(script);
    w.unref();
    w.on('message', (m: { id: number; result: SyncJobResult }) => settle(m.id, m.result));
    w.on('error', (e) => failAll(e.message));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(`the calendar worker stopped (${code})`);
    });
    return w;
  };
  return {
    run(job) {
      worker ??= spawn();
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(id, failed('the sync took too long')), timeoutMs);
        timer.unref();
        pending.set(id, { resolve, timer });
        worker!.postMessage({ id, job });
      });
    },
    close() {
      failAll('the host is closing');
      void worker?.terminate();
      worker = null;
    },
  };
}
