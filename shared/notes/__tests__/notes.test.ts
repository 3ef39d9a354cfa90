import { describe, expect, it } from 'vitest';
import { locales } from '../../phrases/phrase.types';
import { noteAddress } from '../note.address';
import { decisionsIn, ownerOf } from '../note.parts';
import { emailDraft, statusNote, type StatusNoteInput } from '../status.note';

const TZ = 'Europe/Rome';
const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour - 1);

const week: Omit<StatusNoteInput, 'to'> = {
  timeZone: TZ,
  period: 'week',
  from: at(16, 0),
  until: at(22, 23),
  meetings: [
    {
      title: 'Studio Rossi weekly',
      startedAt: at(17, 10),
      covered: ['Progress since last week', 'Open questions'],
      notes: 'Palette looks good.\nDecision: go with the blue palette\n- Agreed: launch on 1 December',
    },
    { title: 'Zoom call with Giulia', startedAt: at(19, 16), covered: ['Conversation'], notes: '' },
  ],
  followUps: ['Me: send the revised logo', 'Giulia: approve the palette', 'Book the photographer'],
  clientNames: ['Giulia Rossi'],
  next: at(24, 10),
};

describe('the status note', () => {
  it('in English, formal: what was covered, decisions, who promised what, the next meeting', () => {
    const n = statusNote({ ...week, to: { locale: 'en', formal: true, name: 'Giulia', person: true } });
    expect(n.subject).toBe('Summary of our week (November 16 – 22)');
    expect(n.body).toBe(
      [
        'Dear Giulia,',
        '',
        'Here is a short summary of our meetings (November 16 – 22).',
        '',
        'What we covered',
        '- Studio Rossi weekly (Tue, Nov 17): Progress since last week, Open questions',
        '- Zoom call with Giulia (Thu, Nov 19): Conversation',
        '',
        'Decisions',
        '- go with the blue palette',
        '- launch on 1 December',
        '',
        'On my side',
        '- send the revised logo',
        '',
        'On your side',
        '- approve the palette',
        '',
        'Still open',
        '- Book the photographer',
        '',
        'Our next meeting is on Tuesday, November 24 at 10:00 AM.',
        '',
        'Kind regards,',
        '',
      ].join('\n'),
    );
  });

  it('in Italian with Lei, and in German with du', () => {
    const it = statusNote({ ...week, to: { locale: 'it', formal: true, name: 'Giulia', person: true } });
    expect(it.subject).toBe('Riepilogo della settimana (16–22 novembre)');
    expect(it.body).toContain(
      'Gentile Giulia,\n\nLe invio un breve riepilogo dei nostri incontri (16–22 novembre).',
    );
    expect(it.body).toContain('Da parte Sua\n- approve the palette');
    expect(it.body).toContain('Il nostro prossimo incontro è fissato per martedì 24 novembre alle 10:00.');
    expect(it.body.trimEnd().endsWith('Cordiali saluti,')).toBe(true);
    const de = statusNote({ ...week, to: { locale: 'de', formal: false, name: 'Giulia', person: true } });
    expect(de.body).toMatch(
      /^Hallo Giulia,\n\nhier eine kurze Zusammenfassung unserer Gespräche \(16\.–22\. November\)\./,
    );
    expect(de.body).toContain('Von deiner Seite');
    expect(de.body).toContain('Wir sprechen uns am Dienstag, 24. November um 10:00 Uhr.');
    expect(de.body.trimEnd().endsWith('Viele Grüße')).toBe(true);
  });

  it('in Russian (вы) and Vietnamese, for a month, without a next meeting', () => {
    const month = { ...week, period: 'month' as const, from: at(1, 0), until: at(30, 23), next: null };
    const ru = statusNote({ ...month, to: { locale: 'ru', formal: true, name: 'Ирина', person: true } });
    expect(ru.subject).toBe('Итоги за ноябрь 2026 г.');
    expect(ru.body).toContain('Здравствуйте, Ирина!');
    expect(ru.body).toContain('С вашей стороны');
    expect(ru.body).not.toContain('Следующая встреча');
    const vi = statusNote({ ...week, to: { locale: 'vi', formal: true, name: 'Lan', person: true } });
    expect(vi.body).toContain('Kính gửi anh/chị Lan,');
    expect(vi.body).toContain('Buổi họp tiếp theo của chúng ta sẽ diễn ra lúc 10:00, thứ Ba, 24 tháng 11.');
  });

  it('is written in every language, formally and not, with nothing left in English', () => {
    const english = statusNote({ ...week, to: { locale: 'en', formal: true, name: 'X', person: true } });
    for (const locale of locales) {
      const formal = statusNote({ ...week, to: { locale, formal: true, name: 'X', person: true } });
      const informal = statusNote({ ...week, to: { locale, formal: false, name: 'X', person: true } });
      for (const n of [formal, informal]) expect(n.body).not.toMatch(/undefined|\{|\}/);
      expect(formal.body, locale).not.toBe(informal.body);
      if (locale !== 'en') {
        expect(formal.subject).not.toBe(english.subject);
        for (const heading of ['What we covered', 'Decisions', 'On my side', 'Still open'])
          expect(formal.body, `${locale}: ${heading}`).not.toContain(`\n${heading}\n`);
      }
    }
  });
});

