import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { clientAsParticipant } from '../../../shared/people/client.participant';
import type { Client } from '../../../shared/settings/client.schema';
import type { Roster } from '../../../shared/transcript/name.match';

/**
 * Whom a meeting's transcript names may stand for: everyone who was in the call (late joiners and those who left
 * included), and the user. A meeting from before plans listed people has none: a one-to-one call's client is then
 * its one participant, as a one-client call's plan has them now.
 */
export function rosterOf(state: MeetingState, client: Client | null, you: string | null): Roster {
  const listed = state.roster.map((r) => r.participant);
  const fallback =
    listed.length === 0 && state.plan.audience === 'one' && client !== null
      ? [clientAsParticipant(client)]
      : [];
  return { participants: listed.length > 0 ? listed : fallback, you: you?.trim() || null };
}
