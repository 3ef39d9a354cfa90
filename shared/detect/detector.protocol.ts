import { z } from 'zod';
import { appRuleSchema, chatKeyNames } from './app.rules';

/**
 * The detector runs in its own process (native code can crash it); these are the only messages it and the host
 * exchange, each parsed on arrival. Titles cross this line only to match rules and guess a client: the host keeps
 * them in memory while the window is open and never writes them down.
 */
const windowId = z.string().min(1).max(64);
const title = z.string().max(500);

export const detectorStatuses = [
  'starting',
  'running',
  'limited',
  'unavailable',
  'restarting',
  'off',
] as const;
export type DetectorStatus = (typeof detectorStatuses)[number];

/** Why the detector cannot do everything, in codes the UI turns into words. */
export const detectorReasons = [
  'noDisplay',
  'wayland',
  'noWindowList',
  'macAccessibility',
  'crashed',
  'nativeLoadFailed',
] as const;
export type DetectorReason = (typeof detectorReasons)[number];

export const hostToDetectorSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('config'),
    rules: z.array(appRuleSchema).max(100),
    intervalMs: z.number().int().min(250).max(10_000),
  }),
  z.object({
    type: z.literal('typeLine'),
    id: z.string().min(1).max(64),
    windowId,
    text: z.string().min(1).max(2000),
    /** The app's chat shortcut to press first, or none. */
    chatKeys: z.array(z.enum(chatKeyNames)).max(4),
    /** Press Enter after the line: off unless the user chose "send". */
    send: z.boolean(),
  }),
]);
export type HostToDetector = z.infer<typeof hostToDetectorSchema>;

const typingErrors = ['windowGone', 'focusDenied', 'failed'] as const;

export const detectorToHostSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('status'),
    status: z.enum(['running', 'limited', 'unavailable']),
    reason: z.enum(detectorReasons).nullable(),
  }),
  z.object({
    type: z.literal('calls'),
    calls: z
      .array(
        z.object({
          appId: z.string().min(1).max(40),
          appName: z.string().min(1).max(60),
          windowId,
          title,
        }),
      )
      .max(50),
  }),
  z.object({
    type: z.literal('typed'),
    id: z.string().min(1).max(64),
    ok: z.boolean(),
    method: z.enum(['typed', 'pasted']).nullable(),
    error: z.object({ code: z.enum(typingErrors), message: z.string().max(500) }).nullable(),
  }),
]);
export type DetectorToHost = z.infer<typeof detectorToHostSchema>;
