import { parseArgs } from 'node:util';

export interface ServeArgs {
  port: number;
  dataDir: string | null;
  staticDir: string | null;
  lan: boolean;
}

export const DEFAULT_PORT = 7430;

const USAGE = `usage: npm run serve -- [--port N] [--data DIR] [--lan] [--static DIR]
  --port N      port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --data DIR    where settings and meetings live (default: the app's own data folder)
  --lan         allow phones and other computers on this network (prints their address)
  --static DIR  the built UI to serve (default: out/renderer)`;

/** Parses the command line, or throws an Error whose message is the usage text with what was wrong. */
export function parseServeArgs(argv: string[]): ServeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        static: { type: 'string' },
        lan: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${USAGE}`, { cause: e });
  }
  if (values.help) throw new Error(USAGE);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535\n${USAGE}`);
  return { port, dataDir: values.data ?? null, staticDir: values.static ?? null, lan: values.lan };
}
