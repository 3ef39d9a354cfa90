import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFloorKeys } from '../../../shared/meeting/floor.keys';
import type { QuickAction } from '../../../shared/meeting/quick.actions';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { useAppStore } from '../store/store';
import { acceptCall, typeIntoChat } from './call.actions';
import { chatApp } from './chat.app';
import { anotherLine, copyNudge, dismiss, quick, rebalance, snooze, SNOOZE_MINUTES } from './meeting.actions';
import { floorKey } from './people.actions';

/** Keys wherever the meeting is shown (the global shortcuts work from anywhere; these need the window focused). */
export const MEETING_KEYS = {
  n: 'startNext',
  o: 'offTopic',
  p: 'pause',
  e: 'end',
  z: 'undo',
  r: 'rebalance',
  s: 'acceptCall',
  t: 'typeIntoChat',
  c: 'copy',
  a: 'another',
  d: 'dismiss',
  q: 'queueNext',
} as const;

type KeyAction = (typeof MEETING_KEYS)[keyof typeof MEETING_KEYS];

const QUICK: readonly string[] = [
  'startNext',
  'offTopic',
  'pause',
  'end',
  'undo',
  'queueNext',
] satisfies QuickAction[];

/** The digit a key stands for wherever it sits on the layout (AZERTY's digits need Shift), or null. */
function digitOf(e: KeyboardEvent): number | null {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  return m ? Number(m[1]) : null;
}

const NO_EXTRA = {};

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** What a key does now, from what the window last heard from the host. */
function act(action: KeyAction, t: TFunction): void {
  if (QUICK.includes(action)) return void quick(action as QuickAction);
  const { nudge, offer, info } = useAppStore.getState();
  const settings = info?.settings ?? DEFAULT_SETTINGS;
  switch (action) {
    case 'rebalance':
      // Only what is on screen: a key press must not surprise with a change nobody was shown.
      return void (offer && rebalance(settings.rebalance.minItemSec));
    case 'acceptCall': {
      const prompt = info?.detector.prompt;
      return void (prompt?.kind === 'start' && acceptCall(prompt, t));
    }
    case 'typeIntoChat': {
      const app = chatApp(useAppStore.getState().view?.app ?? null, info?.detector ?? null);
      return void (nudge && app && typeIntoChat(nudge.key, app, settings.detection.send, t));
    }
    case 'copy':
      return void (nudge && copyNudge(nudge.key, nudge.text, t));
    case 'another':
      return void (nudge && anotherLine(nudge.key));
    case 'dismiss':
      return void (nudge && dismiss(nudge.key));
  }
}

/**
 * The meeting's keys, plus `extra` ones of this window (the overlay's X). `extra` should be stable (a module-level
 * object): it is what the listener is attached with.
 */
export function useMeetingKeys(extra: Readonly<Record<string, () => void>> = NO_EXTRA): void {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      const { nudge, view } = useAppStore.getState();
      // In a group meeting the digits are people: 1–9 the floor (Shift: the speaking list), 0 nobody.
      const digit = digitOf(e);
      if (digit !== null && hasFloorKeys(view)) {
        e.preventDefault();
        return void floorKey(digit, e.shiftKey);
      }
      if (nudge && SNOOZE_MINUTES.includes(Number(key) as (typeof SNOOZE_MINUTES)[number]))
        return void snooze(nudge.key, Number(key));
      if (nudge && key === 'escape') return void dismiss(nudge.key);
      const own = extra[key];
      const action = MEETING_KEYS[key as keyof typeof MEETING_KEYS];
      if (!own && !action) return;
      e.preventDefault();
      if (own) own();
      else act(action, t);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t, extra]);
}
