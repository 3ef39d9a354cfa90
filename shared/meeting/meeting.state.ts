import type { MeetingPlan } from '../agenda/agenda.schema';
import type { Participant } from '../people/participant.schema';
import type { MeetingTranscript } from '../transcript/meeting.transcript';
import type { FollowUp, NudgeAction, NudgeSubject, Situation, Tier, Trigger } from './meeting.vocabulary';

export type MeetingStatus = 'planned' | 'running' | 'paused' | 'ended';

/** Where wall time goes. Exactly one bucket runs at any moment between start and end. */
export type Bucket = 'item' | 'offTopic' | 'chat' | 'paused';

export interface Segment {
  kind: Bucket;
  /** The agenda item this time belongs to (for 'item'; for 'offTopic'/'paused', the item it interrupted). */
  itemId: string | null;
  from: number;
  to: number;
}

export type OpenSegment = Omit<Segment, 'to'>;

/** One off-topic run, from toggle-on to toggle-off. Pauses inside it do not count. */
export interface Episode {
  from: number;
  to: number | null;
  /** Off-topic milliseconds in closed segments of this episode. */
  closedMs: number;
  itemId: string | null;
}

export interface FiredNudge {
  key: string;
  subject: NudgeSubject;
  trigger: Trigger;
  tier: Tier;
  situation: Situation;
  lineId: string | null;
  firedAt: number;
  /** Every line shown for this nudge, so "another line" avoids repeats. */
  lineIds: string[];
  snoozedUntil: number | null;
  dismissedAt: number | null;
  /** Replaced by a higher tier of the same subject. */
  supersededAt: number | null;
  actions: { action: NudgeAction; at: number }[];
}

/** One person in the meeting, as the engine tracks them (everyone who was ever in it stays, in order). */
export interface RosterEntry {
  participant: Participant;
  present: boolean;
  /** Meeting time (pauses excluded) when they last joined: 0 for those in it from the start. */
  joinedMeetingMs: number;
}

/** Who holds the floor since when. Its running time is the sum of its closed talk plus the open one. */
export interface Turn {
  /** Turns are numbered from 0 in the order they began. */
  index: number;
  participantId: string;
  from: number;
  /** Talk milliseconds in closed stretches of this turn (pauses never count). */
  closedMs: number;
  /** Of those, in the item's own time (not off-topic): what a round's turn is measured in. */
  closedItemMs: number;
}

/**
 * Talk running now: one person, in one stretch of the meeting ("item:<id>", "offTopic:<n>" or "chat"), since
 * `from`. It closes at every change of speaker or of bucket, so talk is always attributed to where it happened.
 */
export interface Speech {
  participantId: string;
  stretch: string;
  from: number;
}

/** A person's talk in closed stretches, and their turns. */
export interface Talk {
  ms: number;
  turns: number;
  /** The longest turn that has ended. */
  longestMs: number;
}

/** A round under way or done: who takes part in it in which order, and who has had their turn. */
export interface RoundState {
  order: string[];
  done: string[];
}

/** The folded state of one meeting. Stores moments and totals of closed segments; everything else is derived. */
export interface MeetingState {
  plan: MeetingPlan;
  /** Budgets as first planned (or as added), for planned-vs-rebalanced reports. */
  originalBudgets: Record<string, number>;
  status: MeetingStatus;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  /** The latest moment seen; time never runs backwards past it. */
  lastAt: number;
  /** Index into plan.items; plan.items.length is the chat-at-end slot; -1 before start. */
  position: number;
  offTopic: boolean;
  open: OpenSegment | null;
  segments: Segment[];
  itemMs: Record<string, number>;
  chatMs: number;
  offTopicMs: number;
  pausedMs: number;
  episodes: Episode[];
  nudges: FiredNudge[];
  /** Items moved to the next meeting by a rebalance. */
  deferred: string[];
  /** Budgets per item before the first rebalance touched them, for reports. */
  rebalancedFrom: Record<string, number>;
  /** The chat-at-end slot as first planned (a rebalance may shrink it). */
  originalChatSec: number;
  app: string | null;
  notes: string;
  followUps: FollowUp[];
  /** How many effective events an undo could still take back. */
  undoDepth: number;
  /** Ended by an import rather than by the user: its figures stop where the export caught it. */
  interrupted: boolean;
  /** The people in the call: the plan's, then those who joined late. */
  roster: RosterEntry[];
  floor: Turn | null;
  speech: Speech | null;
  talk: Record<string, Talk>;
  /** Closed talk milliseconds per stretch ("item:<id>", "offTopic:<n>", "chat"), then per person. */
  talkIn: Record<string, Record<string, number>>;
  /** Turns begun so far (the next turn's index). */
  turns: number;
  /** Meeting time when the floor was first given: who has not spoken is measured from then. */
  trackingFromMs: number | null;
  /** The speaking list, first to speak first. */
  queue: string[];
  /** Rounds begun, by item id. */
  rounds: Record<string, RoundState>;
  /**
   * When the latest undo happened (replay sets it): an automatic handover that was due before it was taken back,
   * so the engine does not hand over again until someone does.
   */
  lastUndoAt: number | null;
  /** The call's transcript, once the user imported one after the meeting. */
  transcript: MeetingTranscript | null;
}
