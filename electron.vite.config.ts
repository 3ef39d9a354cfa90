import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The Electron shell, and the same host run headless by `npm run serve`.
          index: resolve(root, 'main/electron/main.ts'),
          serve: resolve(root, 'main/core/cli/serve.ts'),
          // The window detector: its own process, in the app and headless alike.
          detector: resolve(root, 'main/core/detect/detector.child.ts'),
          // Parses and checks large imports off the host's event loop (a worker thread).
          'import.worker': resolve(root, 'main/core/records/import.worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'main/electron/preload.ts') },
        // A sandboxed renderer cannot load an ESM preload: emit CommonJS with a .cjs name.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Also served to browsers and phones by the headless host: keep it small.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
