/** What starts the clock on a nudge. Each trigger measures one duration and fires at thresholds on it. */
export const triggers = [
  'offTopic',
  'itemOverrun',
  'capNear',
  'capPassed',
  'chatOverrun',
  'adhocLength',
  'turnOverrun',
  'roundTurn',
  'quiet',
  'queueNearEnd',
] as const;
export type Trigger = (typeof triggers)[number];

/** Families of lines in the phrase library; a trigger picks one from the meeting's context. */
export const situations = [
  'chattyClient',
  'groupDrift',
  'itemOverrun',
  'capNear',
  'capPassed',
  'chatAtEnd',
  'adhocCall',
  'hardTalk',
  'turnLong',
  'roundHandover',
  'quietInvite',
  'queueLong',
] as const;
export type Situation = (typeof situations)[number];

/** 1 = gentle, 2 = clear, 3 = firm. */
export const tiers = [1, 2, 3] as const;
export type Tier = (typeof tiers)[number];

export const nudgeActions = ['copied', 'typed'] as const;
export type NudgeAction = (typeof nudgeActions)[number];

/** What a nudge is about. Each subject fires each tier at most once per meeting. */
export type NudgeSubject =
  | { kind: 'offTopic'; episode: number }
  | { kind: 'item'; itemId: string }
  | { kind: 'capNear' }
  | { kind: 'capPassed' }
  | { kind: 'chat' }
  | { kind: 'adhoc' }
  /** One turn at the floor, by its number. */
  | { kind: 'turn'; turn: number }
  /** Someone in the call who has not spoken yet. */
  | { kind: 'quiet'; participantId: string }
  /** A long speaking list near the end of an item. */
  | { kind: 'queue'; itemId: string };

/** The subject as the journal writes it ("offTopic:2", "item:a1", "capNear"…). */
export function subjectKey(s: NudgeSubject): string {
  switch (s.kind) {
    case 'offTopic':
      return `offTopic:${s.episode}`;
    case 'item':
      return `item:${s.itemId}`;
    case 'turn':
      return `turn:${s.turn}`;
    case 'quiet':
      return `quiet:${s.participantId}`;
    case 'queue':
      return `queue:${s.itemId}`;
    default:
      return s.kind;
  }
}

const PLAIN_SUBJECTS = new Set(['capNear', 'capPassed', 'chat', 'adhoc']);

/** Reads a journaled subject back; null for one this version does not know. */
export function parseSubject(key: string): NudgeSubject | null {
  if (PLAIN_SUBJECTS.has(key)) return { kind: key } as NudgeSubject;
  const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'item' && rest) return { kind: 'item', itemId: rest };
  if (kind === 'offTopic' && /^\d+$/.test(rest)) return { kind: 'offTopic', episode: Number(rest) };
  if (kind === 'turn' && /^\d+$/.test(rest)) return { kind: 'turn', turn: Number(rest) };
  if (kind === 'quiet' && rest) return { kind: 'quiet', participantId: rest };
  if (kind === 'queue' && rest) return { kind: 'queue', itemId: rest };
  return null;
}

export function sameSubject(a: NudgeSubject, b: NudgeSubject): boolean {
  return subjectKey(a) === subjectKey(b);
}

/** A commitment made during the call, to follow up on. */
export interface FollowUp {
  id: string;
  text: string;
  done: boolean;
  createdAt: number;
  doneAt: number | null;
}
