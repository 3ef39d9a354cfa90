import { useEffect, type RefObject } from 'react';
import chimeUrl from '../../../assets/sounds/chime.wav?url';
import { platform } from '../platform';
import { useNudge, useSetting } from '../store/selectors';

/** In the app, the overlay window follows its content's height; in a browser the page just scrolls. */
export function useOverlayWindowSize(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = panel.current;
    const p = platform();
    if (!el || p.kind !== 'app') return;
    const report = () => p.setOverlayHeight(Math.ceil(el.getBoundingClientRect().height) + 2);
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [panel]);
}

/** With click-through on, the overlay asks for clicks back only while the pointer is over it. */
export function useClickThroughHover(panel: RefObject<HTMLElement | null>): void {
  const clickThrough = useSetting('overlay').clickThrough;
  useEffect(() => {
    const el = panel.current;
    const p = platform();
    if (!el || p.kind !== 'app' || !clickThrough) return;
    const enter = () => p.setIgnoreMouse(false);
    const leave = () => p.setIgnoreMouse(true);
    el.addEventListener('mouseenter', enter);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mouseenter', enter);
      el.removeEventListener('mouseleave', leave);
    };
  }, [panel, clickThrough]);
}

/** The "show line" shortcut: the app shows the overlay, and the overlay brings its line into view. */
export function useShowLine(panel: RefObject<HTMLElement | null>): void {
  useEffect(
    () =>
      platform().onShowLine(() =>
        panel.current?.querySelector('[data-testid="nudge-card"]')?.scrollIntoView({ block: 'nearest' }),
      ),
    [panel],
  );
}

/** A soft chime when a new nudge appears, if the user turned it on (it is off by default). */
export function useChime(): void {
  const key = useNudge()?.key ?? null;
  const on = useSetting('overlay').chime;
  useEffect(() => {
    if (!on || key === null) return;
    const audio = new Audio(chimeUrl);
    audio.volume = 0.6;
    void audio.play().catch(() => undefined);
  }, [key, on]);
}
