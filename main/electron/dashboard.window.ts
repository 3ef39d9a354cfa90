import { BrowserWindow } from 'electron';
import type { SettingsStore } from '../core/store/settings.store';
import { rendererUrl } from './renderer.location';
import { dashboardWindowOptions } from './window.options';
import { hardenWindow } from './window.security';

/** The dashboard window: created on demand, remembered where the user left it. */
export function createDashboardWindow(
  preload: string,
  base: URL,
  data: SettingsStore,
  section = 'dashboard',
): BrowserWindow {
  const win = new BrowserWindow(dashboardWindowOptions(preload, data.windowState().dashboard));
  const unharden = hardenWindow(win, base);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => data.rememberDashboard(win.getBounds()));
  win.once('closed', unharden);
  void win.loadURL(rendererUrl(base, section));
  return win;
}
