import { parentPort } from 'node:worker_threads';
import { prepareImport } from './import.prepare';
import type { OffThreadReply, OffThreadRequest } from './off.thread';

/** The import worker: parses large messages and prepares imports, so the host's event loop (and its ticks) runs on. */
parentPort?.on('message', (m: OffThreadRequest) => {
  let reply: OffThreadReply;
  try {
    const value =
      m.type === 'parseJson'
        ? (JSON.parse(Buffer.from(m.bytes).toString('utf8')) as unknown)
        : prepareImport(m.text, m.now);
    reply = { id: m.id, ok: true, value };
  } catch (e) {
    reply = { id: m.id, ok: false, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
