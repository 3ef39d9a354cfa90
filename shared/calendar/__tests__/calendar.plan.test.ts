import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../agenda/agenda.schema';
import type { Occurrence } from '../calendar.types';
import { mergeSynced, planOf, plannedView, type EventRecord } from '../calendar.records';
import { EMPTY_MEMORY, matchClient, rememberMatch } from '../client.match';
import { agendaFromDescription, eventPlan } from '../event.plan';
import { readCalendar } from '../ics.read';
import { templateFromSeries } from '../standing.call';
import { callKind, coveringWindow } from '../unscheduled';

const MIN = 60_000;
const T = Date.parse('2026-10-20T08:00:00Z');

function occurrence(over: Partial<Occurrence> = {}): Occurrence {
  return {
    key: 'ev1',
    uid: 'ev1',
    recurrenceId: null,
    title: 'Budget review',
    description: '',
    start: T,
    end: T + 45 * MIN,
    timeZone: 'Europe/Rome',
    organizer: null,
    attendees: [],
    recurring: false,
    ...over,
  };
}

const clients = [
  { id: 'rossi', name: 'Studio Rossi' },
  { id: 'acme', name: 'Acme' },
  { id: 'anna', name: 'Anna Bianchi' },
  { id: 'old', name: 'Fahrwerk', archived: true },
];

describe('an event becomes a planned meeting', () => {
  it('takes its title, its length as the cap, and the agenda from a listed description', () => {
    const p = eventPlan(
      occurrence({
        description: 'Agenda:\n- Progress since last week 15m\n- Open questions 10m\n- Next steps',
      }),
      'Meeting',
    );
    expect(p).toMatchObject({ title: 'Budget review', capSec: 2700, agendaFromList: true, audience: 'one' });
    // The item without a time gets what the 45 minutes leave.
    expect(p.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Progress since last week', 900],
      ['Open questions', 600],
      ['Next steps', 1200],
    ]);
    expect(() => meetingPlanSchema.parse({ id: 'x', ...p })).not.toThrow();
  });

  it('reads an Outlook agenda (numbered, German units) and ignores the Teams boilerplate', () => {
    const ics = readFileSync(join(import.meta.dirname, 'fixtures/outlook.ics'), 'utf8');
    const [jour] = readCalendar(ics, {
      from: Date.parse('2026-10-01'),
      to: Date.parse('2026-12-01'),
      me: [],
      timeZone: 'UTC',
    }).occurrences;
    expect(agendaFromDescription(jour!.description, 3600)?.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Stand der Entwürfe', 1200],
      ['Freigabe Farbwelt', 900],
      ['Termine', 1500],
    ]);
  });

  it('tells a number in a title from the time after it', () => {
    expect(
      agendaFromDescription('1. Budget 2027 20 min\n2. Sprint 12 review 10m', 1800)?.map((i) => [
        i.title,
        i.budgetSec,
      ]),
    ).toEqual([
      ['Budget 2027', 1200],
      ['Sprint 12 review', 600],
    ]);
  });

  it('is one item, the whole meeting, when the description is not a list; a group when several are invited', () => {
    const p = eventPlan(
      occurrence({
        description: 'Join with Google Meet: https://meet.google.com/abc',
        attendees: [
          { email: 'a@x.com', name: null },
          { email: 'b@x.com', name: null },
        ],
      }),
      'Meeting',
    );
    expect(p.items).toEqual([{ id: 'c1', title: 'Budget review', budgetSec: 2700, priority: 'normal' }]);
    expect(p.audience).toBe('group');
    expect(eventPlan(occurrence({ title: '  ' }), 'Riunione').title).toBe('Riunione');
  });
});

describe('matching the client', () => {
  const rossi = occurrence({
    uid: 'weekly',
    title: 'Weekly sync',
    organizer: { email: 'giulia@studiorossi.it', name: 'Giulia' },
  });

  it('finds them by a domain that spells their name, a person named like them, or the title', () => {
    expect(matchClient(rossi, clients, EMPTY_MEMORY)).toEqual({ clientId: 'rossi', by: 'domain' });
    expect(
      matchClient(
        occurrence({ attendees: [{ email: 'anna@gmail.com', name: 'Anna Bianchi' }] }),
        clients,
        EMPTY_MEMORY,
      ),
    ).toEqual({ clientId: 'anna', by: 'name' });
    expect(matchClient(occurrence({ title: 'Call with ACME – roadmap' }), clients, EMPTY_MEMORY)).toEqual({
      clientId: 'acme',
      by: 'title',
    });
    // A public mail domain says nothing; an archived client is never matched.
    expect(
      matchClient(occurrence({ organizer: { email: 'acme@gmail.com', name: null } }), clients, EMPTY_MEMORY)
        .by,
    ).toBe('none');
    expect(
      matchClient(occurrence({ title: 'Fahrwerk Jour fixe' }), clients, EMPTY_MEMORY).clientId,
    ).toBeNull();
  });

  it('remembers a correction for the event, the people on it and their company', () => {
    const corrected = rememberMatch(EMPTY_MEMORY, rossi, 'anna');
    expect(matchClient(rossi, clients, corrected)).toEqual({ clientId: 'anna', by: 'confirmed' });
    // Another event with the same person, or someone else at the same company:
    const other = occurrence({ uid: 'other', organizer: { email: 'giulia@studiorossi.it', name: null } });
    expect(matchClient(other, clients, corrected)).toEqual({ clientId: 'anna', by: 'email' });
    const colleague = occurrence({ uid: 'c', attendees: [{ email: 'marco@studiorossi.it', name: null }] });
    expect(matchClient(colleague, clients, corrected)).toEqual({ clientId: 'anna', by: 'domain' });
    // "No client" is remembered for that event only.
    const none = rememberMatch(EMPTY_MEMORY, rossi, null);
    expect(matchClient(rossi, clients, none)).toEqual({ clientId: null, by: 'confirmed' });
    expect(matchClient(other, clients, none).clientId).toBe('rossi');
  });
});

