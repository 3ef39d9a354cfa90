/** Set in tests (the child hosts, the bench): an unexpected error still ends the process, so no bug hides. */
export const STRICT_ENV = 'TACTFUL_STRICT';
/** The exit code of a strict host that met an unexpected error (EX_SOFTWARE). */
export const UNEXPECTED_EXIT = 70;

export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (e: unknown) => void): unknown;
  off(event: 'uncaughtException' | 'unhandledRejection', listener: (e: unknown) => void): unknown;
}

export interface SafetyNetOptions {
  /** Logs the error and tells the user (a problem in HostInfo). Must not throw. */
  report(message: string, error: unknown): void;
  /** End the process after reporting (tests), instead of keeping the meeting going. */
  strict: boolean;
  exit(code: number): void;
}

/**
 * The last line of defence: an exception nothing caught, or a promise rejection nothing handled, is logged and
 * reported as a problem, and the process goes on, so the running meeting (whose events are on disk) stays open.
 * It is a net, not a handler: every one it catches is a bug, which is why tests run strict and fail on it.
 * Returns a cleanup that removes it.
 */
export function installSafetyNet(events: ProcessEvents, opts: SafetyNetOptions): () => void {
  const caught = (kind: string) => (e: unknown) => {
    const detail = e instanceof Error ? e.message : String(e);
    try {
      opts.report(`an unexpected ${kind} was caught and Tactful kept running: ${detail}`, e);
    } finally {
      if (opts.strict) opts.exit(UNEXPECTED_EXIT);
    }
  };
  const onException = caught('error');
  const onRejection = caught('rejection');
  events.on('uncaughtException', onException);
  events.on('unhandledRejection', onRejection);
  return () => {
    events.off('uncaughtException', onException);
    events.off('unhandledRejection', onRejection);
  };
}
