import { test as hostTest } from './host.fixture';
import { startX, type XServer } from './xvfb';

/** The real host with its real detector child, watching a private X display (with real windows put on it). */
export const xHostTest = hostTest.extend<{ xserver: XServer }>({
  // Playwright reads the fixtures a function needs from its first parameter: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  xserver: async ({}, use) => {
    const x = await startX();
    await use(x);
    x.stop();
  },
  hostEnv: async ({ xserver }, use) => use({ DISPLAY: xserver.display, LANG: 'C.UTF-8' }),
});
