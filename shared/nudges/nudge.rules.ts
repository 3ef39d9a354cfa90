import { z } from 'zod';
import { durationSec } from '../agenda/agenda.schema';

// The path of an issue names the trigger, so the messages need not.
const ascending = () =>
  z
    .array(durationSec)
    .max(3, 'atMostThreeTiers')
    .refine((xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]!), 'tiersAscending');

const descending = () =>
  z
    .array(durationSec.positive())
    .max(3, 'atMostThreeTiers')
    .refine((xs) => xs.every((x, i) => i === 0 || x < xs[i - 1]!), 'tiersDescending');

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
  capNear: descending().default([600, 300]),
  /** Seconds past the meeting's cap. */
  capPassed: ascending().default([0, 300, 600]),
  /** Seconds past the planned chat at the end. */
  chatOverrun: ascending().default([0, 120, 300]),
  /** Seconds into an unscheduled (ad-hoc) call. */
  adhocLength: ascending().default([600, 900, 1200]),
  /** Seconds past the plan's turn limit (a plan without one has no such lines). */
  turnOverrun: ascending().default([0, 60, 120]),
  /** Seconds past a round's time per person, in a round handed over by key. */
  roundTurn: ascending().default([0, 30, 60]),
  /** Seconds someone in a group meeting has not spoken, counted from when the floor was first given. */
  quiet: ascending().default([600, 1200, 1800]),
  /** Seconds left on the current item while the speaking list is long (largest first). */
  queueNearEnd: descending().default([240, 120, 30]),
  /** How many people waiting make the speaking list long. */
  queueLength: z.number().int().min(2, 'tooLow').max(20, 'tooHigh').default(3),
});

export type NudgeRules = z.infer<typeof nudgeRulesSchema>;

/** The rules that are thresholds, one per tier (every one but the length of a long speaking list). */
export type ThresholdRule = Exclude<keyof NudgeRules, 'queueLength'>;

export const DEFAULT_NUDGE_RULES: NudgeRules = nudgeRulesSchema.parse({});
