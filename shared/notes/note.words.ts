import type { Locale } from '../phrases/phrase.types';

/** A moment as a sentence needs it: the day ("Tuesday, November 24") and the time ("10:00 AM") apart. */
export interface When {
  date: string;
  time: string;
}

/**
 * The words of the notes Tactful drafts to a client, per language, formal and informal: written as a native
 * writes a short business email, not translated word for word. `range` is "November 16 – 22" or "November 2026".
 */
export interface NoteWords {
  subject(range: string, period: 'week' | 'month'): string;
  greeting(name: string, formal: boolean): string;
  intro(range: string, formal: boolean): string;
  covered: string;
  decisions: string;
  mine(formal: boolean): string;
  yours(formal: boolean): string;
  open: string;
  next(when: When, formal: boolean): string;
  closing(formal: boolean): string;
  emailSubject(title: string): string;
  emailIntro(when: When | null, formal: boolean): string;
  emailAsk(formal: boolean): string;
}

const f = (formal: boolean, yes: string, no: string) => (formal ? yes : no);
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * What a Vietnamese note calls the reader and the writer: the pronoun pair chosen for the client ("anh – em",
 * "chị – em", "bạn – mình"), and how the reader is greeted by name ("anh Minh"). Null: the written defaults,
 * anh/chị – tôi formally and bạn – mình otherwise.
 */
export interface VietnamesePair {
  you: string;
  me: string;
  /** The greeting's name, "anh {name}": null when no person's name is known (the note greets the company). */
  voc: string | null;
}

