import type { TactfulBridge } from '../../../shared/contract/bridge';
import type {
  HostCommandInputOf,
  HostCommandType,
  HostResults,
  ReplyMessage,
} from '../../../shared/contract/contract';
import { RequestError, type Transport } from './transport';

/** Inside Electron: the preload's functions, one per command. */
export class IpcTransport implements Transport {
  readonly kind = 'ipc' as const;

  constructor(private readonly bridge: TactfulBridge) {}

  async request<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
    // Indexing a mapped type by a generic key loses the pairing between the command and its function.
    const send = this.bridge.command[cmd.type] as unknown as (
      c: HostCommandInputOf<T>,
    ) => Promise<ReplyMessage<T>>;
    const reply = await send(cmd);
    if (!reply.ok) throw new RequestError(reply.error);
    return reply.result;
  }

  subscribe(handlers: Parameters<Transport['subscribe']>[0]): () => void {
    handlers.status('open');
    const offSnapshot = this.bridge.onSnapshot((s) => handlers.snapshot(s, Date.now()));
    const offData = this.bridge.onData(handlers.data);
    return () => {
      offSnapshot();
      offData();
    };
  }

  close(): void {}
}
