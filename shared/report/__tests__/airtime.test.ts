import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, people, plan } from '../../../e2e/support/sim';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import type { MeetingSummary } from '../meeting.summary';
import { summarize } from '../meeting.summary';
import { buildArchive, parseArchive } from '../export/json.archive';
import { markdownSummary } from '../export/markdown';
import { tactfulCsv } from '../export/tactful.csv';
import { peopleHistory } from '../people.history';
import { buildReport } from '../report.model';

/**
 * A team call of four with an agenda of two items: Marco 6 min and Anna 2 min on the first item, then 3 min off
 * topic (Marco 1 min, Luca 2 min), Anna 4 min on the second, 2 min with nobody, a 5-minute pause; Sofia never speaks.
 */
function teamCall(id = 'm1', start = T0) {
  return new Sim(
    plan({
      id,
      title: 'Team call',
      audience: 'group',
      participants: [...people(3), { ...people(4)[3]!, name: '=HYPERLINK("x")' }],
      items: [
        { id: 'i0', title: 'Roadmap', budgetSec: 900 },
        { id: 'i1', title: 'Budget', budgetSec: 900 },
      ],
    }),
    start,
  )
    .do({ type: 'start' })
    .do({ type: 'giveFloor', participantId: 'p1' })
    .wait(4 * MIN)
    .do({ type: 'pause' })
    .wait(5 * MIN)
    .do({ type: 'resume' })
    .wait(2 * MIN)
    .do({ type: 'giveFloor', participantId: 'p2' })
    .wait(2 * MIN)
    .do({ type: 'giveFloor', participantId: 'p1' })
    .do({ type: 'toggleOffTopic' })
    .wait(MIN)
    .do({ type: 'giveFloor', participantId: 'p3' })
    .wait(2 * MIN)
    .do({ type: 'toggleOffTopic' })
    .do({ type: 'next' })
    .do({ type: 'giveFloor', participantId: 'p2' })
    .wait(4 * MIN)
    .do({ type: 'giveFloor', participantId: null })
    .wait(2 * MIN)
    .do({ type: 'end' });
}

describe('airtime in the report', () => {
  it('gives each person their talk, share, turns and longest turn, who never spoke, and the balance', () => {
    const sim = teamCall();
    const a = buildReport(sim.state, sim.now, null).airtime!;
    // Talk: Marco 4 + 2 + 1 = 7 min (the pause does not count), Anna 2 + 4 = 6, Luca 2, Sofia 0: 15 min in all.
    expect(a.totalTalkMs).toBe(15 * MIN);
    expect(a.people.map((p) => [p.name, p.talkMs / MIN, p.turns, p.longestTurnMs / MIN])).toEqual([
      ['Marco', 7, 2, 6],
      ['Anna', 6, 2, 4],
      ['Luca', 2, 1, 2],
      ['=HYPERLINK("x")', 0, 0, 0],
    ]);
    expect(a.people.map((p) => p.share)).toEqual([7 / 15, 6 / 15, 2 / 15, 0]);
    expect(a.silent).toEqual(['p4']);
    // The meeting ran 17 min (22 min of wall time less the 5-minute pause): 2 with nobody on the floor.
    expect(a.unassignedMs).toBe(2 * MIN);
    // Marco's 7/15 = 46.7 % against an equal 25 %: 1.87 times.
    expect(a.balance).toEqual({ topId: 'p1', topShare: 7 / 15, equalShare: 0.25, ratio: 28 / 15 });
  });

  it('files talk under each item and off-topic episode, and knows which item an episode interrupted', () => {
    const a = buildReport(teamCall().state, teamCall().now, null).airtime!;
    expect(
      a.stretches.map((s) => [
        s.stretch,
        s.itemId,
        s.totalMs / MIN,
        s.talk.map((t) => [t.participantId, t.ms / MIN]),
      ]),
    ).toEqual([
      [
        'item:i0',
        'i0',
        8,
        [
          ['p1', 6],
          ['p2', 2],
        ],
      ],
      ['item:i1', 'i1', 4, [['p2', 4]]],
      [
        'offTopic:0',
        'i0',
        3,
        [
          ['p3', 2],
          ['p1', 1],
        ],
      ],
    ]);
  });

  it('is null when the floor was never given: nothing was tapped', () => {
    const sim = new Sim(plan({ audience: 'group', participants: people(3) })).do({ type: 'start' }).wait(MIN);
    expect(buildReport(sim.state, sim.now, null).airtime).toBeNull();
  });
});

