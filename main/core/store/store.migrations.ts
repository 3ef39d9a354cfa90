import type { ConfLike } from './conf.like';
import type { StoreData } from './store.schema';
import { migratePhraseIds } from './phrase.ids.migration';

/**
 * Named migrations, keyed by the app version that introduced them. conf runs each one once, in order, when the
 * store is first opened by that version or a later one (a new install runs them all).
 */
export const STORE_MIGRATIONS: Record<string, (store: ConfLike<StoreData>) => void> = {
  /** 0.2.0 — built-in lines have ids of their own instead of list positions: the user's edits follow them. */
  '0.2.0': (store) => store.set('phrases', migratePhraseIds(store.get('phrases'))),
};
