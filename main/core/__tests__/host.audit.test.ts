import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { archiveOf } from '../../../e2e/support/archive.gen';
import { BUILT_SERVE, ensureBuilt, spawnHost, type ChildHost } from '../../../e2e/support/child.host';
import { getWith, rawRequest } from '../../../e2e/support/raw.http';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';
import type { Client } from '../../../shared/settings/client.schema';
import { lanAddress } from '../server/lan';

/**
 * The audit's reproductions (../shared/reviews/2026-12/security.md), each run against the built host as the audit
 * ran them: `node out/main/serve.js`, strict, so an error its safety net catches fails the test as well.
 */
const PLAN = { id: 'm1', title: 'Call', items: [{ id: 'a', title: 'A', budgetSec: 600 }] };
const UPGRADE =
  'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

let tmp: ReturnType<typeof tempDataDir>;
let host: ChildHost | null = null;
const start = async (args: string[] = []) =>
  (host = await spawnHost(tmp.dir, args, process.env, { built: true }));
const client = (h: ChildHost) => TestClient.connect(h.wsUrl, { token: h.token });

beforeAll(() => ensureBuilt(), 120_000);
beforeEach(() => (tmp = tempDataDir()));
afterEach(async () => {
  await host?.stop();
  host = null;
  tmp.cleanup();
});

describe('H1: one request without a token', () => {
  it('no longer ends the host: "/%", "//[" and a "%" token cookie on /ws are answered, and it serves on', async () => {
    const h = await start();
    const req = (target: string, extra = '') =>
      rawRequest(h.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n${extra}\r\n`);
    expect((await req('/%')).status).toBe(400);
    expect((await req('//[')).status).toBeLessThan(500);
    expect((await req('/ws', `${UPGRADE}Cookie: tactful_token=%\r\n`)).status).toBe(401);
    expect((await req('/ws', `${UPGRADE}Cookie: tactful_device_${h.port}=%\r\n`)).status).toBe(401);
    expect(h.proc.exitCode).toBeNull();
    const c = await client(h);
    expect((await c.ok({ type: 'history.query' })).total).toBe(0);
    await c.close();
  });
});

describe('M1 and M3: settings damaged while a meeting runs', () => {
  for (const [name, damage] of [
    ['garbage', (f: string) => writeFileSync(f, '{"settings": garbage')],
    ['deleted', (f: string) => unlinkSync(f)],
  ] as const)
    it(`keeps running on the last good settings when config.json is ${name}, and puts the file back on the next write`, async () => {
      const h = await start();
      const c = await client(h);
      await c.ok({ type: 'clients.save', client: { id: 'c1', name: 'Anna' } });
      await c.ok({ type: 'meeting.create', plan: PLAN, start: true });
      damage(join(tmp.dir, 'config.json'));
      // Ticks run (they read settings each second); commands are answered as having happened.
      await new Promise((r) => setTimeout(r, 2200));
      expect(h.proc.exitCode).toBeNull();
      const toggled = await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
      expect(toggled.seq).toBe(2);
      await c.ok({ type: 'settings.update', patch: { theme: 'dark' } });
      const saved = JSON.parse(readFileSync(join(tmp.dir, 'config.json'), 'utf8'));
      expect(saved).toMatchObject({ settings: { theme: 'dark' }, clients: [{ id: 'c1', name: 'Anna' }] });
      expect(saved.token).toBe(h.token);
      const info = await c.next(
        (p) => p.type === 'info' && p.info.problems.some((x) => /settings file was/.test(x)),
      );
      expect(info.type === 'info' && info.info.problems.join('\n')).toMatch(
        name === 'deleted' ? /deleted while Tactful ran/ : /damaged while Tactful ran.*kept at/,
      );
      await c.close();
    });

  it('answers a command that was journaled as having succeeded, even when its journal was deleted (M3)', async () => {
    const h = await start();
    const c = await client(h);
    await c.ok({ type: 'meeting.create', plan: PLAN, start: true });
    unlinkSync(join(tmp.dir, 'meetings', 'm1.jsonl'));
    expect(await c.request({ type: 'meeting.command', command: { type: 'pause' } })).toMatchObject({
      ok: true,
    });
    await c.close();
  });
});

describe('M2: ids every object answers to', () => {
  it('refuses items named "constructor" or "toString", and the host stays well', async () => {
    const h = await start();
    const c = await client(h);
    const r = await c.request({
      type: 'meeting.create',
      plan: {
        id: 'p',
        title: 'Poison',
        items: [
          { id: 'constructor', title: 'A', budgetSec: 60 },
          { id: 'toString', title: 'B', budgetSec: 60 },
          { id: 'b', title: 'C', budgetSec: 60 },
        ],
      },
    });
    expect(r).toMatchObject({ ok: false, error: { path: 'cmd.plan.items.0.id', key: 'reservedId' } });
    await c.ok({ type: 'meeting.create', plan: PLAN, start: true });
    expect((await c.ok({ type: 'meeting.command', command: { type: 'pause' } })).seq).toBe(2);
    await c.close();
  });
});

describe('M4 and M5: LAN access', () => {
  const ip = lanAddress(undefined);
  it.skipIf(!ip)(
    'is not sticky: --lan is for one run, and prints a one-time pairing link, never the token',
    async () => {
      let h = await start(['--lan']);
      await expect.poll(() => h.stderr.join('\n')).toMatch(/LAN access is ON/);
      expect(h.stdout.join('\n')).toMatch(
        new RegExp(`Tactful on your network: http://${ip}:${h.port}/pair\\?code=\\w{8}`),
      );
      expect(h.stdout.slice(1).join('\n')).not.toContain(h.token);
      expect(h.stderr.join('\n')).toMatch(/LAN access is ON \(--lan\)/);
      expect(h.stderr.join('\n')).not.toContain(h.token);
      expect(JSON.parse(readFileSync(join(tmp.dir, 'config.json'), 'utf8')).settings.lan.enabled).toBe(false);
      await h.stop();
      h = await start();
      expect(h.stdout.join('\n')).not.toMatch(/on your network/);
      expect(await listening(ip!, h.port)).toBe(false);
    },
  );

  it.skipIf(!ip)(
    'turned on in Settings, logs where it listens without the token, and says so at every start',
    async () => {
      let h = await start();
      const c = await client(h);
      await c.ok({ type: 'settings.update', patch: { lan: { enabled: true } } });
      await expect.poll(() => listening(ip!, h.port)).toBe(true);
      await c.close();
      expect(h.stderr.join('\n')).toMatch(new RegExp(`LAN access on at http://${ip}:${h.port}`));
      expect(h.stderr.join('\n')).not.toContain(h.token);
      await h.stop();
      h = await start();
      await expect.poll(() => h.stderr.join('\n')).toMatch(/LAN access is ON \(turned on in Settings\)/);
    },
  );
});

