import { parentPort } from 'node:worker_threads';
import { runSyncJob, type SyncJob } from './sync.job';

/**
 * The calendar worker: fetching and reading a calendar (network, XML, a 10,000-event .ics) happens on this thread,
 * so the host's event loop — the running meeting's ticks and nudges — never waits for it.
 */
parentPort?.on('message', (m: { id: number; job: SyncJob }) => {
  void runSyncJob(m.job).then((result) => parentPort?.postMessage({ id: m.id, result }));
});
