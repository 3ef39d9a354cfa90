import { BrowserWindow } from 'electron';
import { rendererUrl } from './renderer.location';
import { roomWindowOptions } from './window.options';
import { hardenWindow } from './window.security';

/** The room view in its own window: created on demand, hardened like every window. */
export function createRoomWindow(preload: string, base: URL): BrowserWindow {
  const win = new BrowserWindow(roomWindowOptions(preload));
  const unharden = hardenWindow(win, base);
  win.once('ready-to-show', () => win.show());
  win.once('closed', unharden);
  void win.loadURL(rendererUrl(base, 'room'));
  return win;
}
