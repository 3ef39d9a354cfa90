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

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const STORAGE = new Set([
  'EIO',
  'EROFS',
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EBADF',
  'EMFILE',
  'ENFILE',
]);

/** Whether an error is the disk's or the file system's (full, read-only, failing), not the program's. */
export function isStorageError(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && (DISK_FULL.has(code) || STORAGE.has(code));
}

/**
 * A write the disk refused, as the refusal a client sees: `unavailable` (something outside Tactful), "the disk is
 * full" or "could not save". An error that is not the disk's is passed on as it is.
 */
export function storageFailure(e: unknown): Error {
  if (e instanceof HostError || !isStorageError(e)) return e as Error;
  const failure = DISK_FULL.has(e.code!)
    ? new HostError('unavailable', 'diskFull')
    : new HostError('unavailable', 'storageFailed', { detail: e.code! });
  failure.cause = e;
  return failure;
}
