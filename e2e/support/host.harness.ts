import { join } from 'node:path';
import { Host, type HostOptions } from '../../main/core/host';
import { MemoryLogger } from '../../main/core/log';
import { TactfulServer, type ServerOptions } from '../../main/core/server/tactful.server';
import { createNodeConf } from '../../main/core/store/node.conf';
import { APP_VERSION } from '../../main/core/version';

/** The import worker from source (a worker thread under tsx), as the built host runs import.worker.js. */
export const IMPORT_WORKER_SOURCE = join(import.meta.dirname, '../../main/core/records/import.worker.ts');

/** A real host on a data folder, with a collecting logger. */
export function openHost(
  dataDir: string,
  extra: Partial<HostOptions> = {},
): { host: Host; log: MemoryLogger } {
  const log = new MemoryLogger();
  const host = Host.open({
    dataDir,
    version: APP_VERSION,
    createStore: createNodeConf,
    log,
    importWorker: IMPORT_WORKER_SOURCE,
    ...extra,
  });
  return { host, log };
}

/** A real host behind a real server on a free port. */
export async function startServer(
  dataDir: string,
  opts: Partial<ServerOptions> = {},
  extra: Partial<HostOptions> = {},
) {
  const { host, log } = openHost(dataDir, extra);
  const server = new TactfulServer(host, { port: 0, staticDir: null, ...opts });
  await server.start();
  const { port } = server.address;
  return {
    host,
    log,
    server,
    port,
    token: host.token(),
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    async close() {
      await server.close();
      host.close();
    },
  };
}
