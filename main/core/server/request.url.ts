import type { IncomingMessage } from 'node:http';

/**
 * The request-target of a request or an upgrade as a URL, or null when it cannot be read (the caller answers 400).
 * Only origin-form targets ("/path?query") are ours; leading slashes and backslashes collapse into one, so a target
 * like "//[" or "//evil.example/" is a path here, never a host.
 */
export function safeUrl(req: Pick<IncomingMessage, 'url'>): URL | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/') || target.length > 8192) return null;
  try {
    return new URL(target.replace(/^[/\\]+/, '/'), 'http://localhost');
  } catch {
    return null;
  }
}

/** A path that can only point at this server: what a redirect may send the browser to. */
export function localPath(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}

/** The decoded path, or null when it holds a malformed percent-escape or a NUL byte. */
export function decodedPath(url: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  return path.includes('\0') ? null : path;
}

/** Whether the Host header names this server (and not a name that was rebound to 127.0.0.1: DNS rebinding). */
export function hostAllowed(header: string | undefined, hosts: readonly string[], port: number): boolean {
  if (!header) return false;
  const given = header.trim().toLowerCase();
  return hosts.some((h) => given === `${h}:${port}` || (port === 80 && given === h));
}
