import { ERROR_TEXT, type ErrorKey } from '../../../shared/contract/error.catalog';

/**
 * Catalog text in i18next's form: "{max}" becomes "{{max}}", and "{{name}}" — a placeholder's name shown in braces,
 * as in "there is no placeholder {{name}}" — becomes "{{name, braces}}", which shows "{item}".
 */
export function toI18next(text: string): string {
  return text.replace(
    /\{\{(\w+)\}\}|\{(\w+)\}/g,
    (_, braced: string | undefined, plain: string | undefined) =>
      braced ? `{{${braced}, braces}}` : `{{${plain}}}`,
  );
}

/** The English messages, straight from the catalog (first letter up, as UI text is), so they cannot drift. */
export function catalogMessages(): { [K in ErrorKey]: string } {
  return Object.fromEntries(
    Object.entries(ERROR_TEXT).map(([key, text]) => [
      key,
      toI18next(text.charAt(0).toUpperCase() + text.slice(1)),
    ]),
  ) as { [K in ErrorKey]: string };
}
