/** Timer functions, injectable so tests can drive the host with a fake clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Node caps timeouts at 2^31−1 ms; longer waits are re-armed by the caller. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
