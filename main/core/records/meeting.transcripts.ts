import {
  MAX_TRANSCRIPT_BYTES,
  type HostCommandOf,
  type HostResults,
} from '../../../shared/contract/contract';
import { matchNames } from '../../../shared/transcript/name.match';
import { proposeOffset } from '../../../shared/transcript/transcript.align';
import type { TranscriptRead } from '../../../shared/transcript/transcript.read';
import { HostError } from '../host.error';
import type { MeetingRecords } from './meeting.records';

const MB = 1024 * 1024;

/** Reads a transcript file into who spoke when, or the reason it cannot (in the import worker, in the app). */
export type TranscriptReader = (content: string, fileName: string) => Promise<TranscriptRead>;

/**
 * Transcripts on past meetings' records: a file read (off the host's thread) into who spoke when and journaled with
 * an offset proposed for it; then the user's answers about names and the offset, or its removal.
 */
export class MeetingTranscripts {
  constructor(
    private readonly records: MeetingRecords,
    private readonly read: TranscriptReader,
  ) {}

  async import(c: HostCommandOf<'transcript.import'>): Promise<HostResults['transcript.import']> {
    const bytes = Buffer.byteLength(c.content, 'utf8');
    if (bytes > MAX_TRANSCRIPT_BYTES)
      throw new HostError('tooLarge', 'transcriptTooLarge', {
        max: MAX_TRANSCRIPT_BYTES / MB,
        actual: Math.ceil((bytes / MB) * 10) / 10,
      });
    // Asked first so a meeting that cannot take a transcript is not made to wait for a file to be read.
    const before = this.records.state(c.meetingId);
    if (before.status !== 'ended') throw new HostError('notAllowed', 'transcriptNeedsEnd');
    const read = await this.read(c.content, c.fileName);
    if (!read.ok) throw new HostError('invalid', read.key, read.params, 'content');
    const state = this.records.state(c.meetingId);
    const proposal = proposeOffset(c.fileName, state.startedAt ?? state.createdAt, c.timeZone);
    this.records.annotate(c.meetingId, {
      type: 'importTranscript',
      transcript: read.transcript,
      ...proposal,
    });
    const t = read.transcript;
    const names = matchNames(t.speakers, this.records.roster(state), {});
    return {
      source: t.source,
      speakers: t.speakers.length,
      cues: t.cues,
      unmatched: names.filter((n) => n.target === null).length,
      offset: { ms: proposal.offsetMs, basis: proposal.basis },
    };
  }

  change(c: HostCommandOf<'transcript.change'>): HostResults['transcript.change'] {
    const roster = this.records.roster(this.records.state(c.meetingId));
    for (const target of Object.values(c.names ?? {})) {
      if (target?.kind === 'participant' && !roster.participants.some((p) => p.id === target.id))
        throw new HostError('notFound', 'noParticipant', { id: target.id }, 'names');
    }
    const command = {
      type: 'changeTranscript' as const,
      ...(c.names ? { names: c.names } : {}),
      ...(c.offsetMs !== undefined ? { offsetMs: c.offsetMs } : {}),
    };
    return { events: this.records.annotate(c.meetingId, command) };
  }

  remove(c: HostCommandOf<'transcript.remove'>): HostResults['transcript.remove'] {
    return { events: this.records.annotate(c.meetingId, { type: 'removeTranscript' }) };
  }
}
