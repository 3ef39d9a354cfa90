import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { dashboardWindowOptions } from './window.options';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererIndex = join(import.meta.dirname, '../renderer/index.html');

function createDashboard(): BrowserWindow {
  const win = new BrowserWindow(dashboardWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(createDashboard);
  app.on('window-all-closed', () => app.quit());
}
