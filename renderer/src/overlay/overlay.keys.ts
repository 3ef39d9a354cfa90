import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setOverlayExpanded } from '../store/actions';
import { ticker, useAppStore } from '../store/store';
import { rebalanceOffer } from '../../../shared/meeting/meeting.rebalance';
import { allowedCommands } from '../../../shared/meeting/meeting.allowed';
import { run, startOrNext } from './meeting.commands';
import { anotherLine, copyNudge, dismiss, snooze, SNOOZE_MINUTES } from './NudgeCard';
import { rebalance } from './RebalanceOffer';
import { acceptCall, typeIntoChat } from './call.actions';
import { chatApp } from './chat.app';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';

/** Keys inside the overlay (the global shortcuts work from anywhere; these need the overlay focused). */
export const OVERLAY_KEYS = {
  n: 'startNext',
  o: 'offTopic',
  p: 'pause',
  e: 'end',
  z: 'undo',
  r: 'rebalance',
  s: 'acceptCall',
  t: 'typeIntoChat',
  x: 'expand',
  c: 'copy',
  a: 'another',
  d: 'dismiss',
} as const;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function useOverlayKeys(): void {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const { session, nudgeLine, overlayExpanded, data } = useAppStore.getState();
      const allowed = session ? allowedCommands(session) : null;
      const key = e.key.toLowerCase();
      if (nudgeLine && SNOOZE_MINUTES.includes(Number(key) as 1 | 3 | 5))
        return void snooze(nudgeLine.key, Number(key));
      if (nudgeLine && key === 'escape') return void dismiss(nudgeLine.key);
      const action = OVERLAY_KEYS[key as keyof typeof OVERLAY_KEYS];
      if (!action) return;
      e.preventDefault();
      switch (action) {
        case 'startNext':
          return void startOrNext(allowed);
        case 'offTopic':
          return void (allowed?.toggleOffTopic && run({ type: 'toggleOffTopic' }));
        case 'pause':
          return void (allowed?.togglePause && run({ type: 'togglePause' }));
        case 'end':
          return void (allowed?.end && run({ type: 'end' }));
        case 'undo':
          return void (allowed?.undo && run({ type: 'undo' }));
        case 'acceptCall':
          return void (data?.detector.prompt?.kind === 'start' && acceptCall(data.detector.prompt, t));
        case 'typeIntoChat': {
          const app = chatApp(session, data?.detector ?? null);
          return void (
            nudgeLine &&
            app &&
            typeIntoChat(nudgeLine.key, app, (data?.settings ?? DEFAULT_SETTINGS).detection.send, t)
          );
        }
        case 'rebalance': {
          // Only what the overlay offers: a key press must not surprise with a change nobody was shown.
          const min = (data?.settings ?? DEFAULT_SETTINGS).rebalance.minItemSec;
          return void (session && rebalanceOffer(session, ticker.getNow(), min) && rebalance(session, min));
        }
        case 'expand':
          return setOverlayExpanded(!overlayExpanded);
        case 'copy':
          return void (nudgeLine && copyNudge(nudgeLine.key, nudgeLine.text, t));
        case 'another':
          return void (nudgeLine && anotherLine(nudgeLine.key));
        case 'dismiss':
          return void (nudgeLine && dismiss(nudgeLine.key));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t]);
}