describe('syncing again', () => {
  const first: EventRecord[] = mergeSynced([], 'cal', [occurrence()]);

  it('moves a moved event’s meeting and keeps what the user changed', () => {
    const edited = first.map((r) => ({ ...r, edits: { title: 'Budget review (short)', capSec: 1800 } }));
    const moved = mergeSynced(edited, 'cal', [
      occurrence({ start: T + 24 * 60 * MIN, end: T + 24 * 60 * MIN + 60 * MIN, title: 'Budget review v2' }),
    ]);
    const v = plannedView(moved[0]!, clients, EMPTY_MEMORY, 'Meeting');
    expect(v).toMatchObject({
      start: T + 24 * 60 * MIN,
      title: 'Budget review (short)',
      capSec: 1800,
      edited: ['title', 'capSec'],
    });
    // What the user did not change follows the calendar: the one item is the whole (new) hour.
    expect(v.items[0]!.budgetSec).toBe(3600);
  });

  it('drops events the calendar no longer has, and leaves other calendars alone', () => {
    const both = mergeSynced(first, 'other', [occurrence({ key: 'x', uid: 'x' })]);
    expect(mergeSynced(both, 'cal', []).map((r) => r.sourceId)).toEqual(['other']);
  });

  it('opens each event’s meeting under the same id every time', () => {
    const v = plannedView(first[0]!, clients, EMPTY_MEMORY, 'Meeting');
    expect(planOf(v).id).toBe(
      planOf(plannedView(mergeSynced(first, 'cal', [occurrence()])[0]!, clients, EMPTY_MEMORY, 'Meeting')).id,
    );
    expect(planOf(v).id).toMatch(/^cal-[a-z0-9]+$/);
  });
});

describe('the standing call', () => {
  it('becomes a template with its agenda and length', () => {
    const ics = readFileSync(join(import.meta.dirname, 'fixtures/google.ics'), 'utf8');
    const [series] = readCalendar(ics, {
      from: Date.parse('2026-10-01'),
      to: Date.parse('2026-12-01'),
      me: [],
      timeZone: 'UTC',
    }).series;
    expect(templateFromSeries(series!, 'Meeting')).toMatchObject({
      name: 'Studio Rossi weekly',
      capSec: 2700,
      kind: 'scheduled',
      items: [
        { title: 'Progress since last week', budgetSec: 900 },
        { title: 'Open questions', budgetSec: 600 },
        { title: 'Next steps', budgetSec: 1200 },
      ],
    });
  });
});

describe('unscheduled calls', () => {
  const windows = [
    { start: T, end: T + 45 * MIN, clientId: 'rossi' },
    { start: T + 180 * MIN, end: T + 240 * MIN, clientId: null },
  ];

  it('are calls no planned stretch covers for that client', () => {
    expect(callKind(T + 10 * MIN, 'rossi', windows)).toBe('scheduled');
    // Joining a few minutes early is still the planned call; an hour early is not.
    expect(callKind(T - 10 * MIN, 'rossi', windows)).toBe('scheduled');
    expect(callKind(T - 60 * MIN, 'rossi', windows)).toBe('adhoc');
    // Someone else during Rossi's slot, or Rossi after it ended:
    expect(callKind(T + 10 * MIN, 'acme', windows)).toBe('adhoc');
    expect(callKind(T + 50 * MIN, 'rossi', windows)).toBe('adhoc');
    // An event nobody was matched to covers whoever calls; a call with nobody known is covered by any event.
    expect(callKind(T + 190 * MIN, 'acme', windows)).toBe('scheduled');
    expect(callKind(T + 10 * MIN, null, windows)).toBe('scheduled');
    expect(callKind(T + 300 * MIN, null, windows)).toBe('adhoc');
  });

  it('prefer the window that names the client', () => {
    const overlapping = [
      { start: T, end: T + 60 * MIN, clientId: null, key: 'a' },
      { start: T + 5 * MIN, end: T + 60 * MIN, clientId: 'rossi', key: 'b' },
    ];
    expect(coveringWindow(T + 6 * MIN, 'rossi', overlapping)?.key).toBe('b');
  });
});
