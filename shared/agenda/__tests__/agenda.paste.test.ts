import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../agenda.paste';

describe('pasting an agenda', () => {
  it('reads Markdown and plain lists with durations in any usual form', () => {
    const r = parseAgendaText(`# Agenda
- Budget review 15m
* Launch plan (20 min)
1. Hiring: 1h30
2) Q&A — 10'
- [ ] Risks 90s
+ **Wrap-up**, 5 minutes
10m Intro round
Open questions`);
    expect(r.items.map((i) => [i.title, i.budgetSec, i.guessed])).toEqual([
      ['Budget review', 900, false],
      ['Launch plan', 1200, false],
      ['Hiring', 5400, false],
      ['Q&A', 600, false],
      ['Risks', 90, false],
      ['Wrap-up', 300, false],
      ['Intro round', 600, false],
      ['Open questions', 600, true],
    ]);
    expect(r.skipped).toEqual(['# Agenda']);
  });

  it('keeps numbers that are part of a title, and indented lines as notes', () => {
    const r = parseAgendaText(
      '- Q3 numbers 10m\n  - bring the spreadsheet\n  - ask about churn\n- Version 2 launch\n- 2026 goals 15',
    );
    expect(r.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Q3 numbers', 600],
      ['Version 2 launch', 600],
      ['2026 goals', 900],
    ]);
    expect(r.items[0]!.notes).toBe('bring the spreadsheet\nask about churn');
  });

  it('takes the last duration on the line as the time, leaving a number before it in the title', () => {
    const r = parseAgendaText(
      '- Punkt 1 1m\n- Item 3 5 min\n- Review 2 1h 30m\n- Phase 2 (20 min)\n- Schritt 4 – 1 Std.',
    );
    expect(r.items.map((i) => [i.title, i.budgetSec, i.guessed])).toEqual([
      ['Punkt 1', 60, false],
      ['Item 3', 300, false],
      ['Review 2', 5400, false],
      ['Phase 2', 1200, false],
      ['Schritt 4', 3600, false],
    ]);
  });

  it('skips what is not an item, and keeps non-Latin titles whole', () => {
    const r = parseAgendaText(
      '15m\n\n- Бюджет 20 мин\n- Ngân sách quý 3 — 25 phút\n- Preventivo (1 ora)\n- Zeitplan 1 Std.\n- 45',
    );
    expect(r.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Бюджет', 1200],
      ['Ngân sách quý 3', 1500],
      ['Preventivo', 3600],
      ['Zeitplan', 3600],
    ]);
    expect(r.skipped).toEqual(['15m', '- 45']);
  });

  it('takes an introduction ending with a colon as a heading, but keeps "Hiring: 1h30"', () => {
    const r = parseAgendaText('Agenda for Thursday:\n- Hiring: 1h30\n- Risks:');
    expect(r.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Hiring', 5400],
      ['Risks', 600],
    ]);
    expect(r.skipped).toEqual(['Agenda for Thursday:']);
  });

  it('uses the default budget given', () => {
    expect(parseAgendaText('Anything', 300).items[0]).toMatchObject({ budgetSec: 300, guessed: true });
  });
});
