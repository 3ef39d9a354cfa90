import { safeStorage } from 'electron';
import { join } from 'node:path';
import { FileVault, type SecretVault } from '../core/calendar/secret.vault';

/**
 * Calendar passwords in the app: encrypted with the OS keychain (Keychain on macOS, DPAPI on Windows, the Secret
 * Service or KWallet on Linux) through Electron's safeStorage, in a 0600 file of ciphertext. Where the system has no
 * keychain (Linux without one falls back to a fixed key), it says "file", as the headless host does. Call after
 * the app is ready.
 */
export function keychainVault(dataDir: string): SecretVault {
  if (!safeStorage.isEncryptionAvailable()) return FileVault.headless(dataDir);
  const plainOnLinux =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return new FileVault(
    join(dataDir, 'secrets.keychain.json'),
    plainOnLinux ? 'file' : 'keychain',
    (secret) => safeStorage.encryptString(secret).toString('base64'),
    (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  );
}
