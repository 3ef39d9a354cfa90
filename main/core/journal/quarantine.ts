import { mkdirSync, renameSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where damaged files go: kept for the user (and for us to recover), never deleted or overwritten. */
export function quarantineDir(dataDir: string): string {
  return join(dataDir, 'quarantine');
}

function target(dataDir: string, file: string, now: number): string {
  const dir = quarantineDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${new Date(now).toISOString().replace(/[:.]/g, '-')}-${basename(file)}`);
}

/** Moves a damaged file out of the way; returns where it went. */
export function quarantineMove(dataDir: string, file: string, now: number): string {
  const to = target(dataDir, file, now);
  renameSync(file, to);
  return to;
}

/** Keeps a copy of a file about to be repaired in place. */
export function quarantineCopy(dataDir: string, file: string, now: number): string {
  const to = target(dataDir, file, now);
  copyFileSync(file, to);
  return to;
}
