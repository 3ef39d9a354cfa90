import { z } from 'zod';
import { safeIdSchema } from '../ids/safe.id';
import { currencySchema, minorAmountSchema } from '../money/money';
import { participantList } from '../people/participant.schema';

/** Longest budget or cap we accept: a working day. Anything longer is a typo, not a meeting. */
export const MAX_DURATION_SEC = 12 * 60 * 60;

export const durationSec = z
  .number()
  .int('notWhole')
  .min(0, 'durationNegative')
  .max(MAX_DURATION_SEC, 'durationTooLong');

export const priorityValues = ['high', 'normal', 'low'] as const;

/** Longest turn a round gives each person: an hour is a talk, not a turn. */
export const MAX_TURN_SEC = 60 * 60;

/** The longest a turn should run before a line suggests bringing in someone else; null for no limit. */
export const turnLimitSchema = durationSec
  .positive('durationZero')
  .max(MAX_TURN_SEC, 'turnTooLong')
  .nullable()
  .default(null);

/**
 * A round (stand-up, check-in): each participant in turn gets `perPersonSec`, and the item's budget is people × that.
 * `auto`: the floor passes to the next person by itself when a turn's time is up; otherwise by key.
 */
export const roundSchema = z.object({
  perPersonSec: durationSec.positive('durationZero').max(MAX_TURN_SEC, 'turnTooLong'),
  auto: z.boolean().default(false),
});

export const agendaItemSchema = z.object({
  id: safeIdSchema,
  title: z.string().trim().min(1, 'itemNeedsTitle').max(200),
  budgetSec: durationSec,
  notes: z.string().max(2000).optional(),
  /** Used when rebalancing: low-priority items are deferred first. */
  priority: z.enum(priorityValues).default('normal'),
  /** Set when the item is a round: everyone in turn, N minutes each. Its budget follows from it (people × N). */
  round: roundSchema.optional(),
  /** The deferred item of an earlier meeting this one picks up, so it is not offered again. */
  carriedFrom: z.object({ meetingId: safeIdSchema, itemId: safeIdSchema }).optional(),
});

export const hardTalkSchema = z.object({
  matters: z.string().max(2000).default(''),
  points: z.array(z.string().max(500)).max(20).default([]),
  avoid: z.array(z.string().max(500)).max(20).default([]),
});

export const meetingKinds = ['scheduled', 'adhoc'] as const;
export const audiences = ['one', 'group'] as const;

export const meetingPlanSchema = z
  .object({
    id: safeIdSchema,
    title: z.string().trim().min(1, 'meetingNeedsTitle').max(200),
    clientId: safeIdSchema.nullable().default(null),
    kind: z.enum(meetingKinds).default('scheduled'),
    /** One client (chatty-client lines) or a group (group-drift lines). */
    audience: z.enum(audiences).default('one'),
    /** "I have an hour for you": the hard cap for the whole meeting, or null for none. */
    capSec: durationSec.positive('durationZero').nullable().default(null),
    /** Planned small talk after the agenda; 0 means no slot. */
    chatAtEndSec: durationSec.default(0),
    items: z.array(agendaItemSchema).min(1, 'agendaNeedsItem').max(100),
    hardTalk: hardTalkSchema.nullable().default(null),
    /** The people in the call, in the order their digit keys take (1–9); the client alone in a one-client call. */
    participants: participantList(),
    turnLimitSec: turnLimitSchema,
    /** The client's rate when the meeting was planned, so later rate changes do not rewrite history. */
    rate: z.object({ hourlyRateMinor: minorAmountSchema, currency: currencySchema }).nullable().default(null),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: 'itemIdsUnique' });
      seen.add(item.id);
      if (item.round && plan.participants.length === 0)
        ctx.addIssue({ code: 'custom', path: ['items', i, 'round'], message: 'roundNeedsPeople' });
    });
  });

export type Priority = (typeof priorityValues)[number];
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type HardTalkCard = z.infer<typeof hardTalkSchema>;
export type MeetingKind = (typeof meetingKinds)[number];
export type Audience = (typeof audiences)[number];
export type MeetingPlan = z.infer<typeof meetingPlanSchema>;
