import type { HostPush } from '../../../shared/contract/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';

/**
 * What a view-only device (a TV, a shared screen) is sent: of a snapshot only the room view, of the info only the
 * language and theme to show it in. It is never told the meeting's view, the line on screen, the rebalance offer,
 * clients, rates, templates, lines or problems, and it can send no command (the session refuses them).
 */
export function forViewOnly(push: HostPush): HostPush {
  switch (push.type) {
    case 'snapshot': {
      const { at, room, flipAt } = push.snapshot;
      return { type: 'snapshot', snapshot: { at, view: null, nudge: null, offer: null, room, flipAt } };
    }
    case 'info': {
      const { settings, version } = push.info;
      return {
        type: 'info',
        info: {
          settings: { ...DEFAULT_SETTINGS, uiLanguage: settings.uiLanguage, theme: settings.theme },
          detector: { available: false, status: 'unavailable', reason: null, calls: [], prompt: null },
          clients: [],
          templates: [],
          phrases: { edited: {}, added: [], removed: [] },
          problems: [],
          lanUrls: [],
          version,
        },
      };
    }
    default:
      return push;
  }
}
