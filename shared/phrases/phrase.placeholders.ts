import type { Situation } from '../meeting/meeting.vocabulary';

/**
 * Placeholders a line may use:
 * - {client}: the client (a person or a company); {name}: the given name of the person being spoken to, when known;
 * - {minutes}: the minutes the nudge's trigger measures; {cost}: what that off-topic time costs, as said aloud
 *   ("about 25 euros"); {item}, {next}: agenda titles;
 * - {nextName}: the person to bring in next (the next in a round, or the first waiting to speak), as they are called
 *   ("Anna"; in Vietnamese with their pronoun, "chị Lan"); {queue}: the people waiting to speak ("Anna, Luca and
 *   Sofia"), always two or more;
 * - Vietnamese only, from the listener's pronoun pair: {you}, {me}, {we}, the closing particle {pt} and the
 *   vocative {voc} ("anh Minh"); capitalised ({You}, {Me}, {We}, {Voc}) to start a sentence.
 */
export const placeholderNames = [
  'client',
  'name',
  'minutes',
  'cost',
  'next',
  'item',
  'nextName',
  'queue',
  'you',
  'You',
  'me',
  'Me',
  'we',
  'We',
  'pt',
  'voc',
  'Voc',
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
  chattyClient: { always: ['minutes', 'item'], optional: ['client', 'name', 'cost'] },
  groupDrift: { always: ['minutes', 'item'], optional: ['client'] },
  itemOverrun: { always: ['item', 'minutes'], optional: ['client', 'name', 'next'] },
  capNear: { always: ['minutes'], optional: ['client', 'name', 'item'] },
  capPassed: { always: ['minutes'], optional: ['client', 'name'] },
  chatAtEnd: { always: ['minutes'], optional: ['client', 'name'] },
  adhocCall: { always: ['minutes'], optional: ['client', 'name'] },
  hardTalk: { always: ['item'], optional: ['client', 'name'] },
  // The person these lines speak to is a participant: their name is always known.
  turnLong: { always: ['name', 'minutes', 'item'], optional: ['client', 'nextName'] },
  roundHandover: { always: ['name', 'item'], optional: ['client', 'nextName'] },
  quietInvite: { always: ['name', 'item'], optional: ['client'] },
  queueLong: { always: ['minutes', 'item', 'queue'], optional: ['client', 'next'] },
};

/** Filled from the Vietnamese pronoun pair: always there in Vietnamese lines, never in others. */
export const VIETNAMESE_PLACEHOLDERS: readonly PlaceholderName[] = [
  'you',
  'You',
  'me',
  'Me',
  'we',
  'We',
  'pt',
  'voc',
  'Voc',
];

/**
 * Who can be listening when a situation's lines are said: off-topic chat is "a chatty client" with one person and
 * "the group drifting" with several; every other situation fires in both kinds of meeting.
 */
export const SITUATION_LISTENERS: Record<Situation, readonly ('one' | 'group')[]> = {
  chattyClient: ['one'],
  groupDrift: ['group'],
  itemOverrun: ['one', 'group'],
  capNear: ['one', 'group'],
  capPassed: ['one', 'group'],
  chatAtEnd: ['one', 'group'],
  adhocCall: ['one', 'group'],
  hardTalk: ['one', 'group'],
  // A turn, a round's handover and an invitation speak to the person named, in their own form of address; a long
  // speaking list is said to the room.
  turnLong: ['one'],
  roundHandover: ['one'],
  quietInvite: ['one'],
  queueLong: ['group'],
};
