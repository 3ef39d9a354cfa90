import { DataLocked } from './lock';

/** Why the host cannot start, in one sentence for the user (the terminal, or the app's error box): never a stack. */
export function startupFailure(e: unknown, dataDir: string): string {
  if (e instanceof DataLocked) return `Tactful cannot start: ${e.message}.`;
  const err = e as NodeJS.ErrnoException;
  const where = err.path ?? dataDir;
  switch (err.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Tactful cannot start: the disk that holds ${dataDir} is full; free some space and start it again.`;
    case 'EACCES':
    case 'EPERM':
      return `Tactful cannot start: it is not allowed to write to ${where}; check that folder's permissions.`;
    case 'EROFS':
      return `Tactful cannot start: ${where} is on a read-only disk.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `Tactful cannot start: ${where} should be a folder, but something else is in its place; move it away.`;
    case 'EIO':
      return `Tactful cannot start: the disk that holds ${dataDir} could not be read (an input/output error).`;
    case 'EADDRINUSE':
      return 'Tactful cannot start: another program is using its port; choose another one with --port.';
    default:
      return `Tactful cannot start: ${err?.message ?? String(e)}`;
  }
}
