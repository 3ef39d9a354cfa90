import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces a file's contents all at once: written to a temporary file beside it, fsync'd, renamed over it, and the
 * folder fsync'd, so after a crash or a power cut the file holds either the old text or the new, never a mix. The
 * file is private to the user (0600) unless told otherwise.
 */
export function writeFileAtomic(
  path: string,
  text: string,
  mode = 0o600,
  opts: { syncFolder?: boolean } = {},
): void {
  const tmp = `${path}.tmp`;
  try {
    const fd = openSync(tmp, 'w', mode);
    try {
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    // A half-written temporary file (a full disk) would only take more of the space that is missing.
    rmSync(tmp, { force: true });
    throw e;
  }
  // Many files into one folder (an import) sync the folder once, after the last.
  if (opts.syncFolder !== false) syncDir(dirname(path));
}

/** Makes a rename or a new file in this folder durable (a no-op where folders cannot be opened, as on Windows). */
export function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some filesystems refuse fsync on a folder; the rename is then as durable as they make it.
  } finally {
    closeSync(fd);
  }
}
