import type { Client } from '../settings/client.schema';
import type { Participant } from './participant.schema';

/**
 * The one person in a one-client call: the contact, by the name they are called (the client's name when there is no
 * contact), with the client's language and form of address, under the client's id so history finds them again.
 */
export function clientAsParticipant(c: Client): Participant {
  return {
    id: c.id,
    name: c.contact || c.name,
    org: c.contact ? c.name : '',
    language: c.language,
    address: c.address,
  };
}
