import type { Platform } from './app.rules';

/**
 * How to put a line into the chat: typed key by key, or pasted through the clipboard. Typing reaches chat boxes
 * that ignore paste and leaves the clipboard alone, but on X11 the native typer only gets unshifted ASCII right
 * ("?" comes out as "/"), and no platform types every script reliably; those lines are pasted.
 */
export function typingMethod(text: string, platform: Platform): 'typed' | 'pasted' {
  if (platform === 'linux') return /^[A-Za-z0-9 ,.;'/=\-[\]\\`]*$/.test(text) ? 'typed' : 'pasted';
  // Latin letters with their accents, digits, spaces and punctuation: the native typer sends them as Unicode.
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]*$/u.test(text) ? 'typed' : 'pasted';
}
