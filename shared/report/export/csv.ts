import Papa from 'papaparse';

/**
 * CSV with proper quoting, and cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) neutralised with a leading apostrophe (OWASP: CSV injection).
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return (
    Papa.unparse(
      { fields: [...fields], data: rows.map((r) => [...r]) },
      { escapeFormulae: true, newline: '\r\n' },
    ) + '\r\n'
  );
}

/** A safe file name from a title: letters, digits and dashes. */
export function fileSlug(s: string): string {
  const slug = s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'meeting';
}
