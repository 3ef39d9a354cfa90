import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { Client } from '../../../shared/settings/client.schema';
import type { Roster } from '../../../shared/transcript/name.match';

/**
 * Whom a meeting's transcript names may stand for: its participants, and the user. A plan does not list its
 * participants yet, so a one-to-one call's client is its one participant, by the name lines call them (the contact,
 * else the client's name), with the client's id.
 */
export function rosterOf(state: MeetingState, client: Client | null, you: string | null): Roster {
  const one = state.plan.audience === 'one' && client !== null;
  return {
    participants: one ? [{ id: client.id, name: client.contact.trim() || client.name }] : [],
    you: you?.trim() || null,
  };
}
