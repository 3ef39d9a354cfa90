import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { Client } from '../../../shared/settings/client.schema';
import type { Roster } from '../../../shared/transcript/name.match';

/**
 * Whom a meeting's transcript names may stand for: everyone who was in the call (late joiners and those who left
 * included), and the user. A meeting from before plans listed people has none: a one-to-one call's client is then
 * its one participant, by the name lines call them (the contact, else the client's name).
 */
export function rosterOf(state: MeetingState, client: Client | null, you: string | null): Roster {
  const listed = state.roster.map((r) => ({ id: r.participant.id, name: r.participant.name }));
  const fallback =
    listed.length === 0 && state.plan.audience === 'one' && client !== null
      ? [{ id: client.id, name: client.contact.trim() || client.name }]
      : [];
  return { participants: listed.length > 0 ? listed : fallback, you: you?.trim() || null };
}
