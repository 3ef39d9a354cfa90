/**
 * The part of the `conf` API the host uses. `conf` (headless) and `electron-store` (in the app, which extends
 * conf) both satisfy it, so the host never knows which one it has.
 */
export interface ConfLike<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** The whole file: read and validated, or validated and written in one atomic write. */
  store: T;
  readonly path: string;
}

/** Options both stores take; see store.options.ts. */
export interface ConfOptions<T extends Record<string, unknown>> {
  cwd: string;
  projectName: string;
  configName: string;
  projectVersion: string;
  schema: Record<keyof T, Record<string, unknown>>;
  defaults: T;
  migrations: Record<string, (store: ConfLike<T>) => void>;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  configFileMode: number;
}

export type ConfFactory<T extends Record<string, unknown>> = (options: ConfOptions<T>) => ConfLike<T>;