/** Whether something accepts connections on this address and port. */
async function listening(address: string, port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const s = connect({ host: address, port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('L2, L3, I6: imports', () => {
  it('adds clients all at once, a name that is taken told apart within 100 characters (L2)', async () => {
    const h = await start();
    const c = await client(h);
    const long = 'N'.repeat(100);
    await c.ok({ type: 'clients.save', client: { id: 'here', name: long } });
    const content = archiveOf(1, { clients: [clientOf('c2', long), clientOf('c3', 'Newco')] });
    expect(await c.ok({ type: 'history.import', content })).toMatchObject({ added: 1, clientsAdded: 2 });
    const names = JSON.parse(readFileSync(join(tmp.dir, 'config.json'), 'utf8')).clients.map(
      (x: { name: string }) => x.name,
    );
    expect(names).toEqual([long, `${'N'.repeat(96)} (2)`, 'Newco']);
    await c.close();
  });

  it('refuses an archive whose events the engine could not have written, and changes nothing (I6)', async () => {
    const h = await start();
    const c = await client(h);
    const archive = JSON.parse(archiveOf(1));
    archive.meetings[0].journal.splice(1, 0, {
      type: 'itemChanged',
      at: archive.meetings[0].journal[0].at,
      index: 5,
    });
    const before = readFileSync(join(tmp.dir, 'config.json'), 'utf8');
    expect(await c.request({ type: 'history.import', content: JSON.stringify(archive) })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        key: 'importRefused',
        message: expect.stringMatching(/cannot be replayed.*not possible/),
      },
    });
    expect(readFileSync(join(tmp.dir, 'config.json'), 'utf8')).toBe(before);
    expect((await c.ok({ type: 'history.query' })).total).toBe(0);
    await c.close();
  });

  it('refuses a large frame that is not an import before parsing it, and imports 10 MB without stalling ticks (L3)', async () => {
    const h = await start();
    const c = await client(h);
    await c.ok({ type: 'meeting.create', plan: { ...PLAN, id: 'live' }, start: true });
    let t = performance.now();
    c.sendRaw(`{"id":"big","cmd":{"type":"history.query","pad":"${'x'.repeat(60 * 1024 * 1024)}"}}`);
    await c.next((p) => p.type === 'error' && p.error.code === 'tooLarge', 20_000, c.pushes.length);
    const refusedMs = performance.now() - t;
    const content = archiveOf(3700, { padNotes: 2000 });
    expect(content.length).toBeGreaterThan(9_500_000);
    const from = c.pushes.length;
    t = performance.now();
    const imported = await c.request({ type: 'history.import', content }, 60_000);
    const importMs = performance.now() - t;
    expect(imported).toMatchObject({ ok: true, result: { added: 3700 } });
    // Ticks went on: a snapshot arrived about every second while the import ran.
    const snapshots = c.pushes.slice(from).filter((p) => p.type === 'snapshot').length;
    expect(snapshots).toBeGreaterThanOrEqual(Math.floor(importMs / 1000) - 1);
    expect(refusedMs).toBeLessThan(5000);
    await c.close();
  }, 90_000);
});

function clientOf(id: string, name: string): Client {
  return {
    id,
    name,
    contact: '',
    hourlyRateMinor: null,
    currency: 'EUR',
    language: 'en',
    address: 'formal',
    groupAddress: null,
    notes: '',
    team: [],
    archived: false,
  };
}

describe('L4, I5: files damaged while stopped', () => {
  it('rebuilds a history index whose summary is damaged though its journal size matches (L4)', async () => {
    let h = await start();
    let c = await client(h);
    await c.ok({ type: 'meeting.create', plan: PLAN, start: true });
    await c.ok({ type: 'meeting.command', command: { type: 'end' } });
    await c.ok({ type: 'meeting.close' });
    await c.close();
    await h.stop();
    const file = join(tmp.dir, 'index.json');
    const index = JSON.parse(readFileSync(file, 'utf8'));
    index.entries.m1.summary = { ...index.entries.m1.summary, nudges: null };
    writeFileSync(file, JSON.stringify(index));
    h = await start();
    c = await client(h);
    const q = await c.ok({ type: 'history.query' });
    expect(q.meetings.map((m) => m.id)).toEqual(['m1']);
    expect(q.aggregate.nudges).toEqual({ shown: 0, actedOn: 0 });
    await c.close();
  });

  it('says so when config.json went missing next to a history, instead of resetting silently (I5)', async () => {
    let h = await start();
    let c = await client(h);
    await c.ok({ type: 'meeting.create', plan: PLAN });
    await c.close();
    await h.stop();
    rmSync(join(tmp.dir, 'config.json'));
    h = await start();
    c = await client(h);
    const info = await c.next((p) => p.type === 'info');
    expect(info.type === 'info' && info.info.problems.join('\n')).toMatch(/settings file was missing/);
    await c.close();
  });
});

describe('L9, L10, I2: files, the lock and start-up', () => {
  it('keeps the data folder 0700 and its files 0600 (L9)', async () => {
    const h = await start();
    const c = await client(h);
    await c.ok({ type: 'meeting.create', plan: PLAN, start: true });
    await c.close();
    const mode = (p: string) => (statSync(join(tmp.dir, p)).mode & 0o777).toString(8);
    expect(mode('host.lock')).toBe('600');
    await h.stop();
    expect([mode('.'), mode('meetings')]).toEqual(['700', '700']);
    for (const f of ['meetings/m1.jsonl', 'index.json', 'current', 'config.json'])
      expect(mode(f), f).toBe('600');
  });

  it('starts over a stale lock whose pid now belongs to another process (L10)', async () => {
    writeFileSync(join(tmp.dir, 'host.lock'), '1');
    const h = await start();
    expect(JSON.parse(readFileSync(join(tmp.dir, 'host.lock'), 'utf8')).pid).toBe(h.proc.pid);
  });

  it('explains a failed start in one sentence, never a stack (I2)', async () => {
    await start();
    const second = spawnSync(process.execPath, [BUILT_SERVE, '--port', '0', '--data', tmp.dir], {
      encoding: 'utf8',
    });
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^Tactful cannot start: another Tactful \(pid \d+\) is already using .*; close it first\.$/,
    );
    const other = tempDataDir();
    writeFileSync(join(other.dir, 'meetings'), 'a file where a folder should be');
    const third = spawnSync(process.execPath, [BUILT_SERVE, '--port', '0', '--data', other.dir], {
      encoding: 'utf8',
    });
    other.cleanup();
    expect(third.status).toBe(1);
    expect(third.stderr.trim().split('\n')).toHaveLength(1);
    expect(third.stderr).toMatch(/^Tactful cannot start: .*meetings should be a folder/);
  });
});

describe('L6, L7, L8: the HTTP side of the built host', () => {
  it('answers a foreign Host with 421, redirects only on-site, and serves nothing through a link out of --static', async () => {
    const ui = join(tmp.dir, '..', `${tmp.dir.split('/').at(-1)}-ui`);
    mkdirSync(ui, { recursive: true });
    writeFileSync(join(ui, 'index.html'), '<title>ui</title>');
    symlinkSync('/', join(ui, 'rootlink'));
    try {
      const h = await start(['--static', ui]);
      expect((await getWith(`http://127.0.0.1:${h.port}/`, { Host: 'evil.example' })).status).toBe(421);
      const r = await getWith(`http://127.0.0.1:${h.port}/.//evil.example/?token=${h.token}`, {});
      expect(r.headers.location).toBe('/evil.example/');
      const passwd = await getWith(`http://127.0.0.1:${h.port}/rootlink/etc/passwd`, {});
      expect(passwd.status).toBe(403);
      expect(passwd.body).not.toMatch(/root:/);
    } finally {
      execFileSync('rm', ['-rf', ui]);
    }
  });
});
