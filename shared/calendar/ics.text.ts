const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A description as lines of text. Google Calendar writes descriptions as HTML ("<ul><li>Budget 15m</li></ul>",
 * "<br>"); list items become "- " lines, so an agenda typed as a bulleted list stays one.
 */
export function descriptionText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  if (!/<\/?(?:br|p|div|li|ul|ol|span|b|i|u|strong|em|a|html|body)\b[^>]*>/i.test(text)) return text.trim();
  const lines = text
    .replace(/\n/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|div|li|ul|ol|h[1-6]|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(lines)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .replace(/\n{2,}(?=- )/g, '\n')
    .trim();
}

/** An email from an ATTENDEE or ORGANIZER value ("mailto:Giulia@Studio.it"), lower case; null when it is none. */
export function emailOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().replace(/^mailto:/i, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v.toLowerCase() : null;
}

/** The part of an address after "@". */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
