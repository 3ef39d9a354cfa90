import type {
  ContractError,
  HostCommandInputOf,
  HostCommandType,
  HostInfo,
  HostResults,
  MeetingSnapshot,
} from '../../../shared/contract/contract';

export type ConnectionStatus = 'connecting' | 'open' | 'closed';

/** How the UI talks to the host: IPC inside Electron, a WebSocket in a browser. Chosen once at start. */
export interface Transport {
  readonly kind: 'ipc' | 'ws';
  /** Resolves with the command's result, checked against its schema; a refusal rejects with a RequestError. */
  request<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]>;
  /** Pushes from the host, each checked against its schema (one that does not fit is dropped); returns the unsubscribe. */
  subscribe(handlers: {
    snapshot(s: MeetingSnapshot, receivedAt: number): void;
    info(i: HostInfo): void;
    status(s: ConnectionStatus): void;
  }): () => void;
  close(): void;
}

/** A refused request: the host's error (or the transport's own), as an Error the UI can translate and show. */
export class RequestError extends Error {
  constructor(readonly error: ContractError) {
    super(error.message);
  }
}
