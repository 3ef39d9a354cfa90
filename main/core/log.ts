/** The host's logger. Tests pass a collecting one; the CLI writes to stderr so stdout stays machine-readable. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`[tactful] ${m}\n`),
  warn: (m) => process.stderr.write(`[tactful] warning: ${m}\n`),
  error: (m) => process.stderr.write(`[tactful] error: ${m}\n`),
};

/** Keeps every line, for tests and for the "problems" list the UI shows. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warn(message: string): void {
    this.lines.push({ level: 'warn', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
}
