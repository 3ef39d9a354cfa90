import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../e2e/support/host.harness';
import { getWith, rawRequest } from '../../../e2e/support/raw.http';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';
import { deviceCookieName } from '../server/auth';

const UPGRADE = [
  'Connection: Upgrade',
  'Upgrade: websocket',
  'Sec-WebSocket-Version: 13',
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
];

describe('the HTTP side answers every request, however it is written, and never throws', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let ui: string;
  const get = (target: string, headers: string[] = []) =>
    rawRequest(
      srv.port,
      [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${srv.port}`, ...headers, '', ''].join('\r\n'),
    );

  beforeEach(async () => {
    tmp = tempDataDir();
    ui = join(tmp.dir, 'ui');
    mkdirSync(join(ui, 'assets'), { recursive: true });
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Tactful</title>');
    writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'the secret');
    symlinkSync('/', join(ui, 'rootlink'));
    symlinkSync(join(tmp.dir, 'secret.txt'), join(ui, 'secret.txt'));
    symlinkSync(join(ui, 'assets', 'app.js'), join(ui, 'inside.js'));
    srv = await startServer(join(tmp.dir, 'data'), { staticDir: ui });
  });
  afterEach(async () => {
    await srv.close();
    tmp.cleanup();
  });

  it('answers the requests that killed the host with 400 (H1), and keeps serving', async () => {
    expect((await get('/%')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/a%00b')).status).toBe(400);
    expect((await get('//[')).status).not.toBe(500);
    expect((await get('http://evil.example/')).status).toBe(400);
    expect((await get('*')).status).toBe(400);
    expect((await get(`/${'a'.repeat(9000)}`)).status).toBe(400);
    expect((await rawRequest(srv.port, 'GARBAGE\r\n\r\n')).status).toBe(400);
    const upgrade = (cookie: string) => get('/ws', [...UPGRADE, `Cookie: ${cookie}`]);
    expect((await upgrade('tactful_token=%')).status).toBe(401);
    expect((await upgrade(`${deviceCookieName(srv.port)}=%`)).status).toBe(401);
    expect((await upgrade('=;;;=%;%=%%')).status).toBe(401);
    expect((await get('/ws?token=%', UPGRADE)).status).toBe(401);
    expect((await get('/%', UPGRADE)).status).toBe(404);
    expect((await get('//[', UPGRADE)).status).toBe(404);
    const c = await TestClient.connect(srv.wsUrl, { token: srv.token });
    expect((await c.ok({ type: 'history.query' })).total).toBe(0);
    await c.close();
  });

  it('checks the Host header: none is 400, a foreign one (DNS rebinding) 421, its own names are served (L6)', async () => {
    const at = (host: string | null) =>
      rawRequest(
        srv.port,
        ['GET / HTTP/1.1', ...(host === null ? [] : [`Host: ${host}`]), '', ''].join('\r\n'),
      );
    expect((await at(null)).status).toBe(400);
    expect((await at('evil.example')).status).toBe(421);
    expect((await at(`evil.example:${srv.port}`)).status).toBe(421);
    expect((await at(`127.0.0.1:${srv.port + 1}`)).status).toBe(421);
    for (const own of [`127.0.0.1:${srv.port}`, `localhost:${srv.port}`, `LOCALHOST:${srv.port}`])
      expect((await at(own)).status).toBe(200);
    expect((await get('/ws', [...UPGRADE.slice(0, 2)])).status).not.toBe(421);
    const ws = await rawRequest(
      srv.port,
      ['GET /ws?token=x HTTP/1.1', 'Host: evil.example', ...UPGRADE, '', ''].join('\r\n'),
    );
    expect(ws.status).toBe(421);
  });

  it('redirects the token link only to a path on this server (L7)', async () => {
    for (const [target, location] of [
      [`/.//evil.example/?token=${srv.token}`, '/evil.example/'],
      [`//evil.example/?token=${srv.token}`, '/evil.example/'],
      [`/\\evil.example/?token=${srv.token}`, '/evil.example/'],
      [`/?token=${srv.token}&x=1`, '/?x=1'],
    ] as const) {
      const r = await getWith(`http://127.0.0.1:${srv.port}${target}`, {});
      expect(r.status, target).toBe(302);
      expect(r.headers.location, target).toBe(location);
    }
  });

  it('serves files only from inside the UI folder: links out of it are refused (L8)', async () => {
    const status = async (path: string) => (await get(path)).status;
    expect(await status('/assets/app.js')).toBe(200);
    expect(await status('/inside.js')).toBe(200);
    expect(await status('/rootlink/etc/passwd')).toBe(403);
    expect(await status('/secret.txt')).toBe(403);
    for (const p of [
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
    ]) {
      const r = await get(p);
      expect(r.text, p).not.toContain('the secret');
    }
    // Unknown paths get the app, which routes itself.
    expect((await get('/no/such/page')).text).toContain('<title>Tactful</title>');
  });

  it('keeps its device cookie apart from other local ports, and trusts no cookie it did not issue (L1)', async () => {
    const link = await getWith(`http://127.0.0.1:${srv.port}/?token=${srv.token}`, {});
    const cookie = String(link.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toMatch(new RegExp(`^tactful_device_${srv.port}=`));
    // The install token itself is never put in a cookie.
    expect(cookie).not.toContain(srv.token);
    const connect = (header: string) => TestClient.connect(srv.wsUrl, { headers: { Cookie: header } });
    const ok = await connect(`tactful_token=%; other=1; ${cookie}`);
    await ok.close();
    // A cookie of the same name planted by a page on another port is not trusted, nor does it lock the real one out.
    const planted = `${deviceCookieName(srv.port)}=AAAAAAAAAAAAAAAAAAAA`;
    await expect(connect(planted)).rejects.toMatchObject({ status: 401 });
    for (const both of [`${planted}; ${cookie}`, `${cookie}; ${planted}`])
      await (await connect(both)).close();
    await expect(connect(`${deviceCookieName(srv.port + 1)}=${cookie.split('=')[1]}`)).rejects.toMatchObject({
      status: 401,
    });
  });
});
