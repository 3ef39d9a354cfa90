import { IpcTransport } from './ipc.transport';
import type { Transport } from './transport';
import { hostSocketUrl, WsTransport } from './ws.transport';

/** IPC when the preload is there (the app), else a WebSocket to the page's own host (a browser or a phone). */
export function chooseTransport(win: Window): Transport {
  return win.tactful ? new IpcTransport(win.tactful) : new WsTransport(hostSocketUrl(win.location));
}
