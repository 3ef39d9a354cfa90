import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { effectiveRules } from '../../../shared/detect/app.rules';
import { systemTimers } from '../clock/timers';
import { forkDetector } from '../detect/detector.process';
import { DetectorSupervisor } from '../detect/detector.supervisor';
import { MemoryLogger } from '../log';
import { startX, xMissingFor, type XServer } from '../../../e2e/support/xvfb';

const SCRIPT = join(import.meta.dirname, '../detect/detector.child.ts');
const missing = xMissingFor('the X11 detector tests');

/** A supervisor running the real detector (from source, under tsx) against the given environment. */
function supervise(env: NodeJS.ProcessEnv, intervalMs = 500) {
  const log = new MemoryLogger();
  let changes = 0;
  const s = new DetectorSupervisor(forkDetector(SCRIPT, ['--import', 'tsx'], env), {
    timers: systemTimers,
    now: () => Date.now(),
    log,
    config: () => ({ rules: effectiveRules([]), intervalMs }),
    changed: () => changes++,
  });
  s.start();
  return { s, log, changes: () => changes };
}

async function waitFor<T>(
  what: string,
  get: () => T | undefined | null | false,
  timeoutMs: number,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the detector without a display', () => {
  it('says it is unavailable instead of crashing', async () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const { s } = supervise(env);
    await waitFor('status', () => s.status === 'unavailable', 10_000);
    expect(s.reason).toBe('noDisplay');
    // And it stays up, answering: typing is refused with a reason, not a hang.
    const r = await s.typeLine({ windowId: '0x1', text: 'hello', chatKeys: [], send: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(s.restarts).toBe(0);
    s.stop();
  }, 20_000);
});

describe.skipIf(missing)('the detector under Xvfb, against real X windows', () => {
  let x: XServer;
  let d: ReturnType<typeof supervise>;
  const files: string[] = [];

  beforeAll(async () => {
    x = await startX();
    d = supervise(x.env);
    await waitFor('the detector to run', () => d.s.status === 'running', 15_000);
  }, 30_000);

  afterAll(() => {
    d?.s.stop();
    x?.stop();
    for (const f of files) rmSync(f, { recursive: true, force: true });
  });

  afterEach(async () => {
    // Each test starts with no window open, whatever the last one left.
    x.closeWindows();
    await waitFor('no calls left', () => d.s.calls.length === 0, 5000);
  });

  it('reports a Zoom call within 3 s of its window appearing and its end within 3 s of it closing', async () => {
    const notes = await x.window('Quarterly notes - Editor');
    const zoom = await x.window('Zoom Meeting');
    const t0 = Date.now();
    const seen = await waitFor('the Zoom call', () => d.s.calls.find((c) => c.appId === 'zoom'), 3000);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(seen.appName).toBe('Zoom');
    // The editor is no call.
    expect(d.s.calls.map((c) => c.appId)).toEqual(['zoom']);
    zoom.kill();
    const t1 = Date.now();
    await waitFor('the call to end', () => d.s.calls.length === 0, 3000);
    expect(Date.now() - t1).toBeLessThan(3000);
    notes.kill();
  }, 20_000);

  it('knows a Meet tab by its meeting code, and not Meet’s landing page', async () => {
    const landing = await x.window('Google Meet - Google Chrome');
    const tab = await x.window('Meet – abc-defg-hij - Google Chrome');
    await waitFor('the Meet call', () => d.s.calls.find((c) => c.appId === 'meet'), 3000);
    expect(d.s.calls).toHaveLength(1);
    tab.kill();
    landing.kill();
  }, 20_000);

  it('types an ASCII line, and pastes Russian and Vietnamese ones, exactly, into the call window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-typed-'));
    files.push(dir);
    const out = join(dir, 'chat.txt');
    // A "chat box" that pastes on Ctrl+V, as chat boxes do (xterm's own default is Shift+Insert).
    const term = await x.window('Zoom Meeting', `cat > ${out}`, [
      '-xrm',
      'XTerm*VT100.translations: #override Ctrl<Key>v: insert-selection(CLIPBOARD)',
    ]);
    const other = await x.window('Somewhere else');
    const call = await waitFor('the call', () => d.s.calls.find((c) => c.appId === 'zoom'), 3000);
    const lines = [
      'shall we get back to the project, then',
      'Вернёмся к проекту? Время — деньги.',
      'Mình quay lại dự án nhé, được không ạ?',
    ];
    const methods: string[] = [];
    for (const text of lines) {
      const r = await d.s.typeLine({ windowId: call.windowId, text, chatKeys: [], send: true });
      expect(r.error).toBeNull();
      methods.push(r.method!);
    }
    expect(methods).toEqual(['typed', 'pasted', 'pasted']);
    await waitFor('the lines in the file', () => readFileSync(out, 'utf8').split('\n').length > 3, 3000);
    expect(JSON.stringify(readFileSync(out, 'utf8'))).toBe(JSON.stringify(`${lines.join('\n')}\n`));
    term.kill();
    other.kill();
  }, 30_000);

  it('does not press Enter unless asked to send', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-typed-'));
    files.push(dir);
    const out = join(dir, 'chat.txt');
    const term = await x.window('Zoom Meeting', `cat > ${out}`);
    const call = await waitFor('the call', () => d.s.calls.find((c) => c.appId === 'zoom'), 3000);
    const r = await d.s.typeLine({
      windowId: call.windowId,
      text: 'not sent yet',
      chatKeys: [],
      send: false,
    });
    expect(r.ok).toBe(true);
    // A terminal hands a line to `cat` only on Enter: nothing is written until then.
    await new Promise((res) => setTimeout(res, 500));
    expect(readFileSync(out, 'utf8')).toBe('');
    term.kill();
  }, 20_000);

  it('says the window is gone rather than typing somewhere else', async () => {
    const r = await d.s.typeLine({ windowId: '0x7fffffff', text: 'hello', chatKeys: [], send: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'windowGone' } });
  });

  it('comes back after being killed, and sees the call again', async () => {
    const zoom = await x.window('Zoom Meeting');
    await waitFor('the call', () => d.s.calls.length === 1, 3000);
    process.kill(d.s.pid!, 'SIGKILL');
    await waitFor('the restart', () => d.s.status === 'restarting', 3000);
    expect(d.s.calls).toEqual([]);
    await waitFor('running again', () => d.s.status === 'running', 10_000);
    await waitFor('the call again', () => d.s.calls.length === 1, 3000);
    expect(d.s.restarts).toBe(1);
    expect(d.log.lines.some((l) => l.message.includes('restarting'))).toBe(true);
    zoom.kill();
  }, 30_000);
});
