import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { buildArchive } from '../../shared/report/export/json.archive';
import { people, plan, Sim } from './sim';

/** The Zoom fixture is named for a recording started at 14:02:30 UTC: one second after this meeting started. */
export const TRANSCRIPT_MEETING_START = Date.UTC(2026, 10, 24, 14, 2, 29);

export const TEAM = ['Marco Rossi', 'Giulia Bianchi', 'Lucía Fernández'].map((name, i) => ({
  ...people(3)[i]!,
  name,
}));

/**
 * A JSON export of one ended meeting, "Weekly call" with Marco, Giulia and Lucía: Budget to 0:35, Website to 1:00,
 * off-topic from 0:45 to 0:50; the floor given to Marco at 0:08, Giulia at 0:30, Marco at 0:36, nobody at 0:39,
 * Giulia at 0:43, nobody at 0:51 (the figures the shared airtime tests work out by hand).
 */
export function transcriptMeetingArchive(id = 'w1'): string {
  const steps: [number, MeetingCommand][] = [
    [8, { type: 'giveFloor', participantId: 'p1' }],
    [30, { type: 'giveFloor', participantId: 'p2' }],
    [35, { type: 'next' }],
    [36, { type: 'giveFloor', participantId: 'p1' }],
    [39, { type: 'giveFloor', participantId: null }],
    [43, { type: 'giveFloor', participantId: 'p2' }],
    [45, { type: 'toggleOffTopic' }],
    [50, { type: 'toggleOffTopic' }],
    [51, { type: 'giveFloor', participantId: null }],
    [60, { type: 'end' }],
  ];
  const sim = new Sim(
    plan({
      id,
      title: 'Weekly call',
      audience: 'group',
      items: [{ title: 'Budget' }, { title: 'Website' }],
      participants: TEAM,
    }),
    TRANSCRIPT_MEETING_START,
  ).do({ type: 'start' });
  let now = 0;
  for (const [at, cmd] of steps) {
    sim.wait((at - now) * 1000).do(cmd);
    now = at;
  }
  return buildArchive([{ id, journal: [...sim.events] }], [], sim.now, 'x').content;
}