describe('reading the notes', () => {
  it('finds decisions in any of the languages, and nothing else', () => {
    expect(
      decisionsIn(
        'Decisione: si parte a dicembre\nBeschlossen: blaues Logo\nРешили: запуск 1 декабря\nnot one: x',
      ),
    ).toEqual(['si parte a dicembre', 'blaues Logo', 'запуск 1 декабря']);
    expect(decisionsIn('Quyết định: dùng màu xanh\nDécidé : report au lundi')).toEqual([
      'dùng màu xanh',
      'report au lundi',
    ]);
  });

  it('tells mine from theirs by how the follow-up starts', () => {
    expect(ownerOf('Io: mandare il preventivo', ['Giulia Rossi'])).toEqual({
      owner: 'mine',
      task: 'mandare il preventivo',
    });
    expect(ownerOf('@Rossi: approve', ['Giulia Rossi'])).toEqual({ owner: 'yours', task: 'approve' });
    expect(ownerOf('Marco: call the printer', ['Giulia Rossi'])).toEqual({
      owner: 'open',
      task: 'Marco: call the printer',
    });
  });

  it('never takes a client called Minh for the writer’s "mình", and knows "Em:" as the writer', () => {
    expect(ownerOf('Minh: duyệt bảng màu', ['Minh', 'Sao Mai'])).toMatchObject({ owner: 'yours' });
    expect(ownerOf('Minh: duyệt bảng màu', ['Lan'])).toMatchObject({ owner: 'open' });
    expect(ownerOf('Mình: gửi báo giá', ['Minh'])).toMatchObject({ owner: 'mine', task: 'gửi báo giá' });
    expect(ownerOf('Em: gửi bản nháp', ['Minh'])).toMatchObject({ owner: 'mine', task: 'gửi bản nháp' });
  });
});

describe('this could be an email', () => {
  it('writes the planned agenda as points to answer, in the client’s language', () => {
    const items = [{ title: 'Budget 2027', notes: 'Two options attached' }, { title: 'Launch date' }];
    const en = emailDraft({
      to: { locale: 'en', formal: false, name: 'Sam', person: true },
      timeZone: TZ,
      title: 'Budget review',
      at: at(24, 10),
      items,
    });
    expect(en.subject).toBe('Budget review: the points in writing');
    expect(en.body).toBe(
      [
        'Hi Sam,',
        '',
        "Instead of meeting on Tuesday, November 24 at 10:00 AM, let's sort these out by email.",
        '',
        '1. Budget 2027',
        '   Two options attached',
        '2. Launch date',
        '',
        'Just reply to each point when you get a chance. If something needs a chat, we can still talk.',
        '',
        'Best,',
        '',
      ].join('\n'),
    );
    const fr = emailDraft({
      to: { locale: 'fr', formal: true, name: 'Claire', person: true },
      timeZone: TZ,
      title: 'Budget',
      at: null,
      items,
    });
    expect(fr.body).toContain('Plutôt que d’organiser une réunion');
    expect(fr.body).toContain('Pourriez-vous me répondre point par point quand vous aurez un moment\u00a0?');
    const frNote = statusNote({
      ...week,
      to: { locale: 'fr', formal: true, name: 'Claire', person: true },
    }).body;
    expect(frNote).toMatch(/Studio Rossi weekly \([^)]*\)\u00a0: Progress since last week/);
  });

  it('asks a company’s people in the plural', () => {
    const draft = (locale: 'es' | 'it' | 'de', formal: boolean) =>
      emailDraft({
        to: { locale, formal, name: 'Estudio Sol', person: false },
        timeZone: TZ,
        title: 'x',
        at: null,
        items: [{ title: 'A' }],
      }).body;
    expect(draft('es', true)).toContain('les propongo que resolvamos');
    expect(draft('es', false)).toContain('Cuando puedan, ¿me responden punto por punto?');
    expect(draft('it', false)).toContain('Quando avete un attimo, mi rispondete punto per punto?');
    expect(draft('de', false)).toContain('Gebt mir einfach kurz zu jedem Punkt Bescheid, wenn ihr Zeit habt');
  });
});

