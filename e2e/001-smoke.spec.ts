import { expect, test } from './support/host.fixture';

test('a browser reaches the UI through the printed URL, and the page talks to the host', async ({
  page,
  host,
}) => {
  const response = await page.goto(host.url);
  expect(response?.status()).toBe(200);
  // The token moved from the address bar into a cookie.
  expect(page.url()).toBe(`${host.origin}/`);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-connection', 'open');
  await expect(page.getByTestId('connection')).toContainText('Connected · Tactful');
  const csp = await page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  );
  expect(csp).toContain("script-src 'self'");
});

test('without the token the page cannot reach the host', async ({ page, host }) => {
  const socket = page.waitForEvent('websocket');
  await page.goto(host.origin);
  const ws = await socket;
  // A refused handshake surfaces as a socket error in some browsers, as a close in others.
  await Promise.race([ws.waitForEvent('close'), ws.waitForEvent('socketerror')]);
  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    seen.push((await page.getByTestId('connection').getAttribute('data-connection')) ?? '');
    await page.waitForTimeout(150);
  }
  expect(seen).not.toContain('open');
  expect(seen).toContain('closed');
});
