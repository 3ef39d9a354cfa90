import { app, protocol } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES } from './app.protocol';
import { startShell } from './shell';

// Before the app is ready: the renderer's own scheme, with an origin of its own (never file://).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Tests (and anyone who wants a second, separate profile) can point the app at another data folder.
if (process.env.TACTFUL_USER_DATA) app.setPath('userData', process.env.TACTFUL_USER_DATA);

// One Tactful at a time: a second launch brings the first one's dashboard forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(async () => {
    const stop = await startShell({
      mainDir: import.meta.dirname,
      assetsDir: join(app.getAppPath(), 'assets'),
    });
    app.on('before-quit', (event) => {
      event.preventDefault();
      void stop().then(() => app.exit(0));
    });
  });
  // The overlay and the tray keep running when the dashboard closes.
  app.on('window-all-closed', () => undefined);
}
