import { globalShortcut } from 'electron';
import type { Settings, ShortcutName } from '../../shared/settings/settings.schema';

/**
 * Registers the global shortcuts. Returns the ones the OS refused (taken by another app) so the UI can say so,
 * and a cleanup that unregisters exactly what was registered.
 */
export function registerShortcuts(
  shortcuts: Settings['shortcuts'],
  actions: Record<ShortcutName, () => void>,
): { failed: string[]; unregister: () => void } {
  const registered: string[] = [];
  const failed: string[] = [];
  for (const [name, accelerator] of Object.entries(shortcuts) as [ShortcutName, string][]) {
    if (!accelerator) continue;
    let ok: boolean;
    try {
      ok = globalShortcut.register(accelerator, actions[name]);
    } catch {
      // An accelerator Electron cannot parse: report it like a taken one.
      ok = false;
    }
    if (ok) registered.push(accelerator);
    else failed.push(`${name}: ${accelerator}`);
  }
  return { failed, unregister: () => registered.forEach((a) => globalShortcut.unregister(a)) };
}
