import type { Settings } from '../../../../shared/settings/settings.schema';
import { sendOrToast, toast } from '../../store/actions';

/** Saves one section at once: settings persist as they are changed, there is no "Save" to forget. */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  savedText?: string,
): Promise<boolean> {
  const r = await sendOrToast({ type: 'settings.update', patch: { [key]: value } });
  if (r && savedText) toast(savedText);
  return r !== null;
}
