/** A random id that also works on a plain-http LAN page, where crypto.randomUUID is not available. */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return (
    prefix +
    Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
      .join('')
      .slice(0, 20)
  );
}
