import type { ContractErrorCode } from '../../shared/contract/contract';

/** A refusal the client should see as is: thrown by handlers, turned into an error reply by the dispatcher. */
export class HostError extends Error {
  constructor(
    readonly code: ContractErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}