describe('the form of address', () => {
  it('comes from the client, in one place, and greets the contact person when there is one', () => {
    expect(
      noteAddress({ language: 'it', address: 'informal', name: 'Studio Rossi', contact: 'Giulia' }),
    ).toEqual({
      locale: 'it',
      formal: false,
      name: 'Giulia',
      person: true,
    });
    const company = noteAddress({ language: 'de', address: 'formal', name: 'Müller GmbH', contact: ' ' });
    expect(company).toEqual({ locale: 'de', formal: true, name: 'Müller GmbH', person: false });
    // A company is greeted as one, never as if its name were a person's.
    expect(statusNote({ ...week, to: company }).body).toMatch(/^Sehr geehrte Damen und Herren,\n/);
    const it = noteAddress({ language: 'it', address: 'formal', name: 'Studio Rossi', contact: '' });
    // An email, not a letter's address block: no “Spett.le”.
    expect(statusNote({ ...week, to: it }).body).toMatch(/^Buongiorno,\n/);
  });

  it('writes to a company’s people in the plural, where the language has one', () => {
    const body = (language: 'it' | 'ro' | 'es' | 'de', address: string) =>
      statusNote({ ...week, to: noteAddress({ language, address, name: 'Studio Rossi', contact: '' }) }).body;
    expect(body('it', 'informal')).toMatch(/^Ciao a tutti,\n\nVi mando un breve riepilogo/);
    expect(body('it', 'formal')).toMatch(/^Buongiorno,\n\nVi invio un breve riepilogo/);
    expect(body('ro', 'informal')).toMatch(/^Bună tuturor,\n\nVă trimit/);
    expect(body('es', 'informal')).toMatch(/^Hola:\n\nLes mando/);
    // The person's own note keeps the singular.
    const giulia = noteAddress({
      language: 'it',
      address: 'informal',
      name: 'Studio Rossi',
      contact: 'Giulia',
    });
    expect(statusNote({ ...week, to: giulia }).body).toMatch(/^Ciao Giulia,\n\nTi mando/);
  });

  it('writes Vietnamese with the client’s own pronoun pair, formal or not by the pair', () => {
    const minh = noteAddress({ language: 'vi', address: 'anh-em', name: 'Công ty Sao Mai', contact: 'Minh' });
    expect(minh).toMatchObject({
      formal: true,
      name: 'Minh',
      vi: { you: 'anh', me: 'em', voc: 'anh {name}' },
    });
    const note = statusNote({ ...week, to: minh });
    expect(note.body).toContain('Kính gửi anh Minh,');
    expect(note.body).toContain('Em xin gửi anh bản tóm tắt ngắn');
    expect(note.body).not.toContain('anh/chị');
    expect(note.body).not.toMatch(/\btôi\b/);

    const lan = noteAddress({ language: 'vi', address: 'ban-minh', name: 'Lan Studio', contact: 'Lan' });
    expect(lan.formal).toBe(false);
    expect(statusNote({ ...week, to: lan }).body).toContain('Mình gửi bạn tóm tắt ngắn');

    // No person known: the company is greeted by its name, without a pronoun in front of it.
    const company = noteAddress({ language: 'vi', address: 'anh-em', name: 'Công ty Sao Mai', contact: '' });
    expect(statusNote({ ...week, to: company }).body).toContain('Kính gửi các anh chị Công ty Sao Mai,');
    // Informally its people are greeted, as the pair calls them: nobody says “chào” to a company.
    const team = noteAddress({ language: 'vi', address: 'ban-minh', name: 'Công ty Sao Mai', contact: '' });
    expect(statusNote({ ...week, to: team }).body).toMatch(/^Chào các bạn bên Công ty Sao Mai,\n/);
  });
});
