import {
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  COMMAND_CHANNEL,
  INFO_CHANNEL,
  SNAPSHOT_CHANNEL,
  WINDOW_CHANNELS,
} from '../../shared/contract/bridge';
import type { HostInfo, HostPush, MeetingSnapshot, ReplyMessage } from '../../shared/contract/contract';
import { contractError } from '../../shared/contract/contract.errors';
import { isOwnRenderer } from './renderer.location';

/** What the bridge needs of the host: its dispatcher and its pushes. */
export interface BridgedHost {
  handle(raw: unknown): Promise<ReplyMessage | HostPush>;
  subscribe(listener: (push: HostPush) => void): () => void;
  snapshot(): MeetingSnapshot;
  info(): HostInfo;
}

export interface WindowActions {
  setOverlayHeight(height: number): void;
  setIgnoreMouse(ignore: boolean): void;
  hideOverlay(): void;
  showDashboard(section?: string): void;
  openRoom(): void;
}

const heightArg = z.number().int().min(0).max(4000);
const sectionArg = z
  .string()
  .regex(/^[a-z/-]{1,40}$/)
  .optional();
const copyArg = z.string().max(10_000);
const pdfName = z.string().trim().min(1).max(120);

const unauthorized: ReplyMessage = {
  type: 'reply',
  id: 'ipc',
  ok: false,
  error: contractError('unauthorized', 'unauthorized'),
};

/**
 * The IPC side of the contract: one command channel, answering only our own renderer's frames and passing the
 * command to the host's dispatcher as `unknown` (it parses it, as it does every message). Pushes go to every window.
 * Returns a cleanup that removes every handler and listener.
 */
export function bridgeHost(
  host: BridgedHost,
  base: URL,
  windows: () => BrowserWindow[],
  actions: WindowActions,
): () => void {
  const fromUs = (e: IpcMainEvent | IpcMainInvokeEvent) => isOwnRenderer(base, e.senderFrame?.url ?? '');

  ipcMain.handle(COMMAND_CHANNEL, (event, cmd: unknown) =>
    fromUs(event) ? host.handle({ id: 'ipc', cmd }) : unauthorized,
  );

  const listeners: [string, (e: IpcMainEvent, ...args: unknown[]) => void][] = [
    [
      WINDOW_CHANNELS.overlayHeight,
      (e, height) => {
        const r = heightArg.safeParse(height);
        if (fromUs(e) && r.success) actions.setOverlayHeight(r.data);
      },
    ],
    [
      WINDOW_CHANNELS.ignoreMouse,
      (e, ignore) => fromUs(e) && typeof ignore === 'boolean' && actions.setIgnoreMouse(ignore),
    ],
    [WINDOW_CHANNELS.hideOverlay, (e) => fromUs(e) && actions.hideOverlay()],
    [WINDOW_CHANNELS.openRoom, (e) => fromUs(e) && actions.openRoom()],
    [
      WINDOW_CHANNELS.showDashboard,
      (e, section) => {
        const r = sectionArg.safeParse(section);
        if (fromUs(e) && r.success) actions.showDashboard(r.data);
      },
    ],
  ];
  for (const [channel, fn] of listeners) ipcMain.on(channel, fn);
  ipcMain.handle(WINDOW_CHANNELS.copyText, (e, text: unknown) => {
    const r = copyArg.safeParse(text);
    if (!fromUs(e) || !r.success) return false;
    clipboard.writeText(r.data);
    return true;
  });

  ipcMain.handle(WINDOW_CHANNELS.printToPdf, async (e, name: unknown) => {
    const r = pdfName.safeParse(name);
    const win = BrowserWindow.fromWebContents(e.sender);
    if (!fromUs(e) || !r.success || !win) return false;
    const pdf = await e.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
    const target = await dialog.showSaveDialog(win, {
      defaultPath: `${r.data.replace(/[\\/:*?"<>|]/g, '-')}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (target.canceled || !target.filePath) return false;
    await writeFile(target.filePath, pdf);
    return true;
  });

  const send = (win: BrowserWindow, push: HostPush) => {
    if (win.isDestroyed()) return;
    if (push.type === 'snapshot') win.webContents.send(SNAPSHOT_CHANNEL, push.snapshot);
    else if (push.type === 'info') win.webContents.send(INFO_CHANNEL, push.info);
  };
  const unsubscribe = host.subscribe((push) => {
    for (const win of windows()) send(win, push);
  });

  return () => {
    ipcMain.removeHandler(COMMAND_CHANNEL);
    ipcMain.removeHandler(WINDOW_CHANNELS.copyText);
    ipcMain.removeHandler(WINDOW_CHANNELS.printToPdf);
    for (const [channel, fn] of listeners) ipcMain.off(channel, fn);
    unsubscribe();
  };
}

/** A window that just (re)loaded gets the current data and snapshot at once. */
export function greetWindow(host: BridgedHost, win: BrowserWindow): void {
  win.webContents.send(INFO_CHANNEL, host.info());
  win.webContents.send(SNAPSHOT_CHANNEL, host.snapshot());
}
