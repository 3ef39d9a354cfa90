import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Sim, plan } from '../../../e2e/support/sim';
import { agendaItemSchema, meetingPlanSchema } from '../../agenda/agenda.schema';
import { clientFields } from '../../settings/client.schema';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import { buildReport } from '../report.model';
import { buildArchive, parseArchive } from '../export/json.archive';
import { markdownSummary } from '../export/markdown';
import { tactfulCsv } from '../export/tactful.csv';
import { clockifyCsv, togglCsv } from '../export/timetracker.csv';
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

describe('CSV export', () => {
  it('writes one row per item and per off-topic episode (and the end chat), with ISO times and both duration forms', () => {
    const { m } = meeting();
    const { data, errors, meta } = parse(tactfulCsv([m], 'x').content);
    expect(errors).toEqual([]);
    expect(meta.fields).toContain('planned_hmm');
    expect(data.map((r) => [r.row, r.actual_s, r.actual_hmm])).toEqual([
      ['item', '720', '0:12'],
      ['off_topic', '300', '0:05'],
      ['item', '960', '0:16'],
      ['chat', '180', '0:03'],
      ['item', '0', '0:00'],
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
  const options = { email: 'me@example.com', offTopicBillable: false, timeZone: 'Europe/Rome' };
  const labels = { offTopic: 'Off-topic', chat: 'Chat at the end' };

  it('gives Toggl Track its columns, local times and hh:mm:ss, with off-topic tagged and not billable', () => {
    const { m } = meeting();
    const { data, meta } = parse(togglCsv([m], options, labels, 'x').content);
    expect(meta.fields).toEqual([
      'Email',
      'Client',
      'Project',
      'Description',
      'Billable',
      'Start date',
      'Start time',
      'Duration',
      'Tags',
    ]);
    expect(
      data.map((r) => [r.Description, r['Start date'], r['Start time'], r.Duration, r.Billable, r.Tags]),
    ).toEqual([
      ['\'=HYPERLINK("http://evil","click")', '2026-11-16', '09:00:00', '0:12:00', 'Yes', 'tactful'],
      [
        'Off-topic (=HYPERLINK("http://evil","click"))',
        '2026-11-16',
        '09:04:00',
        '0:05:00',
        'No',
        'tactful, off-topic',
      ],
      ['Launch, plan', '2026-11-16', '09:17:00', '0:16:00', 'Yes', 'tactful'],
      ['Chat at the end', '2026-11-16', '09:33:00', '0:03:00', 'No', 'tactful, chat'],
    ]);
    expect(data[0]).toMatchObject({
      Email: 'me@example.com',
      Client: 'Acme | Design',
      Project: 'Weekly call',
    });
  });

  it('writes Clockify dates, times and durations in the format picked, and says which', () => {
    const { m } = meeting();
    const us = clockifyCsv(
      [m],
      options,
      { dateFormat: 'MM/DD/YYYY', timeFormat: '12h', durationFormat: 'h:mm' },
      labels,
      'x',
    );
    const rows = parse(us.content);
    expect(rows.meta.fields).toEqual([
      'Project',
      'Client',
      'Description',
      'Task',
      'Email',
      'Tags',
      'Billable',
      'Start Date',
      'Start Time',
      'Duration (h)',
    ]);
    expect(rows.data.map((r) => [r['Start Date'], r['Start Time'], r['Duration (h)']])[2]).toEqual([
      '11/16/2026',
      '9:17 AM',
      '0:16',
    ]);
    expect(us.notes).toContainEqual({
      kind: 'clockifyFormat',
      dateFormat: 'MM/DD/YYYY',
      timeFormat: '12h',
      durationFormat: 'h:mm',
    });
    const eu = parse(
      clockifyCsv(
        [m],
        { ...options, offTopicBillable: true },
        { dateFormat: 'DD/MM/YYYY', timeFormat: '24h', durationFormat: 'decimal' },
        labels,
        'x',
      ).content,
    );
    expect(eu.data.map((r) => [r['Start Date'], r['Start Time'], r['Duration (h)'], r.Billable])[1]).toEqual([
      '16/11/2026',
      '09:04',
      '0.08',
      'Yes',
    ]);
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
    expect(md).toContain('Acme | Design');
    expect(md).toContain('| =HYPERLINK("http://evil","click") | 10 min | 12 min |');
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
    expect(full).toContain('Client is worried about the deadline.');
    expect(full).toContain('| Punto | Previsto | Effettivo |');
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
