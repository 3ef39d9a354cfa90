import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Radicale (`apt-get install radicale`, as .ci/run does): a real CalDAV server for the tests. */
export const RADICALE_BIN = process.env.RADICALE_BIN ?? '/usr/bin/radicale';

/** A running Radicale on 127.0.0.1 with its own storage and one user (htpasswd, plain), removed on stop. */
export interface Radicale {
  /** The server's root, as a user types it into Tactful. */
  url: string;
  port: number;
  user: string;
  password: string;
  /** A calendar collection's address. */
  calendarUrl(calendar: string): string;
  /** Creates a calendar collection (MKCALENDAR) with a display name. */
  makeCalendar(calendar: string, displayName?: string): Promise<void>;
  /** Creates or replaces one event (PUT of its VCALENDAR), as a calendar app does. */
  put(calendar: string, uid: string, ics: string): Promise<void>;
  /** Replaces a whole collection with one VCALENDAR (Radicale splits it by UID): fast for large calendars. */
  putCollection(calendar: string, ics: string): Promise<void>;
  remove(calendar: string, uid: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Why Radicale tests cannot run here, or null when they can. Elsewhere that is a skip, said aloud; under CI it is a
 * failure, so a CI box without Radicale cannot pass with CalDAV untested.
 */
export function radicaleMissingFor(what: string): string | null {
  if (existsSync(RADICALE_BIN)) return null;
  const missing = `${RADICALE_BIN} is not installed (apt-get install radicale, as .ci/run does)`;
  if (process.env.CI) throw new Error(`${what} need Radicale under CI, and ${missing}`);
  console.warn(`[CalDAV tests] skipping ${what}: ${missing}`);
  return missing;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startRadicale(user = 'alice', password = 'correct horse'): Promise<Radicale> {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-radicale-'));
  const port = await freePort();
  writeFileSync(join(dir, 'users'), `${user}:${password}\n`);
  writeFileSync(
    join(dir, 'config'),
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${join(dir, 'users')}`,
      'htpasswd_encryption = plain',
      // No delay after a wrong password: the tests try one on purpose.
      'delay = 0',
      '[storage]',
      `filesystem_folder = ${join(dir, 'collections')}`,
      '[rights]',
      'type = owner_only',
      '[web]',
      'type = none',
      '[logging]',
      'level = error',
    ].join('\n'),
  );
  const proc: ChildProcess = spawn(RADICALE_BIN, ['--config', join(dir, 'config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c));
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const request = async (
    path: string,
    method: string,
    body?: string,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(new URL(path, url), {
      method,
      body,
      headers: { Authorization: auth, ...headers },
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  };
  // Ready once it answers at all (401 without credentials).
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`radicale exited (${proc.exitCode}): ${stderr}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100) throw new Error(`radicale did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const calendarPath = (calendar: string) => `/${user}/${calendar}/`;
  const ics = { 'Content-Type': 'text/calendar; charset=utf-8' };
  return {
    url,
    port,
    user,
    password,
    calendarUrl: (calendar) => new URL(calendarPath(calendar), url).href,
    makeCalendar: (calendar, displayName = calendar) =>
      request(
        calendarPath(calendar),
        'MKCALENDAR',
        `<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:set><D:prop><D:displayname>${displayName}</D:displayname></D:prop></D:set>
</C:mkcalendar>`,
        { 'Content-Type': 'application/xml; charset=utf-8' },
      ),
    put: (calendar, uid, body) =>
      request(`${calendarPath(calendar)}${encodeURIComponent(uid)}.ics`, 'PUT', body, ics),
    putCollection: (calendar, body) => request(calendarPath(calendar), 'PUT', body, ics),
    remove: (calendar, uid) => request(`${calendarPath(calendar)}${encodeURIComponent(uid)}.ics`, 'DELETE'),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (proc.exitCode !== null) return done();
        proc.once('exit', done);
        proc.kill('SIGTERM');
      }),
  };
}
