import type { ErrorKey, ErrorParams } from '../contract/error.catalog';
import type { TranscriptSource, TranscriptTiming } from './transcript.schema';

/** One voice in a cue: who (as the file spells it, or null when the cue names no one) and how much they said. */
export interface CueVoice {
  name: string | null;
  /** Characters of text: a cue with two voices is shared between them by it. */
  chars: number;
}

/** A cue as a transcript reader found it, before names are numbered. Times in ms from the transcript's 00:00. */
export interface ReadCue {
  id: string;
  /** Where the cue is in the file, for a refusal that points at it. */
  line: number;
  startMs: number;
  endMs: number;
  voices: CueVoice[];
}

/** What a reader makes of a file: its cues, and the kind of file they came from. */
export interface ReadCues {
  source: TranscriptSource;
  timing: TranscriptTiming;
  cues: ReadCue[];
}

/** Why a file was refused: a key of the error catalog and its parameters. */
export interface Refusal {
  key: ErrorKey;
  params: ErrorParams;
}
