import { parentPort } from 'node:worker_threads';
import { readTranscript } from '../../../shared/transcript/transcript.read';
import { prepareImport } from './import.prepare';
import type { OffThreadReply, OffThreadRequest } from './off.thread';

function work(m: OffThreadRequest): unknown {
  switch (m.type) {
    case 'parseJson':
      return JSON.parse(Buffer.from(m.bytes).toString('utf8')) as unknown;
    case 'prepare':
      return prepareImport(m.text, m.now);
    case 'readTranscript':
      return readTranscript(m.content, m.fileName);
  }
}

/**
 * The import worker: parses large messages, prepares imports and reads transcripts, so the host's event loop (and
 * its ticks) runs on.
 */
parentPort?.on('message', (m: OffThreadRequest) => {
  const answer = (reply: OffThreadReply) => parentPort!.postMessage(reply);
  Promise.resolve()
    .then(() => work(m))
    .then(
      (value) => answer({ id: m.id, ok: true, value }),
      (e: unknown) => answer({ id: m.id, ok: false, error: (e as Error).message }),
    );
});
