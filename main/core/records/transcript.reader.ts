import { Worker } from 'node:worker_threads';
import { readTranscript, type TranscriptRead } from '../../../shared/transcript/transcript.read';
import type { Logger } from '../log';

/** Reads a transcript file into who spoke when, or the reason it cannot. */
export type TranscriptReader = (content: string, fileName: string) => Promise<TranscriptRead>;

/** In the host's own thread: for tests, and when no worker script was built. */
export const readInProcess: TranscriptReader = readTranscript;

function inWorker(script: string, content: string, fileName: string): Promise<TranscriptRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { content, fileName } });
    worker.once('message', (r: TranscriptRead) => resolve(r));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`it stopped with exit code ${code}`)));
  });
}

/**
 * In a worker thread, so that reading a long file never holds up the host (a second flip in a meeting running
 * meanwhile, another command). Each import starts one; it ends when it has answered. Should a worker fail (a
 * packaging mistake), the file is read here instead, and the log says why: the user still gets their airtime.
 */
export function workerReader(script: string, log: Pick<Logger, 'warn'>): TranscriptReader {
  return (content, fileName) =>
    inWorker(script, content, fileName).catch((e: unknown) => {
      log.warn(`the transcript reader thread failed (${(e as Error).message}); reading in the host instead`);
      return readInProcess(content, fileName);
    });
}
