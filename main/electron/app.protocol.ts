import { net, protocol, type CustomScheme } from 'electron';
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../core/server/static.files';
import { APP_HOST, APP_SCHEME } from './renderer.location';

/**
 * app:// as a standard, secure scheme (an origin of its own, web storage, fetch), registered before the app is
 * ready; it is what the renderer is served over instead of file://.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

const within = (root: string, file: string) => {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The file an app:// request names inside the built renderer, or null. Only app://tactful/… is served; the path is
 * decoded once, resolved under the root, and its real path (links followed) must still be inside; a folder or an
 * unknown path gets index.html (the renderer routes itself by its hash).
 */
export function rendererFile(root: string, requestUrl: string): string | null {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || path.includes('\0')) return null;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null;
  }
  const wanted = resolve(realRoot, `.${sep}${path}`);
  if (!within(realRoot, wanted)) return null;
  const real = (p: string) => {
    try {
      const r = realpathSync(p);
      return within(realRoot, r) && statSync(r).isFile() ? r : null;
    } catch {
      return null;
    }
  };
  let st;
  try {
    st = statSync(wanted);
  } catch {
    st = null;
  }
  return !st || st.isDirectory() ? real(join(realRoot, 'index.html')) : real(wanted);
}

/** Serves the built renderer over app://; returns the cleanup that stops it. */
export function serveRenderer(root: string): () => void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? rendererFile(root, request.url) : null;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const res = await net.fetch(pathToFileURL(file).href);
    return new Response(res.body, {
      status: res.status,
      headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS },
    });
  });
  return () => protocol.unhandle(APP_SCHEME);
}
