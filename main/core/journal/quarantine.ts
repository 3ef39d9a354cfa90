import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where damaged files go: kept for the user (and for us to recover), never deleted or overwritten. */
export function quarantineDir(dataDir: string): string {
  return join(dataDir, 'quarantine');
}

function target(dataDir: string, file: string, now: number): string {
  const dir = quarantineDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  // Two copies of one file in the same millisecond each get their own name: nothing kept is overwritten.
  for (let n = 1; ; n++) {
    const to = join(dir, `${stamp}${n > 1 ? `-${n}` : ''}-${basename(file)}`);
    if (!existsSync(to)) return to;
  }
}

/** Only the user may read what is kept: journals hold client names, rates and notes. */
function privately(path: string): string {
  try {
    chmodSync(path, 0o600);
  } catch {
    // A file system without modes (FAT, some network shares): nothing more can be done.
  }
  return path;
}

/** Moves a damaged file out of the way; returns where it went. */
export function quarantineMove(dataDir: string, file: string, now: number): string {
  const to = target(dataDir, file, now);
  renameSync(file, to);
  return privately(to);
}

/** Keeps a copy of a file about to be repaired in place. */
export function quarantineCopy(dataDir: string, file: string, now: number): string {
  const to = target(dataDir, file, now);
  copyFileSync(file, to);
  return privately(to);
}
