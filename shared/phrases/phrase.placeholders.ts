import type { Situation } from '../meeting/meeting.vocabulary';

/**
 * Placeholders a line may use. {You}/{Me} are the capitalised forms for the start of a sentence.
 * {you}/{me} exist for Vietnamese, where the pronoun pair is chosen per client (anh/em, chị/em, quý khách/tôi…).
 */
export const placeholderNames = [
  'client',
  'minutes',
  'cost',
  'next',
  'item',
  'you',
  'You',
  'me',
  'Me',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Names of the placeholders in a line, in order of appearance (duplicates removed). */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/**
 * What each situation can fill, and which of those may be missing at the moment it fires (no client, no rate,
 * no next item). Lines using an optional placeholder are skipped when it is missing, so every slot needs lines
 * without them.
 */
export const SITUATION_PLACEHOLDERS: Record<
  Situation,
  { always: PlaceholderName[]; optional: PlaceholderName[] }
> = {
  chattyClient: { always: ['minutes', 'item'], optional: ['client', 'cost'] },
  groupDrift: { always: ['minutes', 'item'], optional: ['client'] },
  itemOverrun: { always: ['item', 'minutes'], optional: ['client', 'next'] },
  capNear: { always: ['minutes'], optional: ['client', 'item'] },
  capPassed: { always: ['minutes'], optional: ['client'] },
  chatAtEnd: { always: ['minutes'], optional: ['client'] },
  adhocCall: { always: ['minutes'], optional: ['client'] },
  hardTalk: { always: ['item'], optional: ['client'] },
};

export const PRONOUN_PLACEHOLDERS: readonly PlaceholderName[] = ['you', 'You', 'me', 'Me'];