/** The Vietnamese words, written with the pair: the note says what the user says on their calls. */
export function vietnameseNoteWords(pair: VietnamesePair | null): NoteWords {
  const you = (formal: boolean) => pair?.you ?? f(formal, 'anh/chị', 'bạn');
  const me = (formal: boolean) => pair?.me ?? f(formal, 'tôi', 'mình');
  return {
    subject: (r, p) => (p === 'week' ? `Tóm tắt tuần (${r})` : `Tóm tắt ${r}`),
    greeting: (n, formal) =>
      pair?.voc
        ? f(formal, `Kính gửi ${pair.voc.replace('{name}', n)},`, `Chào ${pair.voc.replace('{name}', n)},`)
        : f(formal, pair ? `Kính gửi ${n},` : `Kính gửi anh/chị ${n},`, `Chào ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `${cap(me(formal))} xin gửi ${you(formal)} bản tóm tắt ngắn các buổi làm việc của chúng ta (${r}).`,
        `${cap(me(formal))} gửi ${you(formal)} tóm tắt ngắn các buổi trao đổi của chúng ta (${r}).`,
      ),
    covered: 'Những nội dung đã trao đổi',
    decisions: 'Các quyết định',
    mine: (formal) => `Phía ${me(formal)}`,
    yours: (formal) => `Phía ${you(formal)}`,
    open: 'Các việc còn để ngỏ',
    next: (w, formal) =>
      f(
        formal,
        `Buổi họp tiếp theo của chúng ta vào lúc ${w.time}, ${w.date}.`,
        `${cap(me(formal))} hẹn ${you(formal)} lúc ${w.time}, ${w.date} nhé.`,
      ),
    closing: (formal) => f(formal, 'Trân trọng,', 'Thân,'),
    emailSubject: (t) => `${t}: trao đổi qua email`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Thay vì họp vào lúc ${w.time}, ${w.date}, ${me(formal)} nghĩ chúng ta có thể giải quyết các nội dung sau qua email.`
          : `Thay vì tổ chức một buổi họp, ${me(formal)} nghĩ chúng ta có thể giải quyết các nội dung sau qua email.`
        : w
          ? `Thay vì gặp nhau lúc ${w.time}, ${w.date}, ${me(formal)} thử trao đổi các nội dung sau qua email nhé.`
          : `Thay vì họp, ${me(formal)} thử trao đổi các nội dung sau qua email nhé.`,
    emailAsk: (formal) =>
      f(
        formal,
        `Khi có thời gian, ${you(formal)} vui lòng phản hồi từng mục giúp ${me(formal)}. Nếu có nội dung cần trao đổi trực tiếp, chúng ta vẫn có thể gọi điện.`,
        `Khi rảnh, ${you(formal)} trả lời từng mục giúp ${me(formal)} nhé. Nếu có gì cần nói trực tiếp thì mình gọi cho nhau.`,
      ),
  };
}

export const NOTE_WORDS: Record<Locale, NoteWords> = {
  en: {
    subject: (r, p) => (p === 'week' ? `Summary of our week (${r})` : `Summary of ${r}`),
    greeting: (n, formal) => f(formal, `Dear ${n},`, `Hi ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `Here is a short summary of our meetings (${r}).`,
        `Here's a quick recap of our meetings (${r}).`,
      ),
    covered: 'What we covered',
    decisions: 'Decisions',
    mine: () => 'On my side',
    yours: () => 'On your side',
    open: 'Still open',
    next: (w, formal) =>
      f(formal, `Our next meeting is on ${w.date} at ${w.time}.`, `Talk to you on ${w.date} at ${w.time}.`),
    closing: (formal) => f(formal, 'Kind regards,', 'Best,'),
    emailSubject: (t) => `${t}: the points in writing`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Rather than meet on ${w.date} at ${w.time}, I thought we could settle these points by email.`
          : 'Rather than set up a meeting, I thought we could settle these points by email.'
        : w
          ? `Instead of meeting on ${w.date} at ${w.time}, let's sort these out by email.`
          : "Instead of a meeting, let's sort these out by email.",
    emailAsk: (formal) =>
      f(
        formal,
        'Could you reply to each point when you have a moment? If any of them needs a conversation, we can of course still talk.',
        'Just reply to each point when you get a chance. If something needs a chat, we can still talk.',
      ),
  },
  it: {
    subject: (r, p) => (p === 'week' ? `Riepilogo della settimana (${r})` : `Riepilogo di ${r}`),
    greeting: (n, formal) => f(formal, `Gentile ${n},`, `Ciao ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `Le invio un breve riepilogo dei nostri incontri (${r}).`,
        `Ti mando un breve riepilogo dei nostri incontri (${r}).`,
      ),
    covered: 'Di cosa abbiamo parlato',
    decisions: 'Decisioni',
    mine: () => 'Da parte mia',
    yours: (formal) => f(formal, 'Da parte Sua', 'Da parte tua'),
    open: 'Punti ancora aperti',
    next: (w, formal) =>
      f(formal, `Il prossimo incontro è ${w.date} alle ${w.time}.`, `Ci sentiamo ${w.date} alle ${w.time}.`),
    closing: (formal) => f(formal, 'Cordiali saluti,', 'A presto,'),
    emailSubject: (t) => `${t}: i punti per iscritto`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Invece di incontrarci ${w.date} alle ${w.time}, credo che questi punti si possano chiarire via email.`
          : 'Invece di fissare una riunione, credo che questi punti si possano chiarire via email.'
        : w
          ? `Invece di vederci ${w.date} alle ${w.time}, proviamo a sistemare questi punti via email.`
          : 'Invece di fissare una riunione, proviamo a sistemare questi punti via email.',
    emailAsk: (formal) =>
      f(
        formal,
        'Quando ha un momento, può rispondermi punto per punto? Se qualcosa richiede una conversazione, possiamo comunque sentirci.',
        'Quando hai un momento, rispondimi punto per punto. Se qualcosa va discusso a voce, ci sentiamo comunque.',
      ),
  },
  ro: {
    subject: (r, p) => (p === 'week' ? `Rezumatul săptămânii (${r})` : `Rezumatul lunii ${r}`),
    greeting: (n, formal) => f(formal, `Bună ziua, ${n},`, `Salut, ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `Vă trimit un scurt rezumat al întâlnirilor noastre (${r}).`,
        `Îți trimit un scurt rezumat al întâlnirilor noastre (${r}).`,
      ),
    covered: 'Ce am discutat',
    decisions: 'Decizii',
    mine: () => 'Din partea mea',
    yours: (formal) => f(formal, 'Din partea dumneavoastră', 'Din partea ta'),
    open: 'Puncte încă deschise',
    next: (w, formal) =>
      f(
        formal,
        `Următoarea noastră întâlnire este ${w.date}, la ora ${w.time}.`,
        `Ne auzim ${w.date}, la ora ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Cu stimă,', 'Numai bine,'),
    emailSubject: (t) => `${t}: punctele în scris`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `În loc să ne întâlnim ${w.date}, la ora ${w.time}, cred că putem lămuri aceste puncte prin e-mail.`
          : 'În loc să stabilim o întâlnire, cred că putem lămuri aceste puncte prin e-mail.'
        : w
          ? `În loc să ne vedem ${w.date}, la ora ${w.time}, hai să lămurim aceste puncte prin e-mail.`
          : 'În loc de o întâlnire, hai să lămurim aceste puncte prin e-mail.',
    emailAsk: (formal) =>
      f(
        formal,
        'Când aveți un moment, îmi puteți răspunde la fiecare punct? Dacă vreunul are nevoie de o discuție, putem vorbi oricând.',
        'Când ai un moment, răspunde-mi la fiecare punct. Dacă ceva trebuie discutat, putem vorbi oricând.',
      ),
  },
  ru: {
    subject: (r, p) => (p === 'week' ? `Итоги недели (${r})` : `Итоги месяца: ${r}`),
    greeting: (n, formal) => f(formal, `Здравствуйте, ${n}!`, `Привет, ${n}!`),
    intro: (r, formal) =>
      f(formal, `Направляю вам краткие итоги наших встреч (${r}).`, `Коротко об итогах наших встреч (${r}).`),
    covered: 'Что обсудили',
    decisions: 'Решения',
    mine: () => 'С моей стороны',
    yours: (formal) => f(formal, 'С вашей стороны', 'С твоей стороны'),
    open: 'Открытые вопросы',
    next: (w, formal) =>
      f(formal, `Следующая встреча — ${w.date}, в ${w.time}.`, `Следующий созвон — ${w.date}, в ${w.time}.`),
    closing: (formal) => f(formal, 'С уважением,', 'До связи,'),
    emailSubject: (t) => `${t}: вопросы письменно`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Вместо встречи (${w.date}, ${w.time}) предлагаю решить эти вопросы по почте.`
          : 'Вместо встречи предлагаю решить эти вопросы по почте.'
        : w
          ? `Давай вместо встречи (${w.date}, ${w.time}) решим эти вопросы по почте.`
          : 'Давай вместо встречи решим эти вопросы по почте.',
    emailAsk: (formal) =>
      f(
        formal,
        'Ответьте, пожалуйста, по каждому пункту, когда будет минутка. Если что-то потребует разговора, мы, конечно, созвонимся.',
        'Ответь, пожалуйста, по каждому пункту, когда будет минутка. Если что-то нужно обсудить голосом, созвонимся.',
      ),
  },
  vi: vietnameseNoteWords(null),
  es: {
    subject: (r, p) => (p === 'week' ? `Resumen de la semana (${r})` : `Resumen de ${r}`),
    greeting: (n, formal) => f(formal, `Buenos días, ${n}:`, `Hola, ${n}:`),
    intro: (r, formal) =>
      f(
        formal,
        `Le envío un breve resumen de nuestras reuniones (${r}).`,
        `Te envío un breve resumen de nuestras reuniones (${r}).`,
      ),
    covered: 'Lo que tratamos',
    decisions: 'Decisiones',
    mine: () => 'Por mi parte',
    yours: (formal) => f(formal, 'Por su parte', 'Por tu parte'),
    open: 'Temas pendientes',
    next: (w, formal) =>
      f(
        formal,
        `Nuestra próxima reunión será el ${w.date}, a las ${w.time}.`,
        `Hablamos el ${w.date}, a las ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Un cordial saludo,', 'Un abrazo,'),
    emailSubject: (t) => `${t}: los puntos por escrito`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `En lugar de reunirnos el ${w.date}, a las ${w.time}, creo que podemos resolver estos puntos por correo.`
          : 'En lugar de convocar una reunión, creo que podemos resolver estos puntos por correo.'
        : w
          ? `En vez de vernos el ${w.date}, a las ${w.time}, podemos resolver estos puntos por correo.`
          : 'En vez de reunirnos, podemos resolver estos puntos por correo.',
    emailAsk: (formal) =>
      f(
        formal,
        'Cuando tenga un momento, ¿podría responderme punto por punto? Si alguno requiere una conversación, por supuesto podemos hablarlo.',
        'Cuando puedas, respóndeme punto por punto. Si algo necesita una charla, lo hablamos.',
      ),
  },
  de: {
    subject: (r, p) => (p === 'week' ? `Wochenrückblick (${r})` : `Monatsrückblick ${r}`),
    greeting: (n, formal) => f(formal, `Guten Tag ${n},`, `Hallo ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `anbei eine kurze Zusammenfassung unserer Termine (${r}).`,
        `hier eine kurze Zusammenfassung unserer Termine (${r}).`,
      ),
    covered: 'Was wir besprochen haben',
    decisions: 'Entscheidungen',
    mine: () => 'Von meiner Seite',
    yours: (formal) => f(formal, 'Von Ihrer Seite', 'Von deiner Seite'),
    open: 'Noch offen',
    next: (w, formal) =>
      f(
        formal,
        `Unser nächster Termin ist am ${w.date} um ${w.time} Uhr.`,
        `Wir sprechen uns am ${w.date} um ${w.time} Uhr.`,
      ),
    // German letters close without a comma.
    closing: (formal) => f(formal, 'Mit freundlichen Grüßen', 'Viele Grüße'),
    emailSubject: (t) => `${t}: die Punkte schriftlich`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `statt uns am ${w.date} um ${w.time} Uhr zu treffen, lassen sich diese Punkte vielleicht auch per E-Mail klären.`
          : 'statt eines Termins lassen sich diese Punkte vielleicht auch per E-Mail klären.'
        : w
          ? `statt uns am ${w.date} um ${w.time} Uhr zu treffen, können wir diese Punkte auch per E-Mail klären.`
          : 'statt eines Termins können wir diese Punkte auch per E-Mail klären.',
    emailAsk: (formal) =>
      f(
        formal,
        'Könnten Sie mir kurz zu jedem Punkt antworten, wenn Sie einen Moment Zeit haben? Falls etwas ein Gespräch braucht, können wir natürlich trotzdem telefonieren.',
        'Antworte mir einfach kurz zu jedem Punkt, wenn du Zeit hast. Falls wir etwas besprechen müssen, telefonieren wir trotzdem.',
      ),
  },
  fr: {
    subject: (r, p) => (p === 'week' ? `Récapitulatif de la semaine (${r})` : `Récapitulatif de ${r}`),
    greeting: (n, formal) => f(formal, `Bonjour ${n},`, `Salut ${n},`),
    intro: (r, formal) =>
      f(
        formal,
        `Voici un bref récapitulatif de nos échanges (${r}).`,
        `Voici un petit récap de nos échanges (${r}).`,
      ),
    covered: 'Ce que nous avons abordé',
    decisions: 'Décisions',
    mine: () => 'De mon côté',
    yours: (formal) => f(formal, 'De votre côté', 'De ton côté'),
    open: 'Points en suspens',
    next: (w, formal) =>
      f(
        formal,
        `Notre prochain rendez-vous est prévu le ${w.date} à ${w.time}.`,
        `On se parle le ${w.date} à ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Bien cordialement,', 'À bientôt,'),
    emailSubject: (t) => `${t} : les points par écrit`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Plutôt que de nous réunir le ${w.date} à ${w.time}, je pense que ces points peuvent se régler par e-mail.`
          : 'Plutôt que d’organiser une réunion, je pense que ces points peuvent se régler par e-mail.'
        : w
          ? `Plutôt que de se voir le ${w.date} à ${w.time}, on peut régler ces points par e-mail.`
          : 'Plutôt qu’une réunion, on peut régler ces points par e-mail.',
    emailAsk: (formal) =>
      f(
        formal,
        'Pourriez-vous me répondre point par point quand vous aurez un moment ? Si l’un d’eux demande une discussion, nous pourrons bien sûr en parler.',
        'Réponds-moi point par point quand tu as un moment. Si quelque chose mérite qu’on en parle, on s’appelle.',
      ),
  },
};

/** Words that mark a line of notes as a decision ("Decision: …", "Beschlossen: …"), in every language. */
export const DECISION_WORDS = [
  'decision',
  'decided',
  'agreed',
  'decisione',
  'deciso',
  'concordato',
  'decizie',
  'decis',
  'convenit',
  'решение',
  'решили',
  'договорились',
  'quyết định',
  'thống nhất',
  'decisión',
  'decidido',
  'acordado',
  'entscheidung',
  'beschlossen',
  'vereinbart',
  'décision',
  'décidé',
  'convenu',
];

/** How people write "me" before a follow-up ("Me: send the quote"), in every language. */
export const ME_WORDS = ['me', 'i', 'myself', 'io', 'eu', 'я', 'tôi', 'mình', 'yo', 'ich', 'moi'];
