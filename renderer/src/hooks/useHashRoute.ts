import { useEffect, useState } from 'react';

/** The view from the URL hash (#/overlay, #/clients…): works the same from a file:// page and a server. */
export function parseRoute(hash: string): { section: string; param: string | null } {
  const [section = '', param = null] = hash.replace(/^#\/?/, '').split('/');
  return { section: section || 'meeting', param };
}

export function useHashRoute() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parseRoute(hash);
}

export function go(section: string, param?: string): void {
  window.location.hash = `/${section}${param ? `/${param}` : ''}`;
}
