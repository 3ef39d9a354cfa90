import Papa from 'papaparse';

export interface CsvOptions {
  /**
   * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) get a
   * leading apostrophe (OWASP: CSV injection). On for files meant for spreadsheets; off for files meant for a time
   * tracker's importer, which stores the text as it is and never evaluates it (the apostrophe would be kept).
   */
  formulaGuard: boolean;
  delimiter?: ',' | ';';
}

/** CSV with proper quoting (papaparse), CRLF line ends, UTF-8 without a BOM. */
export function toCsv(
  fields: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  o: CsvOptions = { formulaGuard: true },
): string {
  return (
    Papa.unparse(
      { fields: [...fields], data: rows.map((r) => [...r]) },
      { escapeFormulae: o.formulaGuard, newline: '\r\n', delimiter: o.delimiter ?? ',' },
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
