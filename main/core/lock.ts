import { execFileSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds a data folder: the process, when it started (so a reused pid is told apart), and on which machine. */
interface LockOwner {
  pid: number;
  startedAt: number | null;
  host: string | null;
}

/** A lock another Tactful holds: the sentence says which, and what to do. */
export class DataLocked extends Error {}

/** When a process started (ms since the epoch), or null where this platform does not tell. */
export function processStartedAt(pid: number): number | null {
  try {
    if (process.platform === 'linux') {
      // Field 22 of /proc/<pid>/stat: clock ticks (100 a second) from boot to the process's start.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
      return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1000 + ticks * 10 : null;
    }
    if (process.platform === 'darwin') {
      const text = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
        encoding: 'utf8',
        timeout: 2000,
      });
      const at = Date.parse(text.trim());
      return Number.isFinite(at) ? at : null;
    }
  } catch {
    // No such process, or no way to ask.
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's owner, or null for a file that is not one (empty: its writer died before writing; garbage). */
function readOwner(path: string): LockOwner | null {
  const text = readFileSync(path, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), startedAt: null, host: null }; // before 0.2: the pid alone
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(o.pid) || o.pid! <= 0) return null;
    return {
      pid: o.pid!,
      startedAt: typeof o.startedAt === 'number' ? o.startedAt : null,
      host: o.host ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * Whether the owner still runs: its pid is alive and that process is the one that wrote the lock (it started when
 * the lock says, or, for a lock without that, before the lock was written). A pid reused by another program, or a
 * stale file, is not an owner.
 */
function ownerRuns(owner: LockOwner, writtenAt: number): boolean {
  if (!isAlive(owner.pid)) return false;
  const started = processStartedAt(owner.pid);
  if (owner.startedAt !== null && started !== null) return Math.abs(started - owner.startedAt) < 2000;
  // A lock from before 0.2 names only a pid: it is Tactful's if that process could be Tactful and is older.
  if (runsTactful(owner.pid) === false) return false;
  return started === null || started <= writtenAt + 1000;
}

/** Whether a process's command line is Tactful's (Node running serve, or the app), or null where that is unknown. */
function runsTactful(pid: number): boolean | null {
  if (process.platform !== 'linux') return null;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return /tactful|serve\.(js|ts)|electron/i.test(cmdline);
  } catch {
    return null;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * One host per data directory: two writers would interleave journal lines. The lock file is created exclusively
 * and names its owner (pid, start time, machine); a lock whose owner no longer runs (a crash, a SIGKILL, a pid
 * reused since) is taken over. Throws DataLocked, with a sentence for the user, when another Tactful has it.
 */
export function acquireDataLock(dataDir: string): () => void {
  const path = join(dataDir, 'host.lock');
  const me: LockOwner = { pid: process.pid, startedAt: processStartedAt(process.pid), host: hostname() };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(me));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return () => {
        // Only our own lock: another host may have taken over a lock it found stale.
        if (readOwnerSafely(path)?.pid === me.pid) rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const writtenAt = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const owner = readOwnerSafely(path);
    if (!owner && Date.now() - writtenAt < 2000) {
      // Another host is writing its lock this very moment: let it finish before judging.
      pause(50);
      continue;
    }
    if (owner && owner.host !== null && owner.host !== me.host)
      throw new DataLocked(
        `Tactful on another computer (${owner.host}) is using ${dataDir}; close it there first (is this a synced folder?)`,
      );
    if (owner && ownerRuns(owner, writtenAt))
      throw new DataLocked(`another Tactful (pid ${owner.pid}) is already using ${dataDir}; close it first`);
    rmSync(path, { force: true });
  }
  throw new DataLocked(`could not lock ${dataDir}: another Tactful keeps taking it`);
}

function readOwnerSafely(path: string): LockOwner | null {
  try {
    return readOwner(path);
  } catch {
    return null;
  }
}
