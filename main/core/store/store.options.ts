import type { ConfOptions } from './conf.like';
import { STORE_MIGRATIONS } from './store.migrations';
import { STORE_DEFAULTS, storeJsonSchema, type StoreData } from './store.schema';

export const STORE_FILE = 'config.json';

/** The same options for `conf` (headless) and `electron-store` (the app). */
export function storeOptions(dataDir: string, appVersion: string): ConfOptions<StoreData> {
  return {
    cwd: dataDir,
    projectName: 'tactful',
    configName: 'config',
    projectVersion: appVersion,
    schema: storeJsonSchema(),
    defaults: STORE_DEFAULTS,
    migrations: STORE_MIGRATIONS,
    // Never wipe a file the user's data is in: a damaged one is kept in quarantine and repaired (store.open.ts).
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    // It holds the access token.
    configFileMode: 0o600,
  };
}
