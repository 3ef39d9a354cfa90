import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs';

/**
 * Where calendar passwords (and secret .ics addresses) are kept, by calendar id. The app keeps them with the OS
 * keychain (Electron's safeStorage, in main/electron); headless, in a file only the user can read. Secrets never go
 * into the settings file, the calendar file, logs, pushes or exports.
 */
export interface SecretVault {
  readonly kind: 'keychain' | 'file';
  read(id: string): string | null;
  write(id: string, secret: string): void;
  remove(id: string): void;
}

/**
 * A map of secrets in one file, each value transformed on the way in and out: plain text headless, encrypted by
 * the OS keychain in the app. The file is written atomically with mode 0600.
 */
export class FileVault implements SecretVault {
  constructor(
    private readonly file: string,
    readonly kind: 'keychain' | 'file' = 'file',
    private readonly seal: (s: string) => string = (s) => s,
    private readonly open: (s: string) => string = (s) => s,
  ) {}

  static headless(dataDir: string): FileVault {
    return new FileVault(join(dataDir, 'secrets.json'));
  }

  private all(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, string>)
        : {};
    } catch {
      return {};
    }
  }

  private save(all: Record<string, string>): void {
    writeFileAtomic(this.file, JSON.stringify(all), 0o600);
    // A file that existed with looser permissions (copied in by hand) is tightened too.
    chmodSync(this.file, 0o600);
  }

  read(id: string): string | null {
    const sealed = this.all()[id];
    if (typeof sealed !== 'string') return null;
    try {
      return this.open(sealed);
    } catch {
      return null;
    }
  }

  write(id: string, secret: string): void {
    this.save({ ...this.all(), [id]: this.seal(secret) });
  }

  remove(id: string): void {
    const all = this.all();
    if (!(id in all)) return;
    delete all[id];
    this.save(all);
  }
}
