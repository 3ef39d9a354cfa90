import type { HostCommandInputOf, HostCommandType, HostResults } from '../../../../shared/contract/contract';
import { setTransport } from '../../store/actions';
import type { Transport } from '../../transport/transport';

/** Records what the UI sends; answers with what the test says (or an empty object). */
export function installFakeTransport(answer: (cmd: { type: string }) => unknown = () => ({})) {
  const sent: { type: string; [k: string]: unknown }[] = [];
  const transport: Transport = {
    kind: 'ws',
    request: async <T extends HostCommandType>(cmd: HostCommandInputOf<T>) => {
      sent.push(cmd as never);
      return answer(cmd) as HostResults[T];
    },
    subscribe: () => () => undefined,
    close: () => undefined,
  };
  setTransport(transport);
  return { sent };
}
