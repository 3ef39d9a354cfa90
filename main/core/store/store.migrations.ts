import { randomBytes } from 'node:crypto';
import type { ConfLike } from './conf.like';
import type { StoreData } from './store.schema';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Named migrations, keyed by the app version that introduced them. conf runs each one once, in order, when the
 * store is first opened by that version or a later one (a new install runs them all).
 */
export const STORE_MIGRATIONS: Record<string, (store: ConfLike<StoreData>) => void> = {
  /** 0.1.0 — every install gets its own secret for browser and phone access. */
  '0.1.0': (store) => {
    if (!store.get('token')) store.set('token', newToken());
  },
};
