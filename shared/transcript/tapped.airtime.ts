import { own } from '../ids/safe.id';
import type { MeetingState } from '../meeting/meeting.state';
import { longestTurnMs, talkInMs, talkMs } from '../meeting/meeting.talk';
import type { TappedAirtime } from './transcript.airtime';

/**
 * The airtime the facilitator tapped, at `at`, in the shape a transcript's is compared with: per participant, and
 * per stretch of the meeting ("item:<id>", "offTopic:<n>", "chat": the same keys as the transcript's places). Null
 * when the floor was never given: nothing was tapped, and zeros would read as silence.
 */
export function tappedAirtime(s: MeetingState, at: number): TappedAirtime | null {
  if (s.trackingFromMs === null) return null;
  const ids = s.roster.map((r) => r.participant.id);
  const stretches = new Set([...Object.keys(s.talkIn), ...(s.speech ? [s.speech.stretch] : [])]);
  return {
    people: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          talkMs: talkMs(s, id, at),
          turns: own(s.talk, id)?.turns ?? 0,
          longestTurnMs: longestTurnMs(s, id, at),
        },
      ]),
    ),
    places: Object.fromEntries(
      [...stretches].map((k) => [k, Object.fromEntries(ids.map((id) => [id, talkInMs(s, k, id, at)]))]),
    ),
  };
}
