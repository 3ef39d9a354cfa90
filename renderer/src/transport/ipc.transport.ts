import type { TactfulBridge } from '../../../shared/contract/bridge';
import type { HostCommandInputOf, HostCommandType, HostResults } from '../../../shared/contract/contract';
import { hostInfoSchema, meetingSnapshotSchema } from '../../../shared/contract/contract.schemas';
import { parsePush, settleReply } from './push.parse';
import type { Transport } from './transport';

/** Inside Electron: the preload's one request function and its two push channels. */
export class IpcTransport implements Transport {
  readonly kind = 'ipc' as const;

  constructor(private readonly bridge: TactfulBridge) {}

  async request<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
    return settleReply(cmd.type, await this.bridge.request(cmd));
  }

  subscribe(handlers: Parameters<Transport['subscribe']>[0]): () => void {
    handlers.status('open');
    const offSnapshot = this.bridge.onSnapshot((raw) => {
      const s = parsePush(meetingSnapshotSchema, raw, 'snapshot');
      if (s) handlers.snapshot(s, Date.now());
    });
    const offInfo = this.bridge.onInfo((raw) => {
      const info = parsePush(hostInfoSchema, raw, 'info');
      if (info) handlers.info(info);
    });
    return () => {
      offSnapshot();
      offInfo();
    };
  }

  close(): void {}
}
