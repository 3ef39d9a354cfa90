import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store/store';
import { useNudgeLine, useSettings } from '../store/selectors';
import chimeUrl from '../../../assets/sounds/chime.wav?url';

/** In the app, the overlay window follows its content's height; in a browser the page just scrolls. */
export function useOverlayWindowSize(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = panel.current;
    const bridge = window.tactful;
    if (!el || !bridge) return;
    const report = () =>
      bridge.window.setOverlayLayout(
        useAppStore.getState().overlayExpanded ? 'expanded' : 'compact',
        Math.ceil(el.getBoundingClientRect().height) + 2,
      );
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [panel]);
}

/** With click-through on, the overlay asks for clicks back only while the pointer is over it. */
export function useClickThroughHover(panel: RefObject<HTMLElement | null>): void {
  const clickThrough = useSettings().overlay.clickThrough;
  useEffect(() => {
    const el = panel.current;
    const bridge = window.tactful;
    if (!el || !bridge || !clickThrough) return;
    const enter = () => bridge.window.setIgnoreMouse(false);
    const leave = () => bridge.window.setIgnoreMouse(true);
    el.addEventListener('mouseenter', enter);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mouseenter', enter);
      el.removeEventListener('mouseleave', leave);
    };
  }, [panel, clickThrough]);
}

/** A soft chime when a new nudge appears, if the user turned it on (it is off by default). */
export function useChime(): void {
  const line = useNudgeLine();
  const on = useSettings().overlay.chime;
  const key = line?.key ?? null;
  useEffect(() => {
    if (!on || key === null) return;
    const audio = new Audio(chimeUrl);
    audio.volume = 0.6;
    void audio.play().catch(() => undefined);
  }, [key, on]);
}
