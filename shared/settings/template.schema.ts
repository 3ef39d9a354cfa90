import { z } from 'zod';
import {
  agendaItemSchema,
  audiences,
  durationSec,
  meetingKinds,
  turnLimitSchema,
} from '../agenda/agenda.schema';
import { participantList } from '../people/participant.schema';
import { safeIdSchema } from '../ids/safe.id';

/** A reusable agenda: what "save as template" stores. */
export const templateSchema = z.object({
  id: safeIdSchema,
  name: z.string().trim().min(1, 'templateNeedsName').max(100),
  items: z.array(agendaItemSchema).min(1, 'templateNeedsItem').max(100),
  capSec: durationSec.positive().nullable().default(null),
  chatAtEndSec: durationSec.default(0),
  kind: z.enum(meetingKinds).default('scheduled'),
  audience: z.enum(audiences).default('one'),
  /** The people a meeting from this template starts with (a stand-up's regulars). */
  participants: participantList(),
  turnLimitSec: turnLimitSchema,
});

export type Template = z.infer<typeof templateSchema>;
