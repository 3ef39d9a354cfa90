import { resolveAddress } from '../phrases/address.forms';
import type { Locale } from '../phrases/phrase.types';
import type { Client } from '../settings/client.schema';
import type { VietnamesePair } from './note.words';

/** How a note speaks to a client: in their language, in the form the user chose for them, to the person. */
export interface NoteAddress {
  locale: Locale;
  formal: boolean;
  /** Whom the note greets: the contact person when there is one ("Giulia"), else the client ("Studio Rossi"). */
  name: string;
  /** Whether `name` is a person's: a company is greeted as one ("Sehr geehrte Damen und Herren"). */
  person: boolean;
  /** Vietnamese: the client's pronoun pair (the note says "anh", "em" as the user does on calls). */
  vi?: VietnamesePair;
}

/**
 * The one place a client's form of address becomes the note's: their language, the register of the form chosen
 * for them (Lei, Sie, vous, вы… or, in Vietnamese, the pronoun pair), and the person it is written to.
 */
export function noteAddress(client: Pick<Client, 'language' | 'address' | 'name' | 'contact'>): NoteAddress {
  const form = resolveAddress(client.language, 'one', client.address);
  const person = client.contact.trim();
  return {
    locale: client.language,
    formal: form.register !== 'informal',
    name: person || client.name,
    person: person !== '',
    // Vietnamese: the pair says how the user and this person speak; to a company the note keeps the written defaults.
    ...(form.words && person
      ? {
          vi: {
            you: form.words.you,
            me: form.words.me,
            voc: form.words.voc.includes('{name}') ? form.words.voc : null,
          },
        }
      : {}),
  };
}
