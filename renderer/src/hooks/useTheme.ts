import { useEffect } from 'react';
import { useSetting } from '../store/selectors';

/** Applies light, dark, or the system's choice (and follows the system when it changes). */
export function useTheme(): void {
  const theme = useSetting('theme');
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && !!media?.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media?.addEventListener?.('change', apply);
    return () => media?.removeEventListener?.('change', apply);
  }, [theme]);
}
