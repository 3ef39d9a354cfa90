import { z } from 'zod';
import { safeIdSchema } from '../ids/safe.id';

/** Where a transcript came from, as read from its shape (not its file name). */
export const transcriptSources = ['zoom', 'teams', 'meet', 'vtt'] as const;
export type TranscriptSource = (typeof transcriptSources)[number];

/**
 * How the moments were read: `cues` from each cue's own start and end (WebVTT), `estimated` from text length
 * between the time marks of a Google Meet transcript, which marks the time only every few paragraphs.
 */
export const transcriptTimings = ['cues', 'estimated'] as const;
export type TranscriptTiming = (typeof transcriptTimings)[number];

export const MAX_TRANSCRIPT_SPEAKERS = 500;
export const MAX_TRANSCRIPT_CUES = 200_000;
/** A transcript longer than a day is not a meeting's (and a timestamp that large is a damaged file). */
export const MAX_TRANSCRIPT_MS = 24 * 60 * 60 * 1000;

const ms = z.number().int().nonnegative().max(MAX_TRANSCRIPT_MS);

/**
 * One stretch of speech: who (an index into `speakers`, or null before anyone was named) from when to when, in ms
 * from the transcript's 00:00. A compact tuple: a three-hour call has thousands of them.
 */
export const speechSchema = z
  .tuple([z.number().int().nonnegative().nullable(), ms, ms])
  .refine(([, from, to]) => to >= from, 'badFormat');
export type Speech = z.infer<typeof speechSchema>;

/**
 * What Tactful keeps of an imported transcript: who spoke when. Never the words: airtime needs only the moments,
 * and what was said in the call stays in the file the user has.
 */
export const transcriptRecordSchema = z
  .object({
    fileName: z.string().max(255),
    source: z.enum(transcriptSources),
    timing: z.enum(transcriptTimings),
    /** The names as the transcript spells them, in order of first appearance. */
    speakers: z.array(z.string().min(1).max(200)).min(1).max(MAX_TRANSCRIPT_SPEAKERS),
    /** In order of start. */
    speech: z.array(speechSchema).min(1).max(MAX_TRANSCRIPT_CUES),
    /** Cues in the file (a cue with two voices becomes two stretches of speech). */
    cues: z.number().int().nonnegative(),
  })
  .superRefine((t, ctx) => {
    let last = 0;
    for (const [i, [who, from]] of t.speech.entries()) {
      if ((who !== null && who >= t.speakers.length) || from < last)
        ctx.addIssue({ code: 'custom', path: ['speech', i], message: 'badFormat' });
      last = from;
    }
  });
export type TranscriptRecord = z.infer<typeof transcriptRecordSchema>;

/** Whom a transcript's name stands for, as the user said: a participant, the user themself, or someone else. */
export const speakerTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), id: safeIdSchema }),
  z.object({ kind: z.literal('you') }),
  z.object({ kind: z.literal('other') }),
]);
export type SpeakerTarget = z.infer<typeof speakerTargetSchema>;

/** The user's answers, by the transcript's spelling of each name; names not here are matched automatically. */
export const speakerMappingSchema = z.record(z.string().min(1).max(200), speakerTargetSchema);
export type SpeakerMapping = z.infer<typeof speakerMappingSchema>;

/** Answers to add (or, with null, to take back so the name is matched automatically again). */
export const transcriptNamesPatchSchema = z.record(
  z.string().min(1).max(200),
  speakerTargetSchema.nullable(),
);
export type TranscriptNamesPatch = z.infer<typeof transcriptNamesPatchSchema>;

/** Why an offset was proposed: the file name says when recording started, or the meeting's start is assumed. */
export const offsetBases = ['fileName', 'meetingStart'] as const;
export type OffsetBasis = (typeof offsetBases)[number];

/** How far the transcript's 00:00 is from the meeting's start, in ms (negative: recording started first). */
export const offsetMsSchema = z.number().int().min(-MAX_TRANSCRIPT_MS).max(MAX_TRANSCRIPT_MS);
