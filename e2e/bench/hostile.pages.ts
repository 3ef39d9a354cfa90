import type { Browser, Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a hostile page on another local port sends the host, over and over (the audit's H1 and L1, and more). */
function hostileHtml(port: number): string {
  return `<!doctype html><meta charset="utf-8"><title>hostile</title><script>
const H = 'http://127.0.0.1:${port}';
const paths = ['/%', '//[', '/%E0%A4%A', '/a%00b', '/ws?token=%', '/.//evil.example/?token=x', '/rootlink/etc/passwd',
  '/pair?code=AAAAAAAA', '/?token=wrong', '/' + 'a'.repeat(6000), '/%2e%2e/%2e%2e/etc/passwd', '/assets/%'];
// Cookies are not scoped by port: these reach the host's own page and its socket too.
document.cookie = 'tactful_token=%; path=/';
document.cookie = 'tactful_device_${port}=%; path=/ws';
document.cookie = 'tactful_device_${port}=AAAAAAAAAAAAAAAAAAAAAAAA; path=/';
window.sent = 0;
let i = 0;
// After load: images still loading would hold the load event back for ever.
addEventListener('load', () => setInterval(() => {
  for (let k = 0; k < 2; k++) {
    const img = new Image();
    img.src = H + paths[i++ % paths.length] + (i % 2 ? '' : '?n=' + i);
    fetch(H + paths[i % paths.length], { mode: 'no-cors', method: i % 3 ? 'GET' : 'POST' }).catch(() => {});
    window.sent += 2;
  }
  try {
    const ws = new WebSocket('ws://127.0.0.1:${port}/ws');
    ws.onerror = () => {};
    setTimeout(() => ws.close(), 100);
    window.sent++;
  } catch {}
}, 500));
</script>`;
}

/**
 * Opens `pages` hostile pages (another origin: a server on another 127.0.0.1 port) that hammer the host with bad
 * requests, planted cookies and refused sockets while something else is measured. Returns how to stop them, and
 * how many requests they sent.
 */
export async function hostilePages(browser: Browser, hostPort: number, pages: number) {
  const html = hostileHtml(hostPort);
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A context of their own: in the measured page's, Chromium runs same-site pages in its renderer, on its main
  // thread, and the burst would measure the browser's scheduling, not the host. (Planted cookies reaching the host's
  // own page are a test of their own: host.http.test.ts.)
  const context = await browser.newContext();
  // One after the other: twenty renderers starting at once on two cores would time out, not attack.
  const opened: Page[] = [];
  for (let i = 0; i < pages; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    opened.push(page);
  }
  return {
    async stop(): Promise<number> {
      let sent = 0;
      for (const p of opened) sent += await p.evaluate(() => (window as unknown as { sent: number }).sent);
      await context.close();
      await new Promise<void>((r) => server.close(() => r()));
      return sent;
    },
  };
}
