import { contextBridge } from 'electron';

/** The page's only bridge to the app. One function per operation; never raw ipcRenderer. */
const api = {
  platform: process.platform,
};

export type TactfulApi = typeof api;

contextBridge.exposeInMainWorld('tactful', api);
