import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Sim, people, plan } from '../../../e2e/support/sim';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import { replay } from '../../meeting/meeting.replay';
import { buildArchive, parseArchive } from '../../report/export/json.archive';
import { markdownSummary } from '../../report/export/markdown';
import { tactfulCsv } from '../../report/export/tactful.csv';
import { buildReport } from '../../report/report.model';
import { readTranscript } from '../transcript.read';
import { fixture } from './support/fixtures';

const SEC = 1000;
const team = ['Marco Rossi', 'Giulia Bianchi'].map((name, i) => ({ ...people(2)[i]!, name }));

/** One item, 0:00–1:00; Marco has the floor 0:08–0:30, Giulia 0:30–0:51; the Zoom transcript, a second late. */
async function meeting() {
  const sim = new Sim(plan({ items: [{ title: 'Budget' }], participants: team }))
    .do({ type: 'start' })
    .wait(8 * SEC)
    .do({ type: 'giveFloor', participantId: 'p1' })
    .wait(22 * SEC)
    .do({ type: 'giveFloor', participantId: 'p2' })
    .wait(21 * SEC)
    .do({ type: 'giveFloor', participantId: null })
    .wait(9 * SEC)
    .do({ type: 'end' });
  const { fileName, content } = fixture('zoom');
  const r = await readTranscript(content, fileName);
  if (!r.ok) throw new Error(r.key);
  sim.log.run(
    { type: 'importTranscript', transcript: r.transcript, offsetMs: SEC, basis: 'fileName' },
    sim.now,
  );
  const roster = { participants: team, you: 'Anna Weber' };
  return {
    sim,
    row: {
      report: buildReport(sim.state, sim.now, null, roster),
      clientName: null,
      notes: '',
      followUps: [],
    },
  };
}

describe('exports carry the transcript’s airtime', () => {
  it('as CSV rows per person and source', async () => {
    const { row } = await meeting();
    const csv = Papa.parse<Record<string, string>>(tactfulCsv([row], 'x').content, { header: true }).data;
    const airtime = csv
      .filter((r) => r.row === 'airtime')
      .map((r) => [r.person, r.source, r.talk_s, r.share, r.turns, r.longest_turn_s]);
    expect(airtime).toEqual([
      // Timed, everyone in roster order: Marco 22 s, Giulia 21 s — 22 / 43 = 0.5116, 21 / 43 = 0.4884.
      ['Marco Rossi', 'timed', '22', '0.5116', '1', '22'],
      ['Giulia Bianchi', 'timed', '21', '0.4884', '1', '21'],
      // Transcript, most talk first: 21, 12 and 10.5 s of 43.5 s (see the airtime test); seconds rounded.
      ['Marco Rossi', 'transcript', '21', '0.4828', '2', '18'],
      ['Giulia Bianchi', 'transcript', '12', '0.2759', '2', '8'],
      ['Anna Weber', 'transcript', '11', '0.2414', '3', '6'], // 10.5 s and 5.5 s round up
    ]);
    // The item's own row is unchanged, its airtime cells empty.
    expect(csv.find((r) => r.row === 'item')).toMatchObject({ title: 'Budget', actual_s: '60', person: '' });
  });

  it('as a table in the Markdown summary, in the summary’s language', async () => {
    const { row } = await meeting();
    const md = markdownSummary(
      [row],
      EXPORT_LABELS.de,
      { locale: 'de', timeZone: 'UTC', includeOffTopic: false, includeNotes: false },
      'x',
    ).content;
    expect(md).toContain(
      [
        '**Redezeit**',
        '',
        '| Person | Gemessen | Anteil | Redebeiträge | Längster Redebeitrag |',
        '| --- | ---: | ---: | ---: | ---: |',
        // German writes "22 Sek." and "51 %" with a no-break space.
        '| Marco Rossi | 22 Sek. | 51\u00a0% | 1 | 22 Sek. |',
        '| Giulia Bianchi | 21 Sek. | 49\u00a0% | 1 | 21 Sek. |',
        '',
        '| Person | Laut Transkript | Anteil | Redebeiträge | Längster Redebeitrag |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| Marco Rossi | 21 Sek. | 48\u00a0% | 2 | 18 Sek. |',
        '| Giulia Bianchi | 12 Sek. | 28\u00a0% | 2 | 8 Sek. |',
        '| Anna Weber | 11 Sek. | 24\u00a0% | 3 | 6 Sek. |',
      ].join('\n'),
    );
  });

  it('in the JSON archive, whose journal brings the transcript back as it was', async () => {
    const { sim } = await meeting();
    const file = buildArchive([{ id: 'm1', journal: [...sim.events] }], [], sim.now, 'x');
    const parsed = parseArchive(file.content);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(replay(parsed.archive.meetings[0]!.journal).transcript).toEqual(sim.state.transcript);
  });
});
