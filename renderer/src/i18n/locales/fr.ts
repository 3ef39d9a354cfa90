import type { LocaleMessages } from '../messages.type';

// Being translated from en.ts.
export const fr: LocaleMessages = {};
