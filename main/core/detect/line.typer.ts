import type { ChatKey, Platform } from '../../../shared/detect/app.rules';
import type { DetectorToHost, HostToDetector } from '../../../shared/detect/detector.protocol';
import { typingMethod } from '../../../shared/detect/typing.method';
import type { WindowSystem } from './window.system';

/** The keyboard and clipboard part of nut-js. */
export interface NutInput {
  keyboard: {
    config: { autoDelayMs: number };
    type(...input: string[] | number[]): Promise<unknown>;
    pressKey(...keys: number[]): Promise<unknown>;
    releaseKey(...keys: number[]): Promise<unknown>;
  };
  clipboard: { getContent(): Promise<string>; setContent(text: string): Promise<void> };
  Key: Record<string, number>;
}

const KEY_NAMES: Record<string, string> = {
  Ctrl: 'LeftControl',
  Alt: 'LeftAlt',
  Shift: 'LeftShift',
  Cmd: 'LeftCmd',
};

function keyCode(nut: NutInput, name: ChatKey): number {
  const code = nut.Key[KEY_NAMES[name] ?? (/^\d$/.test(name) ? `Num${name}` : name)];
  if (code === undefined) throw new Error(`no key ${name}`);
  return code;
}

/** Presses keys together. nut-js reads the last key as the key and the ones before as its modifiers, both ways. */
async function chord(nut: NutInput, keys: number[]): Promise<void> {
  await nut.keyboard.pressKey(...keys);
  await nut.keyboard.releaseKey(...keys);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type TypeLine = Extract<HostToDetector, { type: 'typeLine' }>;
type Typed = Extract<DetectorToHost, { type: 'typed' }>;

/**
 * Brings the call window forward, opens its chat if asked, and puts the line in: typed when the platform's typer
 * gets every character right, otherwise pasted, with the user's clipboard put back afterwards. Enter only on "send".
 */
export async function typeLine(
  nut: NutInput,
  windows: WindowSystem,
  m: TypeLine,
  platform: Platform,
): Promise<Typed> {
  const fail = (code: 'windowGone' | 'focusDenied' | 'failed', message: string): Typed => ({
    type: 'typed',
    id: m.id,
    ok: false,
    method: null,
    error: { code, message },
  });
  const present = (await windows.list()).some((w) => w.id === m.windowId);
  if (!present) return fail('windowGone', 'the call window is no longer open');
  if (!(await windows.focus(m.windowId)))
    return fail('focusDenied', 'the system did not let Tactful bring the call window forward');
  try {
    nut.keyboard.config.autoDelayMs = 2;
    if (m.chatKeys.length > 0) {
      await chord(
        nut,
        m.chatKeys.map((k) => keyCode(nut, k)),
      );
      // The chat panel opens and takes the cursor.
      await pause(400);
    }
    const method = typingMethod(m.text, platform);
    if (method === 'typed') await nut.keyboard.type(m.text);
    else {
      const previous = await nut.clipboard.getContent().catch(() => '');
      await nut.clipboard.setContent(m.text);
      // On X11 the clipboard is served by a helper process that takes a moment to own it: paste only once it does.
      for (let i = 0; i < 20 && (await nut.clipboard.getContent().catch(() => '')) !== m.text; i++)
        await pause(25);
      await chord(nut, [platform === 'mac' ? nut.Key.LeftCmd! : nut.Key.LeftControl!, nut.Key.V!]);
      // The app reads the clipboard after the keystroke: give it time before putting the old content back.
      await pause(300);
      if (previous) await nut.clipboard.setContent(previous);
    }
    if (m.send) await chord(nut, [nut.Key.Return!]);
    return { type: 'typed', id: m.id, ok: true, method, error: null };
  } catch (e) {
    return fail('failed', (e as Error).message);
  }
}
