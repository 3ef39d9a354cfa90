/** The scheme the built renderer is served over (registered as standard and secure before the app is ready). */
export const APP_SCHEME = 'app';
/** The one host of that scheme: the renderer's origin is app://tactful. */
export const APP_HOST = 'tactful';

/** Where the renderer is: app://tactful/ in the app, or electron-vite's dev server while developing. */
export function rendererBase(env: NodeJS.ProcessEnv = process.env): URL {
  const dev = env.ELECTRON_RENDERER_URL;
  return dev ? new URL(dev) : new URL(`${APP_SCHEME}://${APP_HOST}/index.html`);
}

/** The URL of one of our views (#/overlay, #/dashboard…). */
export function rendererUrl(base: URL, route: string): string {
  const url = new URL(base.href);
  url.hash = `/${route}`;
  return url.href;
}

/**
 * Whether a frame URL is our own renderer: IPC is answered only for it, and navigation only stays within it. Its
 * origin must be the renderer's: same scheme, same host, same port. (Node gives custom schemes no `origin`, so the
 * parts are compared; a file: URL is never ours.)
 */
export function isOwnRenderer(base: URL, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (base.protocol === 'file:' || url.protocol === 'file:') return false;
  return (
    url.protocol === base.protocol && url.host === base.host && url.username === '' && url.password === ''
  );
}