describe('people across meetings', () => {
  const summaryOf = (sim: Sim): MeetingSummary => summarize(buildReport(sim.state, sim.now, null), sim.state);

  it('says what share of the talk each took over the meetings they were in, newest first', () => {
    const older = summaryOf(teamCall('m0', T0 - 7 * 24 * 60 * MIN));
    // A second call where Marco (written in capitals this time) takes all 10 minutes.
    const newer = summaryOf(
      new Sim(
        plan({
          id: 'm2',
          audience: 'group',
          participants: [{ ...people(1)[0]!, name: 'MARCO' }, ...people(2).slice(1)],
        }),
      )
        .do({ type: 'start' })
        .do({ type: 'giveFloor', participantId: 'p1' })
        .wait(10 * MIN)
        .do({ type: 'end' }),
    );
    const h = peopleHistory([newer, older]);
    // Marco: (10 + 7) / (10 + 15) = 68 %, in both meetings: 100 % last time, 7/15 the time before.
    expect(h[0]).toEqual({
      key: 'marco',
      name: 'MARCO',
      meetings: 2,
      talkMs: 17 * MIN,
      share: 17 / 25,
      recent: [1, 7 / 15],
    });
    expect(h.find((p) => p.key === 'anna')).toMatchObject({ meetings: 2, talkMs: 6 * MIN, share: 6 / 25 });
    expect(h.find((p) => p.key === 'luca')).toMatchObject({ meetings: 1, share: 2 / 15 });
  });
});

describe('exports carry per-person rows', () => {
  const meeting = () => {
    const sim = teamCall();
    return { report: buildReport(sim.state, sim.now, null), clientName: 'Acme', notes: '', followUps: [] };
  };

  it('Tactful’s CSV: one airtime row per person, guarded against formulas, the time rows unchanged', () => {
    const csv = tactfulCsv([meeting()], 'x').content;
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const airtime = rows.filter((r) => r.row === 'airtime');
    expect(airtime.map((r) => [r.person, r.source, r.talk_s, r.share, r.turns, r.longest_turn_s])).toEqual([
      ['Marco', 'timed', '420', '0.4667', '2', '360'],
      ['Anna', 'timed', '360', '0.4000', '2', '240'],
      ['Luca', 'timed', '120', '0.1333', '1', '120'],
      ['\'=HYPERLINK("x")', 'timed', '0', '0.0000', '0', '0'],
    ]);
    expect(rows.filter((r) => r.row === 'item').map((r) => [r.title, r.person])).toEqual([
      ['Roadmap', ''],
      ['Budget', ''],
    ]);
  });

  it('the Markdown summary: a table of speaking time, and who never spoke', () => {
    const md = markdownSummary(
      [meeting()],
      EXPORT_LABELS.en,
      { locale: 'en', timeZone: 'UTC', includeOffTopic: false, includeNotes: false },
      'x',
    ).content;
    expect(md).toContain('**Speaking time**');
    expect(md).toContain('| Marco | 7 min | 47% | 2 | 6 min |');
    expect(md).toContain('Never given the floor: \\=HYPERLINK\\("x"\\)');
  });

  it('in French, with the no-break space French sets before a colon', () => {
    const md = markdownSummary(
      [meeting()],
      EXPORT_LABELS.fr,
      { locale: 'fr', timeZone: 'UTC', includeOffTopic: true, includeNotes: false },
      'x',
    ).content;
    expect(md).toContain('Sans prise de parole\u00a0: \\=HYPERLINK\\("x"\\)');
    expect(md).toMatch(/^\*\*Durée\u00a0:\*\* /m);
    // The planned length, in brackets, too; a time of day (22:13) keeps its colon.
    expect(md).toMatch(/\(prévu\u00a0: /);
  });

  it('the JSON archive: each meeting’s airtime beside its journal, and it still imports', () => {
    const sim = teamCall();
    const file = buildArchive([{ id: 'm1', journal: sim.events }], [], T0, 'x');
    const json = JSON.parse(file.content) as {
      meetings: { airtime: { people: { name: string; talkMs: number }[] } }[];
    };
    expect(json.meetings[0]!.airtime.people.map((p) => [p.name, p.talkMs / MIN])).toEqual([
      ['Marco', 7],
      ['Anna', 6],
      ['Luca', 2],
      ['=HYPERLINK("x")', 0],
    ]);
    expect(parseArchive(file.content).ok).toBe(true);
  });
});
