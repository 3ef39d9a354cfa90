import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { isAllowed } from '../../shared/meeting/meeting.allowed';
import type { Host } from './host';

/** What one key or tray click does, whatever state the meeting is in. Shared by shortcuts, the tray and the menu. */
export type QuickAction = 'startNext' | 'offTopic' | 'pause' | 'end' | 'undo';

function pick(host: Host, action: QuickAction): MeetingCommand | null {
  const s = host.session?.state;
  if (!s) return null;
  switch (action) {
    case 'startNext':
      if (isAllowed(s, 'start')) return { type: 'start' };
      return isAllowed(s, 'next') ? { type: 'next' } : null;
    case 'offTopic':
      return isAllowed(s, 'toggleOffTopic') ? { type: 'toggleOffTopic' } : null;
    case 'pause':
      return isAllowed(s, 'togglePause') ? { type: 'togglePause' } : null;
    case 'end':
      return isAllowed(s, 'end') ? { type: 'end' } : null;
    case 'undo':
      return isAllowed(s, 'undo') ? { type: 'undo' } : null;
  }
}

/** Runs the action if it makes sense now; returns whether anything happened. */
export function runQuickAction(host: Host, action: QuickAction): boolean {
  const cmd = pick(host, action);
  if (!cmd || !host.session) return false;
  return host.session.command(cmd).ok;
}

/** Whether the action would do something now (for greying out tray and menu items). */
export function quickActionAvailable(host: Host, action: QuickAction): boolean {
  return pick(host, action) !== null;
}
