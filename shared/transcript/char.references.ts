/** The named references WebVTT defines, plus the two HTML ones exporters write anyway. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  lrm: '\u200E',
  rlm: '\u200F',
  nbsp: '\u00A0',
  quot: '"',
  apos: "'",
};

/** "Far&#237;as" → "Farías": numeric (decimal or hex) and the named references above; anything else stays. */
export function decodeReferences(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
