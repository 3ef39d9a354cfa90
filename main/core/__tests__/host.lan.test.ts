import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deviceCookieName } from '../server/auth';
import { lanAddress } from '../server/lan';
import { startServer } from '../../../e2e/support/host.harness';
import { serverEach } from '../../../e2e/support/server.each';
import { getWith } from '../../../e2e/support/raw.http';
import { TestClient } from '../../../e2e/support/ws.client';

const ip = lanAddress(undefined);
if (!ip) console.warn('[LAN tests] skipping: this machine has no IPv4 network address');

/** Follows a pairing link as a phone would: the cookie it gets, or the status it was refused with. */
async function pair(url: string, landing = '/'): Promise<{ cookie: string } | { status: number }> {
  const res = await fetch(url, { redirect: 'manual' });
  if (res.status !== 302) return { status: res.status };
  expect(res.headers.get('location')).toBe(landing);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

describe.skipIf(!ip)('LAN access', () => {
  const s = serverEach();

  const lanOn = async (c: TestClient) => {
    await c.ok({ type: 'settings.update', patch: { lan: { enabled: true } } });
    const info = await c.next((p) => p.type === 'info' && p.info.lanUrls.length === 1, 3000, 0);
    return info.type === 'info' ? info.info.lanUrls[0]! : '';
  };

  it('binds the one LAN address, never every interface, and hands out a one-time pairing link, not the token', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    expect(s.srv.server.address.lan).toBeNull();
    const link = await lanOn(c);
    expect(link).toMatch(
      new RegExp(`^http://${ip!.replace(/\./g, '\\.')}:${s.srv.port}/pair\\?code=[A-Z2-9]{8}$`),
    );
    expect(link).not.toContain(s.srv.token);
    expect(s.srv.server['lanServer']!.address()).toMatchObject({ address: ip, port: s.srv.port });
    expect(s.srv.server['local'].address()).toMatchObject({ address: '127.0.0.1', port: s.srv.port });
    // The phone pairs once; the link is then spent, and the QR shows the next code.
    const paired = await pair(link);
    expect(paired).toHaveProperty('cookie');
    expect(await pair(link)).toEqual({ status: 401 });
    await c.next((p) => p.type === 'info' && p.info.lanUrls.length === 1 && p.info.lanUrls[0] !== link, 3000);
    const phone = await TestClient.connect(`ws://${ip}:${s.srv.port}/ws`, {
      origin: `http://${ip}:${s.srv.port}`,
      headers: { Cookie: (paired as { cookie: string }).cookie },
    });
    // A paired phone presses the overlay's buttons, but is not shown how to pair more, nor may it manage devices.
    expect((await phone.ok({ type: 'history.query' })).total).toBe(0);
    const info = await phone.next((p) => p.type === 'info');
    expect(info.type === 'info' && info.info.lanUrls).toEqual([]);
    expect(await phone.request({ type: 'devices.list' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', key: 'localOnly' },
    });
    // Turning LAN off closes the LAN listener and the phone's socket.
    const gone = phone.closed();
    await c.ok({ type: 'settings.update', patch: { lan: { enabled: false } } });
    await gone;
    await expect.poll(() => s.srv.server['lanServer']).toBeNull();
    await c.close();
  });

  it('lists paired devices and forgets one: its socket closes and its cookie stops working', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    const link = await lanOn(c);
    const { cookie } = (await pair(link)) as { cookie: string };
    expect(cookie.startsWith(`${deviceCookieName(s.srv.port)}=`)).toBe(true);
    const phone = await TestClient.connect(`ws://${ip}:${s.srv.port}/ws`, { headers: { Cookie: cookie } });
    const { devices } = await c.ok({ type: 'devices.list' });
    expect(devices).toEqual([
      expect.objectContaining({ kind: 'control', name: expect.any(String), lastSeenAt: expect.any(Number) }),
    ]);
    // No token of a device is stored in the clear.
    expect(readFileSync(join(s.tmp.dir, 'config.json'), 'utf8')).not.toContain(cookie.split('=')[1]);
    const closed = phone.closed();
    expect(await c.ok({ type: 'devices.forget', id: devices[0]!.id })).toEqual({ forgotten: true });
    expect((await closed).code).toBe(1008);
    await expect(
      TestClient.connect(`ws://${ip}:${s.srv.port}/ws`, { headers: { Cookie: cookie } }),
    ).rejects.toMatchObject({ status: 401 });
    await c.close();
  });

  it('gives view-only links that open the room view, see only it, and can send no command', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    await lanOn(c);
    await c.ok({
      type: 'clients.save',
      client: { id: 'acme', name: 'Acme', contact: 'Giulia', hourlyRateMinor: 9000, notes: 'secret notes' },
    });
    const view = await c.ok({ type: 'devices.pair', kind: 'view' });
    expect(view.urls).toEqual([
      `http://127.0.0.1:${s.srv.port}/pair?code=${view.code}`,
      `http://${ip}:${s.srv.port}/pair?code=${view.code}`,
    ]);
    const { cookie } = (await pair(view.urls[1]!, '/#/room')) as { cookie: string };
    const room = await TestClient.connect(`ws://${ip}:${s.srv.port}/ws`, { headers: { Cookie: cookie } });
    await c.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: 'Call',
        clientId: 'acme',
        audience: 'group',
        participants: [{ id: 'p1', name: 'Anna' }],
        items: [{ id: 'a', title: 'A', budgetSec: 600 }],
        hardTalk: { matters: 'the contract', points: ['price'], avoid: [] },
      },
      start: true,
    });
    await c.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'p1' } });
    await c.ok({
      type: 'meeting.annotate',
      meetingId: 'm1',
      command: { type: 'editNotes', text: 'private' },
    });
    const seen = await room.next((p) => p.type === 'snapshot' && p.snapshot.room?.floor?.name === 'Anna');
    expect(seen).toMatchObject({
      snapshot: { view: null, nudge: null, offer: null, room: { status: 'running', item: { title: 'A' } } },
    });
    // Nothing a room must not see ever reaches it: no client, rate, notes, plan card or line.
    const everything = JSON.stringify(room.pushes);
    for (const secret of ['Acme', 'Giulia', '9000', 'secret notes', 'private', 'the contract', 'price'])
      expect(everything).not.toContain(secret);
    for (const cmd of [
      { type: 'meeting.command', command: { type: 'pause' } },
      { type: 'history.query' },
      { type: 'settings.update', patch: { theme: 'dark' } },
    ] as const)
      expect(await room.request(cmd)).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', key: 'viewOnly' },
      });
    expect(s.srv.host.meeting.state!.status).toBe('running');
    await room.close();
    await c.close();
  });

  it('takes --lan for this run only: the setting stays off, and nothing is written', async () => {
    await s.srv.close();
    const before = readFileSync(join(s.tmp.dir, 'config.json'), 'utf8');
    s.srv = await startServer(s.tmp.dir, { lan: true });
    expect(s.srv.server.address.lan).toBe(ip);
    expect(s.srv.host.settings.settings().lan.enabled).toBe(false);
    expect(readFileSync(join(s.tmp.dir, 'config.json'), 'utf8')).toBe(before);
    await s.srv.close();
    s.srv = await startServer(s.tmp.dir);
    expect(s.srv.server.address.lan).toBeNull();
  });

  it('answers only for its own names: another Host (DNS rebinding) gets 421', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    await lanOn(c);
    const ask = (url: string, host: string) => getWith(url, { Host: host }).then((r) => r.status);
    expect(await ask(`http://127.0.0.1:${s.srv.port}/`, `evil.example:${s.srv.port}`)).toBe(421);
    expect(await ask(`http://${ip}:${s.srv.port}/`, `127.0.0.1:${s.srv.port}`)).toBe(421);
    expect(await ask(`http://${ip}:${s.srv.port}/`, `${ip}:${s.srv.port}`)).not.toBe(421);
    await c.close();
  });
});

describe('pairing with LAN access off', () => {
  const s = serverEach();

  it('gives this computer’s link, which pairs a browser here once', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    const view = await c.ok({ type: 'devices.pair', kind: 'view' });
    expect(view.urls).toEqual([`http://127.0.0.1:${s.srv.port}/pair?code=${view.code}`]);
    expect(await pair(view.urls[0]!, '/#/room')).toHaveProperty('cookie');
    expect(await pair(view.urls[0]!, '/#/room')).toEqual({ status: 401 });
    expect((await c.ok({ type: 'devices.list' })).devices).toMatchObject([
      { kind: 'view', thisComputer: false },
    ]);
    await c.close();
  });
});
