import type { ContractError, ContractErrorCode } from '../../shared/contract/contract';
import { contractError } from '../../shared/contract/contract.errors';
import type { ErrorKey, ErrorParams } from '../../shared/contract/error.catalog';
import type { CommandError } from '../../shared/meeting/meeting.commands';

/** A refusal the client should see: thrown by services, turned into an error reply by the dispatcher. */
export class HostError extends Error {
  readonly error: ContractError;

  constructor(code: ContractErrorCode, key: ErrorKey, params: ErrorParams = {}, path?: string) {
    const error = contractError(code, key, params, path);
    super(error.message);
    this.error = error;
  }

  static from(e: CommandError): HostError {
    return new HostError(e.code, e.key, e.params);
  }
}
