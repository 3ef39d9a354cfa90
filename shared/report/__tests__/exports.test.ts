import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Sim, plan } from '../../../e2e/support/sim';
import { agendaItemSchema, meetingPlanSchema } from '../../agenda/agenda.schema';
import { clientFields } from '../../settings/client.schema';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import { buildReport } from '../report.model';
import { buildArchive, parseArchive } from '../export/json.archive';
import { markdownSummary, mdText } from '../export/markdown';
import { tactfulCsv } from '../export/tactful.csv';
import { clockifyCsv, clockifyFormatSchema, togglCsv } from '../export/timetracker.csv';
import type { ExportMeeting } from '../export/export.types';

const MIN = 60_000;
// Monday 2026-11-16, 09:00 in Rome.
const START = Date.UTC(2026, 10, 16, 8, 0, 0);

function meeting(title = 'Weekly call') {
  const sim = new Sim(
    plan({
      id: 'm1',
      title,
      clientId: 'acme',
      items: [
        { id: 'a', title: '=HYPERLINK("http://evil","click")', budgetSec: 600 },
        { id: 'b', title: 'Launch, plan', budgetSec: 900 },
        { id: 'c', title: 'Never reached', budgetSec: 300 },
      ],
      chatAtEndSec: 120,
      rate: { hourlyRateMinor: 12_000, currency: 'EUR' },
    }),
    START,
  )
    .do({ type: 'start' })
    .wait(4 * MIN)
    .do({ type: 'toggleOffTopic' })
    .wait(5 * MIN)
    .do({ type: 'toggleOffTopic' })
    .wait(8 * MIN)
    .do({ type: 'goto', index: 1 })
    .wait(16 * MIN)
    .do({ type: 'goto', index: 3 })
    .wait(3 * MIN)
    .do({ type: 'end' });
  sim.do({ type: 'addFollowUp', id: 'f1', text: 'Send the mock-ups by Friday' });
  sim.do({ type: 'addFollowUp', id: 'f2', text: 'Book the design review' });
  sim.do({ type: 'updateFollowUp', id: 'f2', done: true });
  sim.do({ type: 'editNotes', text: 'Client is worried about the deadline.' });
  const m: ExportMeeting = {
    report: buildReport(sim.state, sim.now, sim.state.plan.rate),
    clientName: 'Acme | Design',
    notes: sim.state.notes,
    followUps: sim.state.followUps,
  };
  return { m, log: sim.events };
}

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('CSV export (for spreadsheets)', () => {
  it('writes one row per item worked on and per off-topic episode (and the end chat), with ISO times and both duration forms', () => {
    const { m } = meeting();
    const { data, errors, meta } = parse(tactfulCsv([m], 'x').content);
    expect(errors).toEqual([]);
    expect(meta.fields).toContain('planned_hmm');
    expect(data.map((r) => [r.row, r.actual_s, r.actual_hmm])).toEqual([
      ['item', '720', '0:12'],
      ['off_topic', '300', '0:05'],
      ['item', '960', '0:16'],
      ['chat', '180', '0:03'],
    ]);
    expect(data[0]!.start).toBe('2026-11-16T08:00:00.000Z');
    expect(data[0]!.end).toBe('2026-11-16T08:17:00.000Z');
    expect(data[1]).toMatchObject({
      cost: '10.00',
      currency: 'EUR',
      title: '\'=HYPERLINK("http://evil","click")',
    });
    expect(data[2]).toMatchObject({ title: 'Launch, plan', planned_s: '900', over_s: '60' });
  });

  it('has no row without a start and an end: an item never reached took no time', () => {
    const { m } = meeting();
    const { data } = parse(tactfulCsv([m], 'x').content);
    expect(data.map((r) => r.title)).not.toContain('Never reached');
    for (const r of data)
      expect([r.start, r.end]).toEqual([expect.stringMatching(/Z$/), expect.stringMatching(/Z$/)]);
  });

  it('never lets a title become a spreadsheet formula', () => {
    const { m } = meeting('+SUM(A1:A9)');
    const csv = tactfulCsv([m], 'x').content;
    for (const row of parse(csv).data) {
      for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+@\t\r]/);
      expect(row.meeting_title).toBe("'+SUM(A1:A9)");
    }
  });
});

