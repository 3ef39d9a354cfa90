import { globalShortcut } from 'electron';
import { floorAccelerator } from '../../shared/settings/settings.schema';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The global floor keys (Ctrl/Cmd+Alt+Shift+0–9) when the user turned them on: each gives the floor as the overlay's
 * digit does. Returns the ones the OS refused, and a cleanup that unregisters exactly what was registered.
 */
export function registerFloorShortcuts(
  enabled: boolean,
  give: (digit: number) => void,
): { failed: string[]; unregister: () => void } {
  const registered: string[] = [];
  const failed: string[] = [];
  if (enabled)
    for (const digit of DIGITS) {
      const accelerator = floorAccelerator(digit);
      let ok: boolean;
      try {
        ok = globalShortcut.register(accelerator, () => give(digit));
      } catch {
        ok = false;
      }
      if (ok) registered.push(accelerator);
      else failed.push(`floor ${digit}: ${accelerator}`);
    }
  return { failed, unregister: () => registered.forEach((a) => globalShortcut.unregister(a)) };
}
