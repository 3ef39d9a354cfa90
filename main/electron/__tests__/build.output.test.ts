import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../shared/transcript/__tests__/support/fixtures';
import { MemoryLogger } from '../../core/log';
import { OffThread } from '../../core/records/off.thread';

const ROOT = join(import.meta.dirname, '../../..');
const out = (p: string) => join(ROOT, 'out', p);

describe('the build output the Electron shell relies on', () => {
  beforeAll(() => {
    if (
      !existsSync(out('preload/index.cjs')) ||
      !existsSync(out('main/index.js')) ||
      !existsSync(out('main/import.worker.js'))
    ) {
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

  it('builds the headless host next to the shell, with the import worker beside both', () => {
    expect(existsSync(out('main/serve.js'))).toBe(true);
    expect(existsSync(out('main/import.worker.js'))).toBe(true);
  });

  it('serves the renderer over app://, registered as privileged before the app is ready', () => {
    const main = readFileSync(out('main/index.js'), 'utf8') + readChunks();
    expect(main).toMatch(/registerSchemesAsPrivileged\(\[/);
    expect(main).toMatch(/scheme:\s*["']app["']/);
    expect(main).toMatch(/protocol\.handle\(/);
    expect(main).not.toMatch(/pathToFileURL\([^)]*index\.html/);
  });

  it('sets the Electron fuses in the packaging config', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n?)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries(
      [...block.matchAll(/^ {2}(\w+): (\w+)$/gm)].map((m) => [m[1], m[2] === 'true']),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
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

describe('the import worker, as built', () => {
  it('reads a transcript in its own thread', async () => {
    const log = new MemoryLogger();
    const worker = new OffThread(out('main/import.worker.js'), log);
    try {
      const { fileName, content } = fixture('teams');
      const r = await worker.readTranscript(content, fileName);
      expect(r.ok && r.transcript.speakers).toEqual(['Rossi, Marco (Acme)', 'Lucía Fernández', 'Tom Baker']);
      const bad = await worker.readTranscript('1\n00:00:01,000 --> 00:00:02,000\nHi\n', 'x.srt');
      expect(bad).toEqual({ ok: false, key: 'transcriptSrt', params: {} });
    } finally {
      worker.close();
    }
  });
});

function readChunks(): string {
  const dir = out('main/chunks');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}