describe('time tracker exports', () => {
  const options = { email: 'me@example.com', name: 'Me', offTopicBillable: false, timeZone: 'Europe/Rome' };

  it('write the text as typed: a tracker stores it and never runs it as a formula', () => {
    const { m } = meeting('+SUM(A1:A9)');
    for (const file of [
      togglCsv([m], options, EXPORT_LABELS.en, 'x'),
      clockifyCsv([m], options, clockifyFormatSchema.parse({}), EXPORT_LABELS.en, 'x'),
    ]) {
      const rows = parse(file.content).data;
      expect(rows.map((r) => r.Project)).toContain('+SUM(A1:A9)');
      expect(rows.map((r) => r.Description)).toContain('=HYPERLINK("http://evil","click")');
    }
  });

  it('book off-topic and the chat as not billable unless asked, with the tags and task of their kind', () => {
    const { m } = meeting();
    const rows = parse(
      clockifyCsv([m], options, clockifyFormatSchema.parse({}), EXPORT_LABELS.it, 'x').content,
    ).data;
    expect(rows.map((r) => [r.Description, r.Task, r.Billable, r.Tags])).toEqual([
      ['=HYPERLINK("http://evil","click")', 'Riunione', 'Yes', 'tactful'],
      ['Fuori tema (=HYPERLINK("http://evil","click"))', 'Fuori tema', 'No', 'tactful, off-topic'],
      ['=HYPERLINK("http://evil","click")', 'Riunione', 'Yes', 'tactful'],
      ['Launch, plan', 'Riunione', 'Yes', 'tactful'],
      ['Chiacchiere finali', 'Chiacchiere finali', 'No', 'tactful, chat'],
    ]);
    const billable = parse(
      togglCsv([m], { ...options, offTopicBillable: true }, EXPORT_LABELS.en, 'x').content,
    ).data.map((r) => r.Billable);
    expect(billable).toEqual(['Yes', 'Yes', 'Yes', 'Yes', 'Yes']);
  });

  it('keeps within Clockify’s field limits by construction (Project 250, Client 100, Description 3,000)', () => {
    const longest = (s: { maxLength: number | null }) => s.maxLength ?? Infinity;
    expect(longest(meetingPlanSchema.shape.title)).toBeLessThanOrEqual(250);
    expect(longest(clientFields.shape.name)).toBeLessThanOrEqual(100);
    expect(longest(agendaItemSchema.shape.title) + 'Off-topic ()'.length + 100).toBeLessThanOrEqual(3000);
  });
});

