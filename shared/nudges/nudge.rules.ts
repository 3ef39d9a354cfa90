import { z } from 'zod';
import { durationSec } from '../agenda/agenda.schema';

// The path of an issue names the trigger, so the messages need not.
const ascending = () =>
  z
    .array(durationSec)
    .max(3, 'atMostThreeTiers')
    .refine((xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]!), 'tiersAscending');

/**
 * Thresholds in seconds, one per tier (gentle, clear, firm); an empty list turns a trigger off.
 * Each trigger measures its own duration, named beside it.
 */
export const nudgeRulesSchema = z.object({
  /** Seconds into an off-topic episode. */
  offTopic: ascending().default([120, 300, 480]),
  /** Seconds past the current item's budget. */
  itemOverrun: ascending().default([0, 120]),
  /** Seconds left before the meeting's cap (largest first). */
  capNear: z
    .array(durationSec.positive())
    .max(3, 'atMostThreeTiers')
    .refine((xs) => xs.every((x, i) => i === 0 || x < xs[i - 1]!), 'tiersDescending')
    .default([600, 300]),
  /** Seconds past the meeting's cap. */
  capPassed: ascending().default([0, 300, 600]),
  /** Seconds past the planned chat at the end. */
  chatOverrun: ascending().default([0, 120, 300]),
  /** Seconds into an unscheduled (ad-hoc) call. */
  adhocLength: ascending().default([600, 900, 1200]),
});

export type NudgeRules = z.infer<typeof nudgeRulesSchema>;

export const DEFAULT_NUDGE_RULES: NudgeRules = nudgeRulesSchema.parse({});
