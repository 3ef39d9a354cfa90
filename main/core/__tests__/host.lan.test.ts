import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lanAddresses } from '../server/lan';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';

describe('LAN access', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let srv: Awaited<ReturnType<typeof startServer>>;
  beforeEach(async () => {
    tmp = tempDataDir();
    srv = await startServer(tmp.dir);
  });
  afterEach(async () => {
    await srv.close();
    tmp.cleanup();
  });

  it('is off until asked for, then binds every interface and hands out addresses with the token', async () => {
    const c = await TestClient.connect(srv.wsUrl, { token: srv.token });
    expect(srv.server.address.lan).toBe(false);
    await c.ok({ type: 'settings.update', patch: { lan: { enabled: true } } });
    await c.next(
      (p) =>
        p.type === 'info' && p.info.settings.lan.enabled && p.info.lanUrls.length === lanAddresses().length,
      3000,
    );
    await expect
      .poll(() => srv.server['http'].address())
      .toMatchObject({ address: '0.0.0.0', port: srv.port });
    const urls = srv.server.lanUrls();
    expect(urls).toHaveLength(lanAddresses().length);
    for (const u of urls) expect(u).toMatch(new RegExp(`^http://[\\d.]+:${srv.port}/\\?token=${srv.token}$`));
    // A page served from the LAN address is one of ours; a socket from it is accepted.
    for (const ip of lanAddresses()) {
      const phone = await TestClient.connect(`ws://${ip}:${srv.port}/ws`, {
        token: srv.token,
        origin: `http://${ip}:${srv.port}`,
      });
      await phone.close();
    }
    await c.ok({ type: 'settings.update', patch: { lan: { enabled: false } } });
    await expect.poll(() => srv.server['http'].address()).toMatchObject({ address: '127.0.0.1' });
    await c.close();
  });
});
