import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small real file system that can be filled to the last block: where disk-full tests run. */
export interface SmallDisk {
  dir: string;
  /** Fills every free block with a filler file (what is left: nothing). */
  fill(): void;
  /** Deletes the filler: the space comes back. */
  free(): void;
  /** Bytes free now. */
  available(): number;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `sizeKb` (root only). Returns why it could not instead: elsewhere that is a skip, said aloud;
 * under CI it is a failure, so a CI box that cannot mount cannot pass with the disk-full promise untested.
 */
export function mountSmallDisk(what: string, sizeKb = 200): SmallDisk | { missing: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const missing = `mounting a tmpfs was refused (${String((e as { stderr?: Buffer }).stderr ?? e).trim()}); run as root`;
    if (process.env.CI)
      throw new Error(`${what} need a real full disk under CI, and ${missing}`, { cause: e });
    console.warn(`[disk-full tests] skipping ${what}: ${missing}`);
    return { missing };
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(4096, 0x78);
      try {
        for (;;) writeSync(fd, block);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      }
      // The last partial block too.
      try {
        for (;;) writeSync(fd, block.subarray(0, 1));
      } catch {
        // Full.
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    available() {
      const s = statfsSync(dir);
      return s.bavail * s.bsize;
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
