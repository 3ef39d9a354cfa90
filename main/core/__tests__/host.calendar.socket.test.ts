import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../shared/contract/contract';
import { serverEach } from '../../../e2e/support/server.each';
import { bigCalendar } from '../../../e2e/support/ics';
import { TestClient } from '../../../e2e/support/ws.client';

describe('an .ics file imported over the socket', () => {
  const s = serverEach();

  it('may be larger than an ordinary message, as a real calendar export is', async () => {
    const c = await TestClient.connect(s.srv.wsUrl, { token: s.srv.token });
    const content = bigCalendar(2_000, Date.now());
    expect(content.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    const r = await c.request({ type: 'calendar.import', name: 'export.ics', content }, 60_000);
    expect(r).toMatchObject({ ok: true, result: { sync: { ok: true, events: 2_000 } } });
    await c.close();
  }, 90_000);
});
