import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS } from '../../shared/i18n/menu.labels';
import type { MeetingView } from '../../shared/meeting/meeting.view';
import { floorCommand } from '../../shared/meeting/floor.keys';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { quickCommand, type QuickAction } from '../../shared/meeting/quick.actions';
import type { Locale } from '../../shared/phrases/phrase.types';
import type { Host } from '../core/host';

/** What the menus read of the host, and how they act: through its one dispatcher. */
export interface MenuHost {
  language(): Locale;
  view(): MeetingView | null;
  quick(action: QuickAction): void;
  /** A global floor key: the floor to participant `digit` (0: to nobody), as the overlay's digit does. */
  floor(digit: number): void;
}

/** Tray, menus and global shortcuts go through the same dispatcher as every window and browser. */
export function menuHostOf(host: Pick<Host, 'settings' | 'snapshot' | 'dispatch' | 'log'>): MenuHost {
  const run = (command: MeetingCommand | null, what: string) => {
    if (!command) return;
    host
      .dispatch({ type: 'meeting.command', command })
      .catch((e: Error) => host.log.warn(`${what} from the tray or a shortcut: ${e.message}`));
  };
  return {
    language: () => host.settings.settings().uiLanguage,
    view: () => host.snapshot().view,
    quick: (action) => run(quickCommand(action, host.snapshot().view?.allowed), action),
    floor: (digit) => run(floorCommand(host.snapshot().view, digit), `floor ${digit}`),
  };
}

export interface ShellActions {
  toggleOverlay(): void;
  overlayVisible(): boolean;
  showDashboard(section?: string): void;
  quit(): void;
}

/** The meeting's items for the tray and the app menu, enabled as the engine allows. Rebuilt when the state changes. */
export function meetingItems(host: MenuHost): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[host.language()];
  const s = host.view();
  if (!s) return [{ label: l.noMeeting, enabled: false }];
  const item = (label: string, action: QuickAction): MenuItemConstructorOptions => ({
    label,
    enabled: quickCommand(action, s.allowed) !== null,
    click: () => host.quick(action),
  });
  return [
    item(s.status === 'planned' ? l.start : l.next, 'startNext'),
    item(s.offTopic.active ? l.offTopicOff : l.offTopicOn, 'offTopic'),
    item(s.status === 'paused' ? l.resume : l.pause, 'pause'),
    item(l.end, 'end'),
    item(l.undo, 'undo'),
  ];
}

export function trayTemplate(host: MenuHost, shell: ShellActions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[host.language()];
  return [
    ...meetingItems(host),
    { type: 'separator' },
    { label: shell.overlayVisible() ? l.hideOverlay : l.showOverlay, click: () => shell.toggleOverlay() },
    { label: l.dashboard, click: () => shell.showDashboard() },
    { label: l.settings, click: () => shell.showDashboard('settings') },
    { type: 'separator' },
    { label: l.quit, click: () => shell.quit() },
  ];
}

export function appMenuTemplate(
  host: MenuHost,
  shell: ShellActions,
  platform: string,
): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[host.language()];
  const app: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: 'Tactful',
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { label: l.settings, accelerator: 'Cmd+,', click: () => shell.showDashboard('settings') },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { type: 'separator' },
              { label: l.quit, accelerator: 'Cmd+Q', click: () => shell.quit() },
            ],
          },
        ]
      : [
          {
            label: 'Tactful',
            submenu: [
              { label: l.settings, click: () => shell.showDashboard('settings') },
              { type: 'separator' },
              { label: l.quit, click: () => shell.quit() },
            ],
          },
        ];
  return [
    ...app,
    { role: 'editMenu' },
    { label: l.meeting, submenu: meetingItems(host) },
    { role: 'windowMenu' },
  ];
}

/** A key that changes exactly when the menus would look different, so they are not rebuilt every second. */
export function menuKey(host: MenuHost, overlayVisible: boolean): string {
  const s = host.view();
  return JSON.stringify([
    host.language(),
    overlayVisible,
    s?.status,
    s?.offTopic.active,
    s && meetingItems(host).map((i) => i.enabled),
  ]);
}
