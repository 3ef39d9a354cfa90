import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';

describe('the WebSocket server refuses bad input clearly and changes nothing', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let c: TestClient;

  beforeEach(async () => {
    tmp = tempDataDir();
    srv = await startServer(tmp.dir, { rate: { perSecond: 20, burst: 20 } });
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
  });

  afterEach(async () => {
    await c.close();
    await srv.close();
    tmp.cleanup();
  });

  const lastError = () => c.next((p) => p.type === 'error', 2000, c.pushes.length);

  it('answers malformed JSON with an error, and keeps the connection', async () => {
    const wait = lastError();
    c.sendRaw('{"id": "1", "cmd": ');
    expect(await wait).toMatchObject({
      type: 'error',
      error: { code: 'badMessage', key: 'notJson', message: expect.stringMatching(/not JSON/) },
    });
    expect((await c.ok({ type: 'history.query' })).meetings).toEqual([]);
  });

  it('names what was wrong in a message it understood only in part', async () => {
    expect(await c.request({ type: 'nope' } as never)).toMatchObject({
      ok: false,
      error: { code: 'badMessage', path: 'cmd.type' },
    });
    const r = await c.request({
      type: 'meeting.create',
      plan: { id: 'x', title: 'T', items: [{ id: 'a', title: 'A', budgetSec: -5 }] },
    } as never);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'badMessage',
        path: 'cmd.plan.items.0.budgetSec',
        message: expect.stringMatching(/cannot be negative/),
      },
    });
    const wait = lastError();
    c.sendRaw(JSON.stringify({ cmd: { type: 'history.query' } }));
    expect(await wait).toMatchObject({ error: { code: 'badMessage', path: 'id' } });
    expect(srv.host.meeting.state).toBeNull();
  });

  it('refuses messages that are too large or binary', async () => {
    let wait = lastError();
    c.sendRaw(JSON.stringify({ id: 'big', cmd: { type: 'history.query', pad: 'x'.repeat(300 * 1024) } }));
    expect(await wait).toMatchObject({ error: { code: 'tooLarge' } });
    wait = lastError();
    c.sendRaw(Buffer.from([1, 2, 3]));
    expect(await wait).toMatchObject({
      error: { code: 'badMessage', message: expect.stringMatching(/text frames/) },
    });
  });

  it('lets only an import be large, and closes the socket on a frame past the hard limit', async () => {
    const wait = lastError();
    c.sendRaw(
      JSON.stringify({ id: 'big2', cmd: { type: 'history.query', pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    expect(await wait).toMatchObject({ error: { code: 'tooLarge' } });
    const big = await c.request({
      type: 'history.import',
      content: JSON.stringify({
        format: 'tactful-meetings',
        version: 1,
        exportedAt: '',
        meetings: [],
        clients: [],
        pad: 'x'.repeat(1024 * 1024),
      }),
    });
    expect(big).toMatchObject({ ok: true, result: { added: 0 } });
    const closed = c.closed();
    c.sendRaw('x'.repeat(81 * 1024 * 1024));
    expect((await closed).code).toBe(1009);
  });

  it('limits the rate for the host as a whole, across connections (I3)', async () => {
    await srv.close();
    srv = await startServer(tmp.dir, {
      rate: { perSecond: 1000, burst: 1000 },
      hostRate: { perSecond: 10, burst: 30 },
    });
    const sockets = await Promise.all(
      Array.from({ length: 5 }, () => TestClient.connect(srv.wsUrl, { token: srv.token })),
    );
    for (const s of sockets)
      for (let i = 0; i < 20; i++) s.sendRaw(JSON.stringify({ id: `h${i}`, cmd: { type: 'history.query' } }));
    await new Promise((r) => setTimeout(r, 500));
    const count = (type: string) =>
      sockets.reduce((n, s) => n + s.pushes.filter((p) => p.type === type).length, 0);
    expect(count('reply')).toBeLessThan(50);
    expect(count('error')).toBeGreaterThan(50);
    await Promise.all(sockets.map((s) => s.close()));
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
  });

  it('limits the message rate, dropping the excess with an error', async () => {
    for (let i = 0; i < 40; i++) c.sendRaw(JSON.stringify({ id: `m${i}`, cmd: { type: 'history.query' } }));
    await c.next((p) => p.type === 'error' && p.error.code === 'rateLimited');
    await new Promise((r) => setTimeout(r, 300));
    const replies = c.pushes.filter((p) => p.type === 'reply').length;
    expect(replies).toBeGreaterThanOrEqual(20);
    expect(replies).toBeLessThan(40);
  });

  it('turns away a missing or wrong token, and a page from another origin', async () => {
    await expect(TestClient.connect(srv.wsUrl)).rejects.toMatchObject({ status: 401 });
    await expect(TestClient.connect(srv.wsUrl, { token: 'wrong' })).rejects.toMatchObject({ status: 401 });
    await expect(
      TestClient.connect(srv.wsUrl, { token: srv.token, origin: 'https://evil.example' }),
    ).rejects.toMatchObject({ status: 403 });
    const own = await TestClient.connect(srv.wsUrl, {
      token: srv.token,
      origin: `http://127.0.0.1:${srv.port}`,
    });
    await own.close();
    const bearer = await TestClient.connect(srv.wsUrl, { headers: { Authorization: `Bearer ${srv.token}` } });
    await bearer.close();
  });

  it('pairs the browser from the printed link (its own device cookie) and drops the token from the address', async () => {
    const res = await fetch(`http://127.0.0.1:${srv.port}/?token=${srv.token}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(
      new RegExp(`^tactful_device_${srv.port}=[\\w-]+; HttpOnly; SameSite=Strict`),
    );
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const bad = await fetch(`http://127.0.0.1:${srv.port}/?token=nope`, { redirect: 'manual' });
    expect(bad.status).toBe(401);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const viaCookie = await TestClient.connect(srv.wsUrl, { headers: { Cookie: cookie } });
    await viaCookie.close();
  });

  it('listens on 127.0.0.1 only unless LAN access is on', async () => {
    expect(srv.server.address.lan).toBeNull();
    expect(srv.host.info().lanUrls).toEqual([]);
    expect(srv.server['local'].address()).toMatchObject({ address: '127.0.0.1' });
    expect(srv.server['lanServer']).toBeNull();
  });
});
