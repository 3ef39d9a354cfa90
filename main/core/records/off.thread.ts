import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log';
import { readTranscript, type TranscriptRead } from '../../../shared/transcript/transcript.read';
import { prepareImport, type PreparedImport } from './import.prepare';

type Request =
  | { type: 'parseJson'; bytes: Uint8Array }
  | { type: 'prepare'; text: string; now: number }
  | { type: 'readTranscript'; content: string; fileName: string };
export type OffThreadRequest = Request & { id: number };

export type OffThreadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * Work too big for the event loop (a 60 MB import): done in the import worker when there is one, so ticks, nudges
 * and other clients never wait for it; in place otherwise. The worker starts on first use, does not keep the
 * process alive, and is started again if it dies.
 */
export class OffThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  /** `script`: the built worker (import.worker.js), or its .ts source when running from source; null: in place. */
  constructor(
    private readonly script: string | null,
    private readonly log: Logger,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const script = this.script!;
    const worker = script.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(script).href)}); })`,
          { eval: true },
        )
      : new Worker(script);
    worker.unref();
    worker.on('message', (r: OffThreadReply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (r.ok) p.resolve(r.value);
      else p.reject(new Error(r.error));
    });
    const lost = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(new Error(`the import worker stopped (${why})`));
      this.pending.clear();
    };
    worker.on('error', (e) => {
      this.log.error(`the import worker failed: ${e.stack ?? e.message}`);
      lost(e.message);
    });
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.worker = worker;
    return worker;
  }

  private call(request: Request, transfer: ArrayBuffer[] = []): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // While a call is out the worker keeps the process alive; idle, it does not.
      worker.ref();
      worker.postMessage({ ...request, id }, transfer);
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
  }

  /** JSON.parse of a large message. */
  async parseJson(bytes: Buffer): Promise<unknown> {
    if (!this.script) return JSON.parse(bytes.toString('utf8')) as unknown;
    const copy = new Uint8Array(bytes);
    return this.call({ type: 'parseJson', bytes: copy }, [copy.buffer]);
  }

  /** An import parsed, checked and turned into what is written. */
  async prepareImport(text: string, now: number): Promise<PreparedImport> {
    if (!this.script) return prepareImport(text, now);
    return (await this.call({ type: 'prepare', text, now })) as PreparedImport;
  }

  /** A transcript file read into who spoke when (a three-hour call's has thousands of cues). */
  async readTranscript(content: string, fileName: string): Promise<TranscriptRead> {
    if (!this.script) return readTranscript(content, fileName);
    return (await this.call({ type: 'readTranscript', content, fileName })) as TranscriptRead;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
