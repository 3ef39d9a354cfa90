import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake.electron'));

import { tempDataDir } from '../../../e2e/support/temp.dir';
import { keychainVault } from '../keychain.vault';
import { resetFakes, safeStorage } from './support/fake.electron';

let tmp: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  resetFakes();
  tmp = tempDataDir();
});
afterEach(() => tmp.cleanup());

describe('calendar passwords in the app', () => {
  it('are sealed by the OS keychain, in a file only the user can read', () => {
    const vault = keychainVault(tmp.dir);
    expect(vault.kind).toBe('keychain');
    vault.write('c1', 'correct horse');
    expect(vault.read('c1')).toBe('correct horse');
    const file = join(tmp.dir, 'secrets.keychain.json');
    expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    vault.remove('c1');
    expect(vault.read('c1')).toBeNull();
  });

  it('say "file" where there is no keychain, as the headless host does', () => {
    safeStorage.backend = 'basic_text';
    expect(keychainVault(tmp.dir).kind).toBe(process.platform === 'linux' ? 'file' : 'keychain');
    safeStorage.available = false;
    const plain = keychainVault(tmp.dir);
    expect(plain.kind).toBe('file');
    plain.write('c2', 'hunter2');
    expect(statSync(join(tmp.dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('read nothing (rather than throw) when the keychain cannot open what is stored', () => {
    const vault = keychainVault(tmp.dir);
    vault.write('c1', 'secret');
    const other = { ...safeStorage };
    safeStorage.decryptString = () => {
      throw new Error('the keychain was reset');
    };
    expect(keychainVault(tmp.dir).read('c1')).toBeNull();
    safeStorage.decryptString = other.decryptString;
  });
});
