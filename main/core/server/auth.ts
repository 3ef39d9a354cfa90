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
 * The well-formed values of a cookie (a few at most). A page on another port can plant a cookie of the same name,
 * so there may be several: each is only a candidate, trusted if it is a paired device's token; a planted one is
 * not, and cannot lock the real one out either. Never throws, whatever the header holds.
 */
export function cookieValues(header: string | string[] | undefined, name: string): string[] {
  const text = Array.isArray(header) ? header.join(';') : (header ?? '');
  const found: string[] = [];
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    if (TOKEN_TEXT.test(value) && found.length < 4) found.push(value);
  }
  return found;
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