describe('Markdown summary', () => {
  it('is a summary for the client: agenda planned and actual, follow-ups; off-topic and notes only if asked', () => {
    const { m } = meeting();
    const md = markdownSummary(
      [m],
      EXPORT_LABELS.en,
      { locale: 'en', timeZone: 'Europe/Rome', includeOffTopic: false, includeNotes: false },
      'x',
    ).content;
    expect(md).toContain('## Weekly call');
    expect(md).toContain('Acme \\| Design');
    expect(md).toContain('| \\=HYPERLINK\\("http://evil","click"\\) | 10 min | 12 min |');
    expect(md).toContain('| Launch, plan | 15 min | 16 min |');
    expect(md).toContain('| Never reached | 5 min | not covered |');
    expect(md).toContain('- [ ] Send the mock-ups by Friday');
    expect(md).toContain('- [x] Book the design review');
    expect(md).not.toContain('Off-topic');
    expect(md).not.toContain('worried');
    const full = markdownSummary(
      [m],
      EXPORT_LABELS.it,
      { locale: 'it', timeZone: 'Europe/Rome', includeOffTopic: true, includeNotes: true },
      'x',
    ).content;
    expect(full).toContain('**Fuori tema:** 5 min');
    expect(full).toContain('```text\nClient is worried about the deadline.\n```');
    expect(full).toContain('| Punto | Previsto | Effettivo |');
  });

  it('renders user text as text: no HTML, no links, no images, no formatting (security L5, users’ item 10)', () => {
    const sim = new Sim(
      plan({
        id: 'x',
        title: '# Not a <h1>',
        items: [
          { id: 'a', title: '<b>bold</b> **strong** `code`', budgetSec: 60 },
          { id: 'b', title: '[x](javascript:alert(1))', budgetSec: 60 },
          { id: 'c', title: '![](http://tracker/pixel.gif)', budgetSec: 60 },
        ],
      }),
      START,
    )
      .do({ type: 'start' })
      .wait(MIN)
      .do({ type: 'end' });
    sim.do({ type: 'addFollowUp', id: 'f', text: '<img src=x onerror=alert(1)> & [more](http://x)' });
    sim.do({
      type: 'editNotes',
      text: 'Notes with <script>alert(1)</script>\n```\n[link](javascript:x)\n- a list',
    });
    const m: ExportMeeting = {
      report: buildReport(sim.state, sim.now, null),
      clientName: '<script>alert(1)</script>',
      notes: sim.state.notes,
      followUps: sim.state.followUps,
    };
    const md = markdownSummary(
      [m],
      EXPORT_LABELS.en,
      { locale: 'en', timeZone: 'UTC', includeOffTopic: true, includeNotes: true },
      'x',
    ).content;
    const [before, notes] = md.split('**Notes**');
    // Outside the notes, no raw tag can open, and no link or image syntax survives unescaped.
    expect(before).not.toMatch(/<[a-z!/?]/i);
    expect(before).not.toMatch(/(?<!\\)\]\(/);
    expect(before).not.toMatch(/(?<!\\)!\[/);
    expect(before).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(before).toContain('| &lt;b&gt;bold&lt;/b&gt; \\*\\*strong\\*\\* \\`code\\` |');
    expect(before).toContain('| \\[x\\]\\(javascript:alert\\(1\\)\\) |');
    expect(before).toContain('| \\!\\[\\]\\(http://tracker/pixel.gif\\) |');
    expect(before).toContain('- [ ] &lt;img src=x onerror=alert\\(1\\)&gt; &amp; \\[more\\]\\(http://x\\)');
    expect(before).toContain('## \\# Not a &lt;h1&gt;');
    // The notes sit in a fence longer than any backtick run inside them, so they cannot close it.
    const lines = notes!.trim().split('\n');
    expect(lines[0]).toBe('````text');
    expect(lines.at(-1)).toBe('````');
    expect(lines.slice(1, -1).every((l) => !/^````/.test(l))).toBe(true);
    expect(notes).toContain('Notes with <script>alert(1)</script>');
  });

  it('escapes what would start a block at the start of a line', () => {
    expect(mdText('- not a list')).toBe('\\- not a list');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('> not a quote')).toBe('&gt; not a quote');
    expect(mdText('=== not a heading')).toBe('\\=== not a heading');
    expect(mdText('two\nlines')).toBe('two lines');
  });
});

describe('JSON archive', () => {
  it('round-trips the full journals and the clients', () => {
    const { log } = meeting();
    const file = buildArchive([{ id: 'm1', journal: log }], [], START, 'x');
    const back = parseArchive(file.content);
    expect(back.ok && back.archive.meetings[0]!.journal).toEqual(log);
  });

  it('refuses bad files with a clear error', () => {
    const { log } = meeting();
    const good = JSON.parse(buildArchive([{ id: 'm1', journal: log }], [], START, 'x').content);
    expect(parseArchive('{"format": ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^the file is not JSON/),
    });
    expect(parseArchive(JSON.stringify({ ...good, format: 'other' }))).toMatchObject({
      ok: false,
      error: 'format: not a Tactful meetings export',
    });
    expect(parseArchive(JSON.stringify({ ...good, version: 9 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another version/),
    });
    expect(
      parseArchive(JSON.stringify({ ...good, meetings: [{ id: 'other', journal: log }] })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/is not the meeting's id/) });
    expect(
      parseArchive(JSON.stringify({ ...good, meetings: [{ id: 'm1', journal: log.slice(1) }] })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/starts with the meeting plan/) });
    expect(
      parseArchive(JSON.stringify({ ...good, meetings: [good.meetings[0], good.meetings[0]] })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/appears twice/) });
    expect(
      parseArchive(JSON.stringify({ ...good, meetings: [{ id: '../etc', journal: log }] })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/letters, digits/) });
  });
});
