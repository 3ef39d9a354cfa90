import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // The first URL carries the token: never leak it in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Whether `file` is `root` or inside it (both absolute, already resolved). */
function within(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of a regular file inside `root`, following links only while they stay inside; else null. */
function fileInside(root: string, path: string): string | null {
  try {
    const real = realpathSync(path);
    return within(root, real) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer. `path` is already decoded. Files come only from inside `root`, after links are
 * resolved (a link out of it is refused); unknown paths get the app (it routes itself).
 */
export function serveStatic(root: string | null, path: string, res: ServerResponse): void {
  const realRoot = root && existsSync(join(root, 'index.html')) ? realpathSync(root) : null;
  if (!realRoot) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end('The Tactful UI is not built yet. Run "npm run build", then reload.\n');
    return;
  }
  const wanted = resolve(realRoot, `.${sep}${path}`);
  if (!within(realRoot, wanted)) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  // Missing paths and folders get the app; anything else must be a file that really is inside the UI.
  const st = statOrNull(wanted);
  const file =
    !st || st.isDirectory()
      ? fileInside(realRoot, join(realRoot, 'index.html'))
      : fileInside(realRoot, wanted);
  if (!file) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  send(file, res);
}

/** The file's stat, or null for anything that cannot be one (missing, a path through a file, too long). */
function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function send(file: string, res: ServerResponse): void {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}assets${sep}`);
  const stream = createReadStream(file);
  // A file that vanishes or cannot be read mid-way ends this response, never the host.
  stream.once('error', () => {
    if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
    res.destroy();
  });
  stream.once('open', () => {
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    });
    stream.pipe(res);
  });
  res.once('close', () => stream.destroy());
}
