import type { OffsetProposal } from './transcript.align';
import type { SpeakerMapping, TranscriptRecord } from './transcript.schema';

/** A meeting's transcript as its record holds it: who spoke when, whom the names stand for, and where 00:00 is. */
export interface MeetingTranscript {
  record: TranscriptRecord;
  /** The user's answers about names; the others are matched automatically when read. */
  names: SpeakerMapping;
  /** The transcript's 00:00 relative to the meeting's start, as the user set it (the proposal until then). */
  offsetMs: number;
  proposal: OffsetProposal;
  importedAt: number;
}
