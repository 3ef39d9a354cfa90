import { z } from 'zod';

/** Keys a chat shortcut may use: modifiers, letters, digits and function keys (what the apps' shortcuts need). */
export const chatKeyNames = [
  'Ctrl',
  'Alt',
  'Shift',
  'Cmd',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
] as const;
export type ChatKey = (typeof chatKeyNames)[number];

export const platforms = ['windows', 'mac', 'linux'] as const;
export type Platform = (typeof platforms)[number];

const pattern = z
  .string()
  .trim()
  .min(1, 'patternNeeded')
  .max(300)
  .refine((p) => {
    try {
      new RegExp(p, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'patternInvalid');

const keys = z.array(z.enum(chatKeyNames)).max(4);

/**
 * How to recognise one meeting app's call window by its title, and how to open its chat. Data, so a user can add
 * an app or fix a title Tactful does not know yet.
 */
export const appRuleSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'appIdFormat'),
  /** The name history keeps ("12 Zoom calls"): the window title itself is never stored. */
  name: z.string().trim().min(1, 'appNeedsName').max(60),
  /** Matches (case-insensitive) the title of a window that means a call is on. */
  title: pattern,
  /** Windows of the app that are not a call (its home window, settings). */
  exclude: pattern.optional(),
  /** The app's own shortcut that opens its chat, per platform, when the user lets Tactful press it. */
  chatKeys: z.object({ windows: keys, mac: keys, linux: keys }).partial().default({}),
});
export type AppRule = z.infer<typeof appRuleSchema>;

/**
 * What is known of each supported app's call windows. Titles differ by version and language; these are the forms the
 * apps and browsers show in English, and users can add their own in Settings. Chat shortcuts are given only where the
 * app documents one that opens its chat (Zoom, Meet); elsewhere the line goes where the app's cursor already is.
 */
export const BUILTIN_APP_RULES: AppRule[] = [
  {
    id: 'zoom',
    name: 'Zoom',
    // The call window, not "Zoom Workplace" or "Zoom Cloud Meetings" (the home window).
    title: '^Zoom (Meeting|Webinar)\\b',
    chatKeys: { windows: ['Alt', 'H'], linux: ['Alt', 'H'], mac: ['Cmd', 'Shift', 'H'] },
  },
  {
    id: 'meet',
    name: 'Google Meet',
    // A browser tab "Meet – abc-defg-hij" (the meeting code), not Meet's landing page.
    title: '\\bMeet\\s*[-–—:]\\s*[a-z]{3,4}-[a-z]{4}-[a-z]{3}\\b',
    chatKeys: { windows: ['Ctrl', 'Alt', 'C'], linux: ['Ctrl', 'Alt', 'C'], mac: ['Cmd', 'Ctrl', 'C'] },
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    title: '\\b(Meeting|Call)\\b.*\\|.*Microsoft Teams',
    exclude: '^(Chat|Calendar|Activity|Calls?) \\|',
    chatKeys: {},
  },
  {
    id: 'skype',
    name: 'Skype',
    title: '\\bSkype\\b.*\\bcall\\b|\\bcall\\b.*\\bSkype\\b',
    chatKeys: {},
  },
  {
    id: 'webex',
    name: 'Webex',
    title: '\\bWebex\\b.*\\bmeeting\\b|\\bmeeting\\b.*\\bWebex\\b',
    exclude: '^(Cisco )?Webex Meetings?$|\\bHome\\b',
    chatKeys: {},
  },
  {
    id: 'slack-huddle',
    name: 'Slack huddle',
    title: '\\bHuddle\\b.*\\bSlack\\b',
    chatKeys: {},
  },
  {
    id: 'discord',
    name: 'Discord',
    title: '\\b(Voice Connected|Voice|Stage|Call)\\b.*\\bDiscord\\b',
    chatKeys: {},
  },
  {
    id: 'jitsi',
    name: 'Jitsi Meet',
    title: '\\|\\s*Jitsi Meet\\b|\\bmeet\\.jit\\.si\\b',
    chatKeys: {},
  },
];

/** The user's rules first (they can override a built-in by its id), then the built-in ones. */
export function effectiveRules(own: readonly AppRule[]): AppRule[] {
  const ids = new Set(own.map((r) => r.id));
  return [...own, ...BUILTIN_APP_RULES.filter((r) => !ids.has(r.id))];
}

/** A window as the platform lists it. */
export interface SeenWindow {
  id: string;
  title: string;
}

/** A window that is a call, and of which app. */
export interface DetectedCall {
  appId: string;
  appName: string;
  windowId: string;
  title: string;
}

const compiled = new Map<string, RegExp>();
function re(p: string): RegExp {
  let r = compiled.get(p);
  if (!r) {
    r = new RegExp(p, 'iu');
    if (compiled.size > 200) compiled.clear();
    compiled.set(p, r);
  }
  return r;
}

/** The first rule a title matches (and is not excluded by), if any. */
export function matchTitle(rules: readonly AppRule[], title: string): AppRule | null {
  const t = title.slice(0, 500);
  if (!t.trim()) return null;
  return rules.find((r) => re(r.title).test(t) && !(r.exclude && re(r.exclude).test(t))) ?? null;
}

/** Every call among the windows on screen, in the order the platform listed them. */
export function detectCalls(rules: readonly AppRule[], windows: readonly SeenWindow[]): DetectedCall[] {
  const out: DetectedCall[] = [];
  for (const w of windows) {
    const rule = matchTitle(rules, w.title);
    if (rule) out.push({ appId: rule.id, appName: rule.name, windowId: w.id, title: w.title });
  }
  return out;
}
