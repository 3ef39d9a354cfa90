import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  commandChannel,
  INFO_CHANNEL,
  HOST_COMMAND_TYPES,
  SNAPSHOT_CHANNEL,
  WINDOW_CHANNELS,
  type TactfulBridge,
} from '../../shared/contract/bridge';

function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_e: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

/** One function per command: the type is fixed by the channel, the host validates the rest. */
const command = Object.fromEntries(
  HOST_COMMAND_TYPES.map((type) => [
    type,
    (cmd: { type: string }) => {
      const { type: _type, ...payload } = cmd;
      return ipcRenderer.invoke(commandChannel(type), payload);
    },
  ]),
) as unknown as TactfulBridge['command'];

const api: TactfulBridge = {
  platform: process.platform,
  command,
  onSnapshot: (listener) => listen(SNAPSHOT_CHANNEL, listener),
  onData: (listener) => listen(INFO_CHANNEL, listener),
  onShowLine: (listener) => listen(WINDOW_CHANNELS.showLine, () => listener()),
  window: {
    setOverlayLayout: (layout, height) => ipcRenderer.send(WINDOW_CHANNELS.overlayLayout, layout, height),
    setIgnoreMouse: (ignore) => ipcRenderer.send(WINDOW_CHANNELS.ignoreMouse, ignore),
    hideOverlay: () => ipcRenderer.send(WINDOW_CHANNELS.hideOverlay),
    showDashboard: (section) => ipcRenderer.send(WINDOW_CHANNELS.showDashboard, section),
  },
  copyText: async (text) => {
    await ipcRenderer.invoke(WINDOW_CHANNELS.copyText, text);
  },
  printToPdf: (name) => ipcRenderer.invoke(WINDOW_CHANNELS.printToPdf, name) as Promise<boolean>,
};

contextBridge.exposeInMainWorld('tactful', api);
