import WebSocket from 'ws';
import type { HostCommandInputOf, HostCommandType, HostResults } from '../../shared/contract/contract';
import type { RunningHost } from './host.fixture';

/** Talks to the host directly, for setting up what a spec is not about. */
export async function hostApi(host: RunningHost) {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${host.token}`);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let n = 0;
  return {
    call<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
      const id = `e2e${n++}`;
      return new Promise((resolve, reject) => {
        const on = (d: WebSocket.RawData) => {
          const m = JSON.parse(String(d));
          if (m.id !== id) return;
          ws.off('message', on);
          if (m.ok) resolve(m.result);
          else reject(new Error(`${cmd.type}: ${m.error.message}`));
        };
        ws.on('message', on);
        ws.send(JSON.stringify({ id, cmd }));
      });
    },
    close: () => ws.close(),
  };
}

/** Off-topic lines after 1, 2 and 3 seconds (and nothing else nagging), so specs need not wait minutes. */
export const FAST_RULES = {
  offTopic: [1, 2, 3],
  itemOverrun: [],
  capNear: [],
  capPassed: [],
  chatOverrun: [],
  adhocLength: [],
};
