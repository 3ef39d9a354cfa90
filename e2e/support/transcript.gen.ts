import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { buildArchive } from '../../shared/report/export/json.archive';
import { people, plan, Sim } from './sim';

const SEC = 1000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const stamp = (ms: number) =>
  `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;

const NAMES = ['Marco Rossi', 'Giulia Bianchi', 'Lucía Fernández', 'Tom Baker', 'Anna Weber', 'Minh Nguyễn'];
/** As Teams writes them: accents as character references. */
const SPEAKERS = NAMES.map((n) => n.replace(/[^\x20-\x7e]/gu, (ch) => `&#${ch.codePointAt(0)};`));
const LINES = [
  'I think we should look at the numbers again before Friday, and then decide.',
  'Yes.',
  'Could you share the slide with the second option &amp; the costs?',
  'We tried that last quarter and the vendor was late twice.',
  'Let me bring in the others on this one.',
];

/**
 * A Microsoft Teams transcript of a three-hour call, as Teams writes it (a BOM, CRLF, GUID cue ids, `<v Name>`
 * with character references): `cues` cues of 0.5–4 s among six speakers, a few split over two cues, with short
 * gaps. Deterministic, so every run reads the same file.
 */
export function teamsTranscript(cues = 5000, spanMs = 3 * 3_600_000): string {
  const slot = Math.floor(spanMs / cues);
  const out: string[] = ['\uFEFFWEBVTT', ''];
  let utterance = 1;
  for (let i = 0; i < cues; i++) {
    const start = i * slot + ((i * 37) % 200);
    const len = Math.min(slot - 250, 500 + ((i * 7919) % 3500));
    // Every fifth cue goes on with the same utterance (Teams's "/N-1"); the others start a new one.
    const part = i % 5 === 4 ? 1 : 0;
    if (part === 0) utterance++;
    const who = SPEAKERS[(utterance * 13) % SPEAKERS.length]!;
    out.push(
      `6b4e7c1d-2f3a-4b5c-8d9e-0a1b2c3d4e5f/${utterance}-${part}`,
      `${stamp(start)} --> ${stamp(start + len)}`,
      `<v ${who}>${LINES[i % LINES.length]}</v>`,
      '',
    );
  }
  return out.join('\r\n');
}

/**
 * A JSON export of one ended three-hour meeting with the transcript's six people (as participants), items of an hour each, the floor given every
 * couple of minutes: what a transcript of that length is imported into.
 */
export function threeHourMeetingArchive(id: string, startedAt: number): string {
  const team = people(6).map((p, i) => ({ ...p, name: NAMES[i]! }));
  const sim = new Sim(
    plan({
      id,
      title: 'Quarterly planning',
      audience: 'group',
      items: [{ budgetSec: 3600 }, { budgetSec: 3600 }, { budgetSec: 3600 }],
      participants: team,
    }),
    startedAt,
  ).do({ type: 'start' });
  for (let m = 0; m < 180; m += 2) {
    if (m > 0 && m % 60 === 0) sim.do({ type: 'next' });
    const give: MeetingCommand = { type: 'giveFloor', participantId: team[(m / 2) % team.length]!.id };
    sim.do(give).wait(120 * SEC);
  }
  sim.do({ type: 'end' });
  return buildArchive([{ id, journal: [...sim.events] }], [], sim.now, 'bench').content;
}
