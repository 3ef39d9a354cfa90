import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The device cookie's name carries the port: browsers send cookies to every port of a host, so the name keeps one
 * Tactful's cookie apart from anything another local server sets, and a second one of the same name is refused.
 */
export function deviceCookieName(port: number): string {
  return `tactful_device_${port}`;
}

const TOKEN_TEXT = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * The value of one cookie, or null when it is missing, malformed, or sent more than once (a page on another port
 * may plant a cookie of the same name: then neither is trusted). Never throws, whatever the header holds.
 */
export function singleCookie(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join(';') : (header ?? '');
  let found: string | null = null;
  let count = 0;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    count++;
    found = part.slice(eq + 1).trim();
  }
  return count === 1 && found !== null && TOKEN_TEXT.test(found) ? found : null;
}

/** The install token a tool presents: a bearer header, or `?token=` in the URL (the printed link). */
export function presentedToken(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  return url.searchParams.get('token');
}

/** A paired device's cookie: HttpOnly, same-site only, and named for this server's port. */
export function deviceCookie(port: number, token: string): string {
  return `${deviceCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=31536000`;
}
