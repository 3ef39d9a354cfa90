import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron uses as userData for "Tactful", so the app and `npm run serve` share one history. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tactful');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'SettingsStore', 'Roaming'), 'Tactful');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tactful');
}
