import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forkDetector } from '../detect/detector.process';
import { Host } from '../host';
import { stderrLogger } from '../log';
import { defaultDataDir } from '../paths';
import { workerReader } from '../records/transcript.reader';
import { TactfulServer } from '../server/tactful.server';
import { createNodeConf } from '../store/node.conf';
import { parseServeArgs } from './serve.args';
import { APP_VERSION } from '../version';

/** The built UI next to this file (out/main/serve.js → out/renderer), or the repo's out/ when run from source. */
function findStaticDir(): string | null {
  const candidates = [
    join(import.meta.dirname, '../renderer'),
    join(import.meta.dirname, '../../../out/renderer'),
  ];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

/** A helper script: built next to this file, or its source when this runs from source (under tsx). */
function findScript(built: string, source: string): string | null {
  const candidates = [join(import.meta.dirname, built), join(import.meta.dirname, source)];
  return candidates.find((f) => existsSync(f)) ?? null;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const detector = findScript('detector.js', '../detect/detector.child.ts');
  const transcriptReader = findScript('transcript.js', '../records/transcript.worker.ts');
  mkdirSync(dataDir, { recursive: true });
  const host = Host.open({
    dataDir,
    version: APP_VERSION,
    createStore: createNodeConf,
    // Its native code runs in its own process, never in the host's.
    ...(detector ? { spawnDetector: forkDetector(detector, process.execArgv) } : {}),
    // A long transcript is read in a worker thread, never on the host's own.
    ...(transcriptReader ? { readTranscript: workerReader(transcriptReader, stderrLogger) } : {}),
  });
  if (args.lan && !host.lanEnabled()) host.settings.updateSettings({ lan: { enabled: true } });
  const staticDir = args.staticDir ? resolve(args.staticDir) : findStaticDir();
  if (!staticDir) stderrLogger.warn('the UI is not built (run "npm run build"); serving the API only');
  const server = new TactfulServer(host, { port: args.port, staticDir });
  try {
    await server.start();
  } catch (e) {
    host.close();
    process.stderr.write(`could not listen on port ${args.port}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Tactful listening on ${server.address.url}\n`);
  for (const url of server.lanUrls()) process.stdout.write(`Tactful on your network: ${url}\n`);
  for (const p of host.problems) stderrLogger.warn(p);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stderrLogger.info(`${signal}: shutting down`);
    void server.close().then(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
