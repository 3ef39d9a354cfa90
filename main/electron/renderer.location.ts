import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the renderer is: the built file, or electron-vite's dev server while developing. */
export function rendererBase(dirname: string, env: NodeJS.ProcessEnv = process.env): URL {
  const dev = env.ELECTRON_RENDERER_URL;
  return dev ? new URL(dev) : pathToFileURL(join(dirname, '../renderer/index.html'));
}

/** The URL of one of our views (#/overlay, #/dashboard…). */
export function rendererUrl(base: URL, route: string): string {
  const url = new URL(base.href);
  url.hash = `/${route}`;
  return url.href;
}

/** Whether a frame URL is our own renderer: IPC is answered only for it, and navigation only stays within it. */
export function isOwnRenderer(base: URL, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (base.protocol === 'file:') return url.protocol === 'file:' && url.pathname === base.pathname;
  return url.origin === base.origin;
}
