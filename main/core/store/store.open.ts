import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs';
import { quarantineCopy } from '../journal/quarantine';
import type { Logger } from '../log';
import type { ConfFactory, ConfLike } from './conf.like';
import { STORE_FILE, storeOptions } from './store.options';
import { repairStore } from './store.repair';
import { STORE_DEFAULTS, type StoreData } from './store.schema';

export interface OpenedStore {
  store: ConfLike<StoreData>;
  /** What had to be repaired, in words the UI can show. Empty when the file was fine. */
  problems: string[];
}

/**
 * Opens the settings store. A file that is not JSON, or fails the schema, is copied to quarantine/ and repaired
 * (see repairStore): the user is told what happened and where the original is; nothing is silently reset.
 */
export function openStore(
  create: ConfFactory<StoreData>,
  dataDir: string,
  appVersion: string,
  log: Logger,
  now: number,
): OpenedStore {
  const options = storeOptions(dataDir, appVersion);
  try {
    return { store: create(options), problems: [] };
  } catch (first) {
    const file = join(dataDir, STORE_FILE);
    if (!existsSync(file)) throw first;
    const kept = quarantineCopy(dataDir, file, now);
    let repaired: { data: Record<string, unknown>; problems: string[] };
    try {
      repaired = repairStore(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      repaired = {
        data: { ...STORE_DEFAULTS },
        problems: ['the settings file was not readable at all and was reset'],
      };
    }
    const problems = [
      `settings were damaged (${(first as Error).message}); the original is kept at ${kept}`,
      ...repaired.problems,
    ];
    writeFileAtomic(file, JSON.stringify(repaired.data, null, '\t'));
    for (const p of problems) log.warn(p);
    return { store: create(options), problems };
  }
}
