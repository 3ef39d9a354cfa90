import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostInfo, HostPush } from '../../../shared/contract/contract';
import { forkDetector } from '../detect/detector.process';
import { spawnHost } from '../../../e2e/support/child.host';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';
import { startX, xMissingFor, type XServer } from '../../../e2e/support/xvfb';

const SCRIPT = join(import.meta.dirname, '../detect/detector.child.ts');
const missing = xMissingFor("the host's detection tests under X");

const latestData = (c: TestClient): HostInfo =>
  (
    c.pushes.filter((p): p is Extract<HostPush, { type: 'info' }> => p.type === 'info').at(-1) as {
      info: HostInfo;
    }
  ).info;
/** The first data push from `from` on (by default: the next one) that satisfies `ok`. */
const dataWhere = (c: TestClient, ok: (d: HostInfo) => boolean, timeoutMs = 5000, from = c.pushes.length) =>
  c
    .next((p) => p.type === 'info' && ok(p.info), timeoutMs, from)
    .then((p) => (p as Extract<HostPush, { type: 'info' }>).info);

describe('a host with no display', () => {
  it('starts, runs meetings, and reports the detector as unavailable', async () => {
    const tmp = tempDataDir();
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const h = await spawnHost(tmp.dir, [], env);
    const c = await TestClient.connect(h.wsUrl, { token: h.token });
    const d = await dataWhere(c, (x) => x.detector.status === 'unavailable', 15_000, 0);
    expect(d.detector).toMatchObject({ available: true, reason: 'noDisplay', calls: [], prompt: null });
    await c.ok({
      type: 'meeting.create',
      plan: { id: 'm1', title: 'Call', items: [{ id: 'a', title: 'A', budgetSec: 60 }] },
    });
    await c.ok({ type: 'meeting.command', command: { type: 'start' } });
    await c.close();
    h.proc.kill('SIGTERM');
    await h.exited;
    tmp.cleanup();
  }, 30_000);
});

