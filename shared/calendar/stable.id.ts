/**
 * A short id that is always the same for the same text (FNV-1a, 52 bits, base 36): a calendar event's meeting and
 * template ids come from its UID, so syncing again names them the same, and they are safe as file names.
 */
export function stableId(text: string): string {
  // Two 32-bit halves, so 52 bits survive JavaScript's numbers.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h1 & 0xfffff) * 0x100000000 + h2).toString(36);
}
