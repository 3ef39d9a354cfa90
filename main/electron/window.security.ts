import { shell, type BrowserWindow, type WebContents } from 'electron';
import { isOwnRenderer } from './renderer.location';

/** The only places Tactful ever opens outside itself (help and the project's page), in the default browser. */
const EXTERNAL_HOSTS = new Set(['tactful.app', 'www.tactful.app', 'github.com']);

/** Opens a link in the browser only if it is https and on the allow-list. */
export function openExternalSafely(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || !EXTERNAL_HOSTS.has(url.hostname)) return false;
  void shell.openExternal(url.href);
  return true;
}

/**
 * Electron's security checklist for one window: no navigation away from our renderer (of the window or any frame),
 * no new windows (links go to the browser after checking), no webviews, no permissions (requested or checked). Returns a cleanup that removes the listeners.
 */
export function hardenWindow(win: BrowserWindow, base: URL): () => void {
  const wc: WebContents = win.webContents;
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    if (!isOwnRenderer(base, url)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  };
  // Frames too (an iframe, or the main frame by other means): nothing of ours ever navigates a frame away.
  const onFrameNavigate = (details: { url: string; preventDefault(): void }) => {
    if (!isOwnRenderer(base, details.url)) details.preventDefault();
  };
  const onWebview = (event: { preventDefault(): void }) => event.preventDefault();
  wc.on('will-navigate', onNavigate);
  wc.on('will-redirect', onNavigate);
  wc.on('will-frame-navigate', onFrameNavigate);
  wc.on('will-attach-webview', onWebview);
  wc.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  // Asked for (a prompt) or checked (a page asking whether it has one): no permission, ever.
  wc.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  wc.session.setPermissionCheckHandler(() => false);
  return () => {
    wc.off('will-navigate', onNavigate);
    wc.off('will-redirect', onNavigate);
    wc.off('will-frame-navigate', onFrameNavigate);
    wc.off('will-attach-webview', onWebview);
  };
}
