import { useAppStore } from './store';

/** Named selector hooks: components never read the whole store. */
export const useConnection = () => useAppStore((s) => s.connection);
export const useHostVersion = () => useAppStore((s) => s.data?.version ?? null);
export const useSnapshot = () => useAppStore((s) => s.snapshot);
