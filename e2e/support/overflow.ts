import type { Page } from '@playwright/test';

/**
 * Elements whose text does not fit: wider content than box, except where the design cuts text on purpose with an
 * ellipsis (long agenda titles). Returns short descriptions for the assertion message.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const candidates = document.querySelectorAll<HTMLElement>(
      'button, a, h1, h2, h3, label, .badge, .field__label, .overlay__panel, .card, .dash__main, .segmented, .nudge__actions, .overlay__controls',
    );
    for (const el of candidates) {
      const style = getComputedStyle(el);
      // Cut on purpose with an ellipsis, not rendered, or hidden for screen readers only (1 px boxes by design).
      if (
        style.textOverflow === 'ellipsis' ||
        el.offsetParent === null ||
        el.classList.contains('visually-hidden')
      )
        continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 40)}” ${el.scrollWidth}>${el.clientWidth}`,
        );
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
      out.push(`page ${document.documentElement.scrollWidth}>${document.documentElement.clientWidth}`);
    return out;
  });
}
