import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../shared/transcript/__tests__/support/fixtures';
import { workerReader } from '../../core/records/transcript.reader';

const ROOT = join(import.meta.dirname, '../../..');
const out = (p: string) => join(ROOT, 'out', p);

describe('the build output the Electron shell relies on', () => {
  beforeAll(() => {
    if (['preload/index.cjs', 'main/index.js', 'main/transcript.js'].some((f) => !existsSync(out(f)))) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
        { cwd: ROOT, stdio: 'ignore' },
      );
    }
  }, 120_000);

  it('has a CommonJS preload, as a sandboxed renderer requires, that exposes only the bridge', async () => {
    // Run it as a sandboxed renderer would: CommonJS, with `require` giving nothing but electron.
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('reply')),
        send: () => undefined,
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const required: string[] = [];
    const module = { exports: {} };
    const run = new Function(
      'require',
      'module',
      'exports',
      'process',
      readFileSync(out('preload/index.cjs'), 'utf8'),
    );
    run(
      (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
        return electron;
      },
      module,
      module.exports,
      { platform: 'linux' },
    );
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['tactful']);
    const api = exposed.tactful as { request(cmd: unknown): Promise<unknown>; [k: string]: unknown };
    expect(Object.keys(api).sort()).toEqual(
      [
        'copyText',
        'onInfo',
        'onShowLine',
        'onSnapshot',
        'platform',
        'printToPdf',
        'request',
        'window',
      ].sort(),
    );
    expect(await api.request({ type: 'history.query' })).toBe('reply');
    expect(invoked).toEqual([['tactful:command', { type: 'history.query' }]]);
  });

  it('points the main process at that preload', () => {
    expect(readFileSync(out('main/index.js'), 'utf8') + readChunks()).toContain('../preload/index.cjs');
  });

  it('ships the renderer with a strict Content-Security-Policy', () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('builds the headless host next to the shell', () => {
    expect(existsSync(out('main/serve.js'))).toBe(true);
  });

  it('builds the window detector as its own script, and keeps nut-js out of the host process', () => {
    const detector = readFileSync(out('main/detector.js'), 'utf8');
    expect(detector).toMatch(/import\(\s*["'`]@nut-tree-fork\/nut-js["'`]\s*\)/);
    // Only the detector may load the native code: a crash in it must not take the host down.
    const loadsNut = /["']@nut-tree-fork\/nut-js["']/;
    for (const f of ['main/index.js', 'main/serve.js'])
      expect(readFileSync(out(f), 'utf8')).not.toMatch(loadsNut);
    expect(readChunks()).not.toMatch(loadsNut);
  });
});

describe('the transcript reader the host starts in a worker thread', () => {
  it('reads a transcript in its own thread, as built', async () => {
    const warnings: string[] = [];
    const read = workerReader(out('main/transcript.js'), { warn: (m) => warnings.push(m) });
    const { fileName, content } = fixture('teams');
    const r = await read(content, fileName);
    expect(r.ok && r.transcript.speakers).toEqual(['Rossi, Marco (Acme)', 'Lucía Fernández', 'Tom Baker']);
    // Had the worker failed, the host would have read the file itself and said so.
    expect(warnings).toEqual([]);
  });
});

function readChunks(): string {
  const dir = out('main/chunks');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}
