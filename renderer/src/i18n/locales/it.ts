import type { LocaleMessages } from '../messages.type';

// Being translated from en.ts.
export const it: LocaleMessages = {};
