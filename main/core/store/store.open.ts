import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const file = join(dataDir, STORE_FILE);
  const existed = existsSync(file);
  // conf reads a file holding `[]` or `"x"` as empty and resets it silently: such a file is damaged, as below.
  const notAnObject = existed && !holdsObject(readFileSync(file, 'utf8'));
  if (!notAnObject) {
    try {
      const store = create(options);
      // A missing file next to meetings is not a first start: the user should know why their clients are gone.
      const problems =
        !existed && hasHistory(dataDir)
          ? [
              'the settings file was missing: Tactful started with default settings and a new access token (every meeting is still there; paired devices must pair again)',
            ]
          : [];
      for (const p of problems) log.warn(p);
      return { store, problems };
    } catch (first) {
      if (!existsSync(file)) throw first;
      return repaired(create, options, dataDir, file, first as Error, log, now);
    }
  }
  return repaired(create, options, dataDir, file, new Error('the file does not hold settings'), log, now);
}

function holdsObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    // Not JSON: conf throws on it, and the file is repaired from there.
    return true;
  }
}

function hasHistory(dataDir: string): boolean {
  const meetings = join(dataDir, 'meetings');
  return (
    existsSync(join(dataDir, 'index.json')) || (existsSync(meetings) && readdirSync(meetings).length > 0)
  );
}

/** A damaged file: a copy goes to quarantine/, and what can be kept is written back before conf opens it again. */
function repaired(
  create: ConfFactory<StoreData>,
  options: ReturnType<typeof storeOptions>,
  dataDir: string,
  file: string,
  first: Error,
  log: Logger,
  now: number,
): OpenedStore {
  const kept = quarantineCopy(dataDir, file, now);
  let repair: { data: Record<string, unknown>; problems: string[] };
  try {
    repair = repairStore(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    repair = {
      data: { ...STORE_DEFAULTS },
      problems: ['the settings file was not readable at all and was reset'],
    };
  }
  const problems = [
    `settings were damaged (${first.message}); the original is kept at ${kept}`,
    ...repair.problems,
  ];
  writeFileAtomic(file, JSON.stringify(repair.data, null, '\t'));
  for (const p of problems) log.warn(p);
  return { store: create(options), problems };
}
