import type { MeetingPlan } from '../agenda/agenda.schema';
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
  /** The call's transcript, once the user imported one after the meeting. */
  transcript: MeetingTranscript | null;
}
