import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Every window gets these: isolated, sandboxed, no Node in the page, the preload as its only bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The dashboard: a normal window for setup, clients, phrases, settings and reports. */
export function dashboardWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Tactful',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preload),
  };
}
