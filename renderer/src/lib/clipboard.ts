/**
 * Copies text in a browser tab: the Clipboard API on a secure page, or a selection copy on a plain-http LAN page,
 * where browsers keep the Clipboard API away. (The app copies through its shell instead: see platform.ts.)
 */
export async function copyInPage(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: fall through to the selection copy.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
