import { afterEach, beforeEach } from 'vitest';
import { startServer } from './host.harness';
import { tempDataDir } from './temp.dir';

type Rest<T> = T extends [unknown, ...infer R] ? R : never;

/** What a test reaches of its host: the data dir, and the server (a test may restart it into `srv`). */
export interface ServerEach {
  tmp: ReturnType<typeof tempDataDir>;
  srv: Awaited<ReturnType<typeof startServer>>;
}

/** A real host on a fresh data dir for each test of the enclosing describe, closed and removed after it. */
export function serverEach(...options: Rest<Parameters<typeof startServer>>): ServerEach {
  const ctx = {} as ServerEach;
  beforeEach(async () => {
    ctx.tmp = tempDataDir();
    ctx.srv = await startServer(ctx.tmp.dir, ...options);
  });
  afterEach(async () => {
    await ctx.srv.close();
    ctx.tmp.cleanup();
  });
  return ctx;
}
