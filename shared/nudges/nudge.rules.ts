import { z } from 'zod';
import { durationSec } from '../agenda/agenda.schema';
import type { Trigger } from './nudge.types';

const ascending = (label: string) =>
  z
    .array(durationSec)
    .max(3, 'at most three tiers')
    .refine(
      (xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]!),
      `${label}: each tier must come later than the one before`,
    );

/**
 * Thresholds in seconds, one per tier (gentle, clear, firm); an empty list turns a trigger off.
 * Each trigger measures its own duration, named beside it.
 */
export const nudgeRulesSchema = z.object({
  /** Seconds into an off-topic episode. */
  offTopic: ascending('off-topic').default([120, 300, 480]),
  /** Seconds past the current item's budget. */
  itemOverrun: ascending('item overrun').default([0, 120]),
  /** Seconds left before the meeting's cap (largest first). */
  capNear: z
    .array(durationSec.positive())
    .max(3)
    .refine(
      (xs) => xs.every((x, i) => i === 0 || x < xs[i - 1]!),
      'time left: each tier must leave less time than the one before',
    )
    .default([600, 300]),
  /** Seconds past the meeting's cap. */
  capPassed: ascending('cap passed').default([0, 300, 600]),
  /** Seconds past the planned chat at the end. */
  chatOverrun: ascending('chat at the end').default([0, 120, 300]),
  /** Seconds into an unscheduled (ad-hoc) call. */
  adhocLength: ascending('ad-hoc call').default([600, 900, 1200]),
});

export type NudgeRules = z.infer<typeof nudgeRulesSchema>;
export type RuleTrigger = keyof NudgeRules & Trigger;

export const DEFAULT_NUDGE_RULES: NudgeRules = nudgeRulesSchema.parse({});
