import { own } from '../ids/safe.id';
import type { SpeakerMapping, SpeakerTarget } from './transcript.schema';

/** Someone who was in the meeting, as the plan names them (a participant, by what matching needs of one). */
export interface Person {
  id: string;
  name: string;
}

/** Who the transcript's names may stand for: the meeting's participants and the user (by their name, if known). */
export interface Roster {
  participants: readonly Person[];
  you: string | null;
}

/**
 * How a transcript name was matched: the user said so, the names are the same (ignoring case, accents, order and
 * an organisation in brackets), or only the first names agree and no one else shares it.
 */
export type MatchHow = 'user' | 'same' | 'firstName';

export interface NameMatch {
  name: string;
  target: SpeakerTarget | null;
  how: MatchHow | null;
  /** When several people could be meant, their ids ('you' for the user): the user is asked which one. */
  candidates: string[];
}

/**
 * The words of a name as people would compare them: no accents, no case, no "(Acme)" or "[Guest]", "Rossi, Marco"
 * read as "Marco Rossi", and "Marco Rossi | Acme" or "Marco Rossi - Acme" without the organisation.
 */
export function nameWords(name: string): string[] {
  let n = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[([{][^)\]}]*[)\]}]/gu, ' ')
    .replace(/\s[|–—-]\s.*$/u, ' ');
  const parts = n.split(',');
  if (parts.length === 2 && parts.every((p) => p.trim() !== '')) n = `${parts[1]} ${parts[0]}`;
  return n
    .replace(/[^\p{L}\p{N}'’.-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/gu, ''))
    .filter((w) => w !== '');
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** "Marco" ~ "Marco Rossi", "Marco R." ~ "Marco Rossi": the first names agree and nothing else disagrees. */
function sameFirstName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a[0] !== b[0]) return false;
  const initial = (x: string, y: string) => x.length === 1 && y.startsWith(x);
  // Words both names have must agree (or one be the other's initial); the longer name may go on.
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x !== y && !initial(x, y) && !initial(y, x)) return false;
  }
  return true;
}

interface Candidate {
  key: string;
  target: SpeakerTarget;
  words: string[];
}

/** One transcript name against the roster: an answer the user gave, a clear match, or the people it could be. */
function matchOne(name: string, candidates: readonly Candidate[], mapping: SpeakerMapping): NameMatch {
  // A speaker may be called anything, "constructor" too: only the user's own answers count.
  const given = own(mapping, name);
  if (given) return { name, target: given, how: 'user', candidates: [] };
  const words = nameWords(name);
  const same = candidates.filter((c) => sameWords(c.words, words));
  if (same.length === 1) return { name, target: same[0]!.target, how: 'same', candidates: [] };
  if (same.length > 1) return { name, target: null, how: null, candidates: same.map((c) => c.key) };
  const first = candidates.filter((c) => sameFirstName(c.words, words));
  if (first.length === 1) return { name, target: first[0]!.target, how: 'firstName', candidates: [] };
  return { name, target: null, how: null, candidates: first.map((c) => c.key) };
}

/**
 * Who each of the transcript's names stands for. A clear match is made on its own and shown as such (never
 * silently: the report says how each name was matched); a name that matches no one, or several people, stays
 * unmatched until the user says who it is.
 */
export function matchNames(names: readonly string[], roster: Roster, mapping: SpeakerMapping): NameMatch[] {
  const candidates: Candidate[] = roster.participants.map((p) => ({
    key: p.id,
    target: { kind: 'participant', id: p.id },
    words: nameWords(p.name),
  }));
  if (roster.you !== null && nameWords(roster.you).length > 0)
    candidates.push({ key: 'you', target: { kind: 'you' }, words: nameWords(roster.you) });
  return names.map((n) => matchOne(n, candidates, mapping));
}
