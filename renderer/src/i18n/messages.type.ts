import type { Messages } from './locales/en';

/**
 * Another language's messages: the same keys as English, where each plural key may come in the forms that language
 * needs (Russian: _one, _few, _many, _other). Tests check every key is there.
 */
type Loosen<T> = { [K in keyof T]?: T[K] extends string ? string : Loosen<T[K]> } & {
  [extra: string]: unknown;
};
export type LocaleMessages = Loosen<Messages>;
