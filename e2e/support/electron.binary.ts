import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './host.fixture';

/** The Electron binary if `npm install` could download it, or why not. */
export function electronBinary(): { path: string } | { missing: string } {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed)',
    };
  }
  const path = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `the Electron binary is missing at ${path}` };
}
