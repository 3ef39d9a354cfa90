import type { Locale } from '../phrases/phrase.types';
import type { Client } from '../settings/client.schema';

/** How a note speaks to a client: in their language, formally or not. */
export interface NoteAddress {
  locale: Locale;
  formal: boolean;
  /** Whom the note greets. */
  name: string;
}

/**
 * The one place a client's form of address becomes the note's: their language, and whether to write formally
 * (Lei, Sie, vous, вы…). Re-point it here when clients' forms of address change.
 */
export function noteAddress(client: Pick<Client, 'language' | 'address' | 'name'>): NoteAddress {
  return { locale: client.language, formal: client.address !== 'informal', name: client.name };
}
