import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../../shared/agenda/agenda.schema';
import { BUILTIN_LINES } from '../../../shared/phrases/phrase.library';
import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';

const plan = meetingPlanSchema.parse({
  id: 'm1',
  title: 'Call',
  items: [{ id: 'a', title: 'A', budgetSec: 600 }],
});

describe('host persistence', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());

  function runMeeting() {
    const { host } = openHost(tmp.dir);
    host.meeting.create(plan);
    host.meeting.command({ type: 'start' });
    host.meeting.command({ type: 'toggleOffTopic' });
    host.close();
  }

  it('resumes the open meeting after a restart, exactly as journaled', () => {
    runMeeting();
    const { host } = openHost(tmp.dir);
    expect(host.meeting.id).toBe('m1');
    expect(host.meeting.state!.status).toBe('running');
    expect(host.meeting.state!.offTopic).toBe(true);
    host.close();
  });

  it('drops a torn last line left by a crash mid-write, reports it, keeps a copy, and carries on', () => {
    runMeeting();
    const file = join(tmp.dir, 'meetings', 'm1.jsonl');
    appendFileSync(file, '{"seq":3,"type":"paus');
    const { host, log } = openHost(tmp.dir);
    expect(host.meeting.state!.status).toBe('running');
    expect(log.lines.some((l) => l.level === 'warn' && /cut short/.test(l.message))).toBe(true);
    // Not only a log line: the user is told, and the torn bytes are kept.
    expect(host.problems.join('\n')).toMatch(
      /meeting m1: the last line of its journal was cut short .*\(21 bytes/,
    );
    const [kept] = readdirSync(join(tmp.dir, 'quarantine'));
    expect(readFileSync(join(tmp.dir, 'quarantine', kept!), 'utf8')).toMatch(/"type":"paus$/);
    host.meeting.command({ type: 'pause' });
    host.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ seq: 3, type: 'paused' });
  });

  it('keeps the valid events of a damaged journal, with a copy of the original and the damage reported', () => {
    runMeeting();
    const file = join(tmp.dir, 'meetings', 'm1.jsonl');
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    lines[2] = '{"seq":2,"type":"offTopicStarted","at":"yesterday"}';
    writeFileSync(file, lines.join('\n'));
    const { host } = openHost(tmp.dir);
    // The plan and the start are kept; the damaged line and what follows are reported, never silently lost.
    expect(host.meeting.id).toBe('m1');
    expect(host.meeting.state!.status).toBe('running');
    expect(host.meeting.seq).toBe(2);
    expect(host.problems.join('\n')).toMatch(
      /meeting m1: its journal was damaged; the 2 events before it were kept/,
    );
    const kept = readdirSync(join(tmp.dir, 'quarantine'));
    expect(kept.some((f) => f.endsWith('m1.jsonl'))).toBe(true);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    host.close();
  });

  it('skips a junk line when the events after it carry on the sequence, and mends a fragment glued to an event', () => {
    runMeeting();
    const file = join(tmp.dir, 'meetings', 'm1.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    // What 0.1 left after a full disk: a partial line with the next append glued onto it; and a stray line.
    const glued = `{"seq":2,"type":"offTop${lines[2]}`;
    writeFileSync(file, [lines[0], lines[1], 'junk', glued, ''].join('\n'));
    const { host } = openHost(tmp.dir);
    expect(host.meeting.seq).toBe(3);
    expect(host.meeting.state!.offTopic).toBe(true);
    expect(host.problems.join('\n')).toMatch(/2 damaged line\(s\) were mended or skipped/);
    host.close();
  });

  it('moves a journal with nothing to keep to quarantine and says so, never deleting it', () => {
    runMeeting();
    const file = join(tmp.dir, 'meetings', 'm1.jsonl');
    writeFileSync(file, 'not a journal\n');
    const { host } = openHost(tmp.dir);
    expect(host.meeting.state).toBeNull();
    expect(host.problems.join(' ')).toMatch(/moved to .*quarantine/);
    expect(existsSync(file)).toBe(false);
    const kept = readdirSync(join(tmp.dir, 'quarantine'));
    expect(kept.some((f) => f.endsWith('m1.jsonl'))).toBe(true);
    host.close();
  });

  it('repairs a settings file with a bad value, keeping a copy and everything else', () => {
    const first = openHost(tmp.dir).host;
    first.settings.saveClient({
      id: 'c1',
      name: 'Anna',
      hourlyRateMinor: 9000,
      currency: 'EUR',
      language: 'ro',
      address: 'informal',
      groupAddress: null,
      team: [],
      contact: 'Anna',
      notes: '',
      archived: false,
    });
    const token = first.settings.token();
    first.close();
    const path = join(tmp.dir, 'config.json');
    const raw = JSON.parse(readFileSync(path, 'utf8'));
    raw.settings.theme = 'purple';
    raw.clients.push({ id: 'c2', name: '' });
    writeFileSync(path, JSON.stringify(raw));
    const { host } = openHost(tmp.dir);
    expect(host.settings.settings().theme).toBe('system');
    expect(host.settings.clients().map((c) => c.name)).toEqual(['Anna']);
    expect(host.settings.token()).toBe(token);
    expect(host.problems.join('\n')).toMatch(/settings.theme was reset/);
    expect(host.problems.join('\n')).toMatch(/clients\[1\] was dropped/);
    expect(readdirSync(join(tmp.dir, 'quarantine')).some((f) => f.endsWith('config.json'))).toBe(true);
    host.close();
  });

  it('keeps an unreadable settings file in quarantine and starts from defaults', () => {
    openHost(tmp.dir).host.close();
    writeFileSync(join(tmp.dir, 'config.json'), '{"settings": {"theme": ');
    const { host } = openHost(tmp.dir);
    expect(host.settings.settings().theme).toBe('system');
    expect(host.problems[0]).toMatch(/settings were damaged/);
    const [kept] = readdirSync(join(tmp.dir, 'quarantine'));
    expect(readFileSync(join(tmp.dir, 'quarantine', kept!), 'utf8')).toBe('{"settings": {"theme": ');
    host.close();
  });

  it('lets only one host use a data folder at a time', () => {
    const { host } = openHost(tmp.dir);
    expect(() => openHost(tmp.dir)).toThrow(/already using/);
    host.close();
    openHost(tmp.dir).host.close();
  });

  it('takes over the lock a killed host left behind', () => {
    writeFileSync(join(tmp.dir, 'host.lock'), '999999');
    const { host } = openHost(tmp.dir);
    expect(JSON.parse(readFileSync(join(tmp.dir, 'host.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    host.close();
    expect(existsSync(join(tmp.dir, 'host.lock'))).toBe(false);
  });

  it('rebuilds a missing or damaged history index from the journals', async () => {
    runMeeting();
    writeFileSync(join(tmp.dir, 'index.json'), 'garbage');
    const { host, log } = openHost(tmp.dir);
    expect((await host.dispatch({ type: 'history.query' })).meetings.map((m) => m.id)).toEqual(['m1']);
    expect(log.lines.some((l) => /index was unreadable/.test(l.message))).toBe(true);
    host.close();
  });
});

describe('settings written by Tactful 0.1', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());

  it('keeps the user’s edits and removals on the lines they were made to, though ids were positions then', () => {
    // As 0.1 wrote it: built-in lines named by their position in a list.
    writeFileSync(
      join(tmp.dir, 'config.json'),
      JSON.stringify({
        phrases: {
          edited: { 'en.chattyClient.2.neutral.0': 'Shall we get back to {item}?' },
          removed: ['it.capNear.1.formal.1'],
          added: [],
        },
        __internal__: { migrations: { version: '0.1.0' } },
      }),
    );
    const { host } = openHost(tmp.dir);
    const { edited, removed } = host.settings.phrases();
    const line = (id: string) => BUILTIN_LINES.find((l) => l.id === id);
    const [editedId] = Object.keys(edited);
    expect(line(editedId!)?.text).toBe(
      'I’m sure you don’t want to pay me to chat too long — shall we get back to the project?',
    );
    expect(edited[editedId!]).toBe('Shall we get back to {item}?');
    expect(line(removed[0]!)).toMatchObject({
      locale: 'it',
      situation: 'capNear',
      tier: 1,
      register: 'formal',
    });
    host.close();
    // Migrated once: opening again leaves them as they are.
    const again = openHost(tmp.dir).host;
    expect(again.settings.phrases()).toEqual({ edited, removed, added: [] });
    again.close();
  });
});
