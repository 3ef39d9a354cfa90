import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  COMMAND_CHANNEL,
  INFO_CHANNEL,
  SNAPSHOT_CHANNEL,
  WINDOW_CHANNELS,
  type TactfulBridge,
} from '../../shared/contract/bridge';

function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_e: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

const api: TactfulBridge = {
  platform: process.platform,
  request: (cmd) => ipcRenderer.invoke(COMMAND_CHANNEL, cmd),
  onSnapshot: (listener) => listen(SNAPSHOT_CHANNEL, listener),
  onInfo: (listener) => listen(INFO_CHANNEL, listener),
  onShowLine: (listener) => listen(WINDOW_CHANNELS.showLine, () => listener()),
  window: {
    setOverlayHeight: (height) => ipcRenderer.send(WINDOW_CHANNELS.overlayHeight, height),
    setIgnoreMouse: (ignore) => ipcRenderer.send(WINDOW_CHANNELS.ignoreMouse, ignore),
    hideOverlay: () => ipcRenderer.send(WINDOW_CHANNELS.hideOverlay),
    showDashboard: (section) => ipcRenderer.send(WINDOW_CHANNELS.showDashboard, section),
    openRoom: () => ipcRenderer.send(WINDOW_CHANNELS.openRoom),
  },
  copyText: async (text) => {
    await ipcRenderer.invoke(WINDOW_CHANNELS.copyText, text);
  },
  printToPdf: (name) => ipcRenderer.invoke(WINDOW_CHANNELS.printToPdf, name) as Promise<boolean>,
};

contextBridge.exposeInMainWorld('tactful', api);
