import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forkDetector } from '../detect/detector.process';
import { Host } from '../host';
import { stderrLogger } from '../log';
import { defaultDataDir } from '../paths';
import { installSafetyNet, STRICT_ENV } from '../safety.net';
import { TactfulServer } from '../server/tactful.server';
import { startupFailure } from '../startup.error';
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

/** A script built next to this file, or its source when this runs from source (under tsx). */
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
  const importWorker = findScript('import.worker.js', '../records/import.worker.ts');
  let host: Host;
  try {
    host = Host.open({
      dataDir,
      version: APP_VERSION,
      createStore: createNodeConf,
      // Its native code runs in its own process, never in the host's.
      ...(detector ? { spawnDetector: forkDetector(detector, process.execArgv) } : {}),
      ...(importWorker ? { importWorker } : {}),
    });
  } catch (e) {
    process.stderr.write(`${startupFailure(e, dataDir)}\n`);
    process.exit(1);
  }
  installSafetyNet(process, {
    report: (message, error) => host.reportUnexpected(message, error),
    strict: process.env[STRICT_ENV] === '1',
    exit: (code) => process.exit(code),
  });
  const staticDir = args.staticDir ? resolve(args.staticDir) : findStaticDir();
  if (!staticDir) stderrLogger.warn('the UI is not built (run "npm run build"); serving the API only');
  // --lan is for this run only: the setting in the app is the user's own, and is never changed from here.
  const server = new TactfulServer(host, { port: args.port, staticDir, lan: args.lan });
  try {
    await server.start();
  } catch (e) {
    host.close();
    process.stderr.write(`${startupFailure(e, dataDir)}\n`);
    process.exit(1);
  }
  process.stdout.write(`Tactful listening on ${server.address.url}\n`);
  const lan = server.address.lan;
  if (lan) {
    const why = args.lan ? '--lan' : 'turned on in Settings';
    for (const url of host.info().lanUrls) process.stdout.write(`Tactful on your network: ${url}\n`);
    stderrLogger.warn(
      `LAN access is ON (${why}): devices on this network can pair at http://${lan}:${server.address.port} with a one-time code; ` +
        (args.lan ? 'start without --lan to keep it off' : 'turn it off in Settings'),
    );
  }
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
