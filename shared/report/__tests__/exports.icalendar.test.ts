/**
 * The iCalendar export, checked against RFC 5545 by hand (no iCalendar parser is installed): §3.1 content lines
 * (CRLF, folded at 75 octets with a leading space, characters never split), §3.3.11 TEXT escaping, §3.3.5 DATE-TIME
 * in UTC, §3.6.1 VEVENT with UID and DTSTAMP, §3.7.3/§3.7.4 VERSION and PRODID in the VCALENDAR.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import { foldLine, icalendar } from '../export/icalendar';
import { allMeetings, newYorkMeeting, romeMeeting } from './support/export.fixture';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const encoder = new TextEncoder();

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** §3.1: every line ends in CRLF, is at most 75 octets, and unfolds by dropping CRLF + one space. */
function contentLines(text: string): Prop[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) {
    expect(encoder.encode(l).length, l).toBeLessThanOrEqual(75);
    expect(l).not.toMatch(/[\r\n]/);
    // A split surrogate pair would be a lone surrogate here (a split UTF-8 sequence cannot even be built).
    expect(l, l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
  const logical: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ')) logical[logical.length - 1] += l.slice(1);
    else logical.push(l);
  }
  return logical.map((l) => {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(l);
    if (!m) throw new Error(`not a content line: ${l}`);
    return { name: m[1]!, params: m[2]!, value: m[3]! };
  });
}

/** §3.3.11: in TEXT only \\, \;, \, and \n (or \N) are escapes; a bare ; or , is not allowed. */
function unescapeText(v: string): string {
  expect(v).not.toMatch(/(?<!\\)(?:\\\\)*[;,]/);
  return v.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ';' || c === ',') return c;
    throw new Error(`bad escape \\${c}`);
  });
}

const UTC = /^\d{8}T\d{6}Z$/;
const utcMs = (v: string) =>
  Date.UTC(
    +v.slice(0, 4),
    +v.slice(4, 6) - 1,
    +v.slice(6, 8),
    +v.slice(9, 11),
    +v.slice(11, 13),
    +v.slice(13, 15),
  );

function events(text: string) {
  const props = contentLines(text);
  expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
  expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
  expect(props.find((p) => p.name === 'PRODID')?.value).toBeTruthy();
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = {};
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      expect(current[p.name], `${p.name} twice`).toBeUndefined();
      current[p.name] = p.value;
    }
  }
  return out;
}

describe('iCalendar export (RFC 5545)', () => {
  it('has one VEVENT per meeting: UID, DTSTAMP, DTSTART and DTEND in UTC, the items in DESCRIPTION', () => {
    const file = icalendar(allMeetings(), EXPORT_LABELS.en, { locale: 'en', now: NOW }, 'x');
    expect(file.mime).toBe('text/calendar;charset=utf-8');
    const ev = events(file.content);
    expect(ev.map((e) => e.UID)).toEqual(['fifth@tactful', 'rome@tactful', 'ny@tactful']);
    for (const e of ev) {
      for (const k of ['DTSTAMP', 'DTSTART', 'DTEND']) expect(e[k]).toMatch(UTC);
      expect(utcMs(e.DTEND!)).toBeGreaterThan(utcMs(e.DTSTART!));
    }
    expect(ev[0]!.DTSTAMP).toBe('20261201T100000Z');
    expect([ev[1]!.DTSTART, ev[1]!.DTEND]).toEqual(['20261116T140437Z', '20261116T144256Z']);
    expect([ev[2]!.DTSTART, ev[2]!.DTEND]).toEqual(['20261117T045012Z', '20261117T060021Z']);
    expect(unescapeText(ev[1]!.SUMMARY!)).toBe('Revisione «homepage», fase 2 – café');
    expect(unescapeText(ev[1]!.DESCRIPTION!).split('\n')).toEqual([
      'Caffè Rossi & Figli, S.r.l.',
      'Stato lavori: 8 min (planned: 10 min)',
      'Mock-up "hero", menù e più: 15 min (planned: 15 min)',
      '=SUM(A1:A9) budget: 6 min (planned: 5 min)',
      'Never reached: not covered (planned: 5 min)',
      'Off-topic: 6 min',
      'Chat at the end: 2 min',
    ]);
    expect(unescapeText(ev[2]!.SUMMARY!)).toBe('Weekly "sync" – Zoë, QA');
  });

  it('escapes backslash, semicolon, comma and line breaks, and folds long lines without splitting a character', () => {
    const m = romeMeeting();
    m.report = { ...m.report, title: 'a\\b; c, d\ne — ' + 'è'.repeat(60) + ' 😀'.repeat(20) };
    const ev = events(
      icalendar([m, newYorkMeeting()], EXPORT_LABELS.it, { locale: 'it', now: NOW }, 'x').content,
    );
    expect(ev[0]!.SUMMARY).toMatch(/^a\\\\b\\; c\\, d\\ne/);
    expect(unescapeText(ev[0]!.SUMMARY!)).toBe(m.report.title);
    expect(unescapeText(ev[0]!.DESCRIPTION!)).toContain('Fuori tema: 6 min');
  });

  it('folds at exactly 75 octets, each continuation one space then at most 74', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    const wide = foldLine(`SUMMARY:${'é'.repeat(40)}`).split('\r\n');
    expect(wide.map((l) => encoder.encode(l).length)).toEqual([74, 15]);
  });
});
