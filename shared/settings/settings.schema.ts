import { z } from 'zod';
import { durationSec } from '../agenda/agenda.schema';
import { appRuleSchema } from '../detect/app.rules';
import { nudgeRulesSchema } from '../nudges/nudge.rules';
import { locales } from '../phrases/phrase.types';
import { isTimeZone } from '../report/local.time';
import { clockifyFormatSchema } from '../report/export/timetracker.csv';

/** Electron accelerators. Defaults use Ctrl/Cmd+Alt+Shift so they do not clash with Zoom, Teams or Skype. */
export const shortcutsSchema = z.object({
  startNext: z.string().max(64).default('CommandOrControl+Alt+Shift+N'),
  offTopic: z.string().max(64).default('CommandOrControl+Alt+Shift+O'),
  pause: z.string().max(64).default('CommandOrControl+Alt+Shift+P'),
  showLine: z.string().max(64).default('CommandOrControl+Alt+Shift+L'),
  hideOverlay: z.string().max(64).default('CommandOrControl+Alt+Shift+H'),
});

/** What time-tracker exports need from the user, and the formats the tracker's profile uses. */
export const exportsSchema = z.object({
  email: z.union([z.email(), z.literal('')]).default(''),
  /** Your name in the tracker (its "User" column): an importer that does not know the email yet creates you by it. */
  name: z.string().trim().max(255).default(''),
  offTopicBillable: z.boolean().default(false),
  /** The zone the tracker's profile uses, for formats with local times; '' is this computer's. */
  timeZone: z
    .string()
    .max(64)
    .refine((tz) => tz === '' || isTimeZone(tz), 'unknownTimeZone')
    .default(''),
  clockify: clockifyFormatSchema.default(clockifyFormatSchema.parse({})),
});

/** Facilitator mode: how the floor is given besides the overlay's own digit keys. */
export const facilitatorSchema = z.object({
  /**
   * Ctrl/Cmd+Alt+Shift with 1–9 gives the floor to participant 1–9 from any app (0 to nobody). Off unless the user
   * turns it on: ten shortcuts are many to hold.
   */
  globalFloorKeys: z.boolean().default(false),
});

export const detectionSchema = z.object({
  enabled: z.boolean().default(true),
  /** Offer to start timing when a call window appears and no meeting runs. */
  offerStart: z.boolean().default(true),
  /** Offer to end (or pause) the meeting when its call window goes away. */
  offerEnd: z.boolean().default(true),
  /** Press the app's chat shortcut before typing (it may close the chat if it is already open). */
  openChat: z.boolean().default(false),
  /** Press Enter after the line, sending it. */
  send: z.boolean().default(false),
  /** The user's own rules, tried before the built-in ones. */
  rules: z.array(appRuleSchema).max(50).default([]),
});

export const settingsSchema = z.object({
  uiLanguage: z.enum(locales).default('en'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  nudgeRules: nudgeRulesSchema.default(nudgeRulesSchema.parse({})),
  shortcuts: shortcutsSchema.default(shortcutsSchema.parse({})),
  overlay: z
    .object({
      opacity: z.number().min(0.3).max(1).default(0.96),
      clickThrough: z.boolean().default(false),
      chime: z.boolean().default(false),
    })
    .default({ opacity: 0.96, clickThrough: false, chime: false }),
  /**
   * Remote control from a phone or a second screen on the local network. Off unless the user turns it on; the host
   * says so at every start while it is on. `address`: the interface to listen on (default: the first private IPv4).
   */
  lan: z
    .object({
      enabled: z.boolean().default(false),
      address: z.ipv4().optional(),
    })
    .default({ enabled: false }),
  /**
   * Whether time the computer spends asleep mid-meeting counts as a pause. Off by default: the call usually goes
   * on while the laptop sleeps, so the time is real.
   */
  sleepCountsAsPaused: z.boolean().default(false),
  rebalance: z
    .object({ minItemSec: durationSec.default(120), auto: z.boolean().default(false) })
    .default({ minItemSec: 120, auto: false }),
  /**
   * Noticing the meeting app (window titles, matched on this computer; nothing is sent anywhere) and putting lines
   * into its chat. Enter is pressed only when the user chooses "send".
   */
  detection: detectionSchema.default(detectionSchema.parse({})),
  /** Time-tracker exports: asked for once, at the first export, then remembered. */
  exports: exportsSchema.default(exportsSchema.parse({})),
  facilitator: facilitatorSchema.default(facilitatorSchema.parse({})),
});

export type Settings = z.infer<typeof settingsSchema>;
export type ShortcutName = keyof Settings['shortcuts'];

/** The accelerator of a global floor key: the same modifiers as the other shortcuts, with a digit. */
export const floorAccelerator = (digit: number) => `CommandOrControl+Alt+Shift+${digit}`;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
