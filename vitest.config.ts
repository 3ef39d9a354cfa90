import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['{shared,main,renderer}/**/__tests__/**/*.test.{ts,tsx}'],
    setupFiles: ['renderer/src/__tests__/support/setup.ts'],
    // Host tests spawn child processes and real sockets; two cores are all CI has.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