describe.skipIf(missing)('a host noticing calls under Xvfb', () => {
  let x: XServer;
  let tmp: ReturnType<typeof tempDataDir>;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let c: TestClient;
  let chatDir: string;

  beforeAll(async () => {
    x = await startX();
    tmp = tempDataDir();
    chatDir = mkdtempSync(join(tmpdir(), 'tactful-chat-'));
    srv = await startServer(tmp.dir, {}, { spawnDetector: forkDetector(SCRIPT, ['--import', 'tsx'], x.env) });
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
    await c.ok({ type: 'clients.save', client: { id: 'giulia', name: 'Giulia Rossi', language: 'en' } });
    await c.ok({
      type: 'settings.update',
      patch: {
        nudgeRules: {
          offTopic: [1, 2, 3],
          itemOverrun: [],
          capNear: [],
          capPassed: [],
          chatOverrun: [],
          adhocLength: [],
        },
        detection: {
          enabled: true,
          offerStart: true,
          offerEnd: true,
          openChat: false,
          send: true,
          rules: [],
        },
      },
    });
    await dataWhere(c, (d) => d.detector.status === 'running', 15_000, 0);
  }, 40_000);

  afterAll(async () => {
    await c?.close();
    await srv?.close();
    x?.stop();
    tmp?.cleanup();
    rmSync(chatDir, { recursive: true, force: true });
  });

  it('asks to start timing a call, guesses the client from the title, and records the app', async () => {
    const out = join(chatDir, 'chat.txt');
    const from = c.pushes.length;
    // A "chat box" that pastes on Ctrl+V, as chat boxes do.
    await x.window('Zoom Meeting - Giulia Rossi - ID 845 2211', `cat > ${out}`, [
      '-xrm',
      'XTerm*VT100.translations: #override Ctrl<Key>v: insert-selection(CLIPBOARD)',
    ]);
    const asked = await dataWhere(c, (d) => d.detector.prompt?.kind === 'start', 3000, from);
    expect(asked.detector.prompt).toEqual({
      kind: 'start',
      appId: 'zoom',
      appName: 'Zoom',
      plannedTitle: null,
      clientId: 'giulia',
      clientName: 'Giulia Rossi',
      source: 'title',
    });
    // What the UI sees never holds the window title.
    expect(JSON.stringify(asked)).not.toContain('845 2211');
    expect(JSON.stringify(asked.detector.calls)).toBe('[{"appId":"zoom","appName":"Zoom"}]');

    const accepted = c.pushes.length;
    await c.ok({ type: 'call.accept', fallbackTitle: 'Zoom call', fallbackItem: 'Call' });
    const s = srv.host.meeting.state!;
    expect(s.status).toBe('running');
    expect(s.plan).toMatchObject({ title: 'Zoom call', clientId: 'giulia', kind: 'adhoc' });
    expect(s.app).toBe('Zoom');
    await dataWhere(c, (d) => d.detector.prompt === null, 3000, accepted);
  }, 20_000);

  it('types the shown line into the call’s chat and records that it was typed', async () => {
    await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    const snap = (await c.next(
      (p) => p.type === 'snapshot' && p.snapshot.nudge !== null,
      5000,
      c.pushes.length,
    )) as Extract<HostPush, { type: 'snapshot' }>;
    const line = snap.snapshot.nudge!;
    const r = await c.ok({ type: 'nudge.typeIntoChat', key: line.key });
    expect(['typed', 'pasted']).toContain(r.method);
    const out = join(chatDir, 'chat.txt');
    await expect.poll(() => readFileSync(out, 'utf8'), { timeout: 3000 }).toBe(`${line.text}\n`);
    const nudge = srv.host.meeting.state!.nudges.find((n) => n.key === line.key)!;
    expect(nudge.actions.map((a) => a.action)).toEqual(['typed']);
  }, 20_000);

  it('keeps the meeting whole when the detector is killed, and gets the detector back', async () => {
    const before = srv.host.meeting.events!.length;
    const pid = srv.host.detection.supervisor!.pid!;
    const from = c.pushes.length;
    process.kill(pid, 'SIGKILL');
    await dataWhere(c, (d) => d.detector.status === 'restarting', 3000, from);
    // The host answers and the meeting goes on while the detector is down.
    await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    expect(srv.host.meeting.state!.status).toBe('running');
    expect(srv.host.meeting.events!.length).toBe(before + 1);
    await dataWhere(c, (d) => d.detector.status === 'running' && d.detector.calls.length === 1, 10_000, from);
    expect(srv.host.detection.supervisor!.pid).not.toBe(pid);
  }, 30_000);

  it('asks (never decides) to end the meeting when its call window closes', async () => {
    const from = c.pushes.length;
    x.closeWindows();
    const d = await dataWhere(c, (x) => x.detector.prompt?.kind === 'ended', 3000, from);
    expect(d.detector.prompt).toEqual({ kind: 'ended', appId: 'zoom', appName: 'Zoom' });
    expect(srv.host.meeting.state!.status).toBe('running');
    const dismissed = c.pushes.length;
    await c.ok({ type: 'call.dismiss' });
    await dataWhere(c, (x) => x.detector.prompt === null, 3000, dismissed);
    await c.ok({ type: 'meeting.command', command: { type: 'end' } });
    await c.ok({ type: 'meeting.close' });
    const h = await c.ok({ type: 'history.query', timeZone: 'UTC' });
    expect(h.meetings[0]!.app).toBe('Zoom');
    expect(h.aggregate.apps).toEqual({ Zoom: 1 });
  }, 20_000);

  it('stops watching when detection is turned off, and says so', async () => {
    const settings = latestData(c).settings;
    const from = c.pushes.length;
    await c.ok({ type: 'settings.update', patch: { detection: { ...settings.detection, enabled: false } } });
    await dataWhere(c, (d) => d.detector.status === 'off', 3000, from);
    await x.window('Zoom Meeting');
    await new Promise((r) => setTimeout(r, 2000));
    expect(latestData(c).detector).toMatchObject({ status: 'off', calls: [], prompt: null });
    await expect(c.ok({ type: 'call.accept', fallbackTitle: 'x', fallbackItem: 'y' })).rejects.toThrow(
      /no call/,
    );
  }, 20_000);
});
