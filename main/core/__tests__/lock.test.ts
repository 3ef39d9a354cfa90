import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { acquireDataLock, DataLocked, processStartedAt } from '../lock';

describe('the data folder lock', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());
  const lockFile = () => join(tmp.dir, 'host.lock');

  it('names its owner by pid, start time and machine, and refuses a second holder', () => {
    const release = acquireDataLock(tmp.dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual({
      pid: process.pid,
      startedAt: processStartedAt(process.pid),
      host: hostname(),
    });
    expect(() => acquireDataLock(tmp.dir)).toThrow(DataLocked);
    release();
    acquireDataLock(tmp.dir)();
  });

  it.skipIf(process.platform !== 'linux')(
    'takes over a lock whose pid now belongs to a process started later',
    async () => {
      // The pid of a live process, with the start time of the one that held the lock before it (a reused pid).
      const other = spawn('sleep', ['30']);
      try {
        await new Promise((r) => other.once('spawn', r));
        const started = processStartedAt(other.pid!)!;
        writeFileSync(
          lockFile(),
          JSON.stringify({ pid: other.pid, startedAt: started - 60_000, host: hostname() }),
        );
        const release = acquireDataLock(tmp.dir);
        expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
        release();
        // The same pid and start time: that process does hold it.
        writeFileSync(lockFile(), JSON.stringify({ pid: other.pid, startedAt: started, host: hostname() }));
        expect(() => acquireDataLock(tmp.dir)).toThrow(/already using/);
      } finally {
        other.kill();
      }
    },
  );

  it('takes over an empty or garbled lock (its writer died before writing), and a pid-only lock of a non-Tactful process', () => {
    for (const text of ['', 'garbage', '{"pid": -3}', '1']) {
      writeFileSync(lockFile(), text);
      // An empty lock is given two seconds to be finished by its writer; this one is old.
      const old = new Date(Date.now() - 10_000);
      utimesSync(lockFile(), old, old);
      const release = acquireDataLock(tmp.dir);
      release();
    }
  });

  it('refuses a lock held on another machine (a synced folder), saying where', () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 1, startedAt: 0, host: 'other-laptop' }));
    expect(() => acquireDataLock(tmp.dir)).toThrow(/Tactful on another computer \(other-laptop\)/);
  });
});
