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
  /** `person`: the name is a person's ("Giulia"); else a company's, greeted as one. */
  greeting(name: string, formal: boolean, person: boolean): string;
  /** `many`: written to a company, whose people read it (the plural "you" where the language has one). */
  intro(range: string, formal: boolean, many: boolean): string;
  covered: string;
  decisions: string;
  mine(formal: boolean): string;
  yours(formal: boolean, many: boolean): string;
  open: string;
  next(when: When, formal: boolean, many: boolean): string;
  closing(formal: boolean): string;
  emailSubject(title: string): string;
  emailIntro(when: When | null, formal: boolean, many: boolean): string;
  emailAsk(formal: boolean, many: boolean): string;
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
  const group = (one: string) => (one === 'bạn' ? 'các bạn' : one === 'em' ? 'các em' : 'các anh chị');
  return {
    subject: (r, p) => (p === 'week' ? `Tóm tắt công việc tuần ${r}` : `Tóm tắt công việc ${r}`),
    greeting: (n, formal, person) =>
      !person
        ? // A company is written to through its people, as the body speaks to them ("các anh chị", "các bạn").
          f(formal, `Kính gửi ${group(you(true))} ${n},`, `Chào ${group(you(false))} bên ${n},`)
        : pair?.voc
          ? f(formal, `Kính gửi ${pair.voc.replace('{name}', n)},`, `Chào ${pair.voc.replace('{name}', n)},`)
          : f(
              formal,
              pair ? `Kính gửi ${n},` : `Kính gửi anh/chị ${n},`,
              pair ? `Chào ${n},` : `Chào anh/chị ${n},`,
            ),
    intro: (r, formal, many) => {
      const to = many ? group(you(formal)) : you(formal);
      return f(
        formal,
        `${cap(me(formal))} xin gửi ${to} bản tóm tắt ngắn các buổi làm việc vừa qua (${r}).`,
        `${cap(me(formal))} gửi ${to} tóm tắt ngắn các buổi trao đổi vừa qua (${r}).`,
      );
    },
    covered: 'Những nội dung đã trao đổi',
    decisions: 'Những điều đã thống nhất',
    mine: (formal) => `Việc ${me(formal)} sẽ làm`,
    yours: (formal, many) => `Việc nhờ ${many ? group(you(formal)) : you(formal)}`,
    open: 'Các việc khác cần làm',
    next: (w, formal, many) =>
      f(
        formal,
        `Buổi họp tiếp theo của chúng ta sẽ diễn ra lúc ${w.time}, ${w.date}.`,
        `${cap(me(formal))} hẹn ${many ? group(you(formal)) : you(formal)} lúc ${w.time}, ${w.date} nhé.`,
      ),
    closing: (formal) => f(formal, 'Trân trọng,', 'Thân,'),
    emailSubject: (t) => `${t}: trao đổi qua email`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Thay vì họp lúc ${w.time}, ${w.date}, ${me(formal)} nghĩ chúng ta có thể trao đổi các nội dung dưới đây qua email.`
          : `Thay vì họp, ${me(formal)} nghĩ chúng ta có thể trao đổi các nội dung dưới đây qua email.`
        : w
          ? `Thay vì gặp nhau lúc ${w.time}, ${w.date}, mình trao đổi các nội dung dưới đây qua email nhé.`
          : 'Thay vì họp, mình trao đổi các nội dung dưới đây qua email nhé.',
    emailAsk: (formal, many) =>
      f(
        formal,
        `Khi có thời gian, mong ${many ? group(you(formal)) : you(formal)} phản hồi giúp ${me(formal)} từng mục. Nếu có nội dung cần trao đổi trực tiếp, chúng ta vẫn có thể gọi điện thêm.`,
        `Khi nào tiện, ${many ? group(you(formal)) : you(formal)} phản hồi giúp ${me(formal)} từng mục nhé. Có gì cần nói trực tiếp thì mình gọi cho nhau sau.`,
      ),
  };
}

export const NOTE_WORDS: Record<Locale, NoteWords> = {
  en: {
    subject: (r, p) => (p === 'week' ? `Summary of our week (${r})` : `Summary of ${r}`),
    greeting: (n, formal, person) =>
      person ? f(formal, `Dear ${n},`, `Hi ${n},`) : f(formal, `Dear ${n} team,`, `Hi ${n} team,`),
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
    greeting: (n, formal, person) =>
      person ? f(formal, `Gentile ${n},`, `Ciao ${n},`) : f(formal, 'Buongiorno,', 'Ciao a tutti,'),
    intro: (r, formal, many) =>
      many
        ? f(
            formal,
            `Vi invio un breve riepilogo dei nostri incontri (${r}).`,
            `Vi mando un breve riepilogo dei nostri incontri (${r}).`,
          )
        : f(
            formal,
            `Le invio un breve riepilogo dei nostri incontri (${r}).`,
            `Ti mando un breve riepilogo dei nostri incontri (${r}).`,
          ),
    covered: 'Argomenti trattati',
    decisions: 'Decisioni prese',
    mine: () => 'Da parte mia',
    yours: (formal, many) => (many ? 'Da parte vostra' : f(formal, 'Da parte Sua', 'Da parte tua')),
    open: 'Punti ancora aperti',
    next: (w, formal) =>
      f(
        formal,
        `Il nostro prossimo incontro è fissato per ${w.date} alle ${w.time}.`,
        `Ci sentiamo ${w.date} alle ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Cordiali saluti,', 'A presto,'),
    emailSubject: (t) => `${t}: punti da chiarire via email`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `Invece di incontrarci ${w.date} alle ${w.time}, credo che questi punti si possano chiarire via email.`
          : 'Invece di fissare una riunione, credo che questi punti si possano chiarire via email.'
        : w
          ? `Invece di vederci ${w.date} alle ${w.time}, proviamo a sistemare questi punti via email.`
          : 'Invece di fissare una riunione, proviamo a sistemare questi punti via email.',
    emailAsk: (formal, many) =>
      many
        ? f(
            formal,
            'Quando avrete un momento, potreste rispondermi punto per punto? Se qualche punto richiede un confronto a voce, naturalmente possiamo sentirci.',
            'Quando avete un attimo, mi rispondete punto per punto? Se c’è qualcosa da discutere a voce, facciamo una chiamata veloce.',
          )
        : f(
            formal,
            'Quando ha un momento, potrebbe rispondermi punto per punto? Se qualche punto va discusso a voce, possiamo naturalmente sentirci.',
            'Quando hai un momento, rispondimi punto per punto. Se c’è qualcosa da discutere a voce, ci sentiamo.',
          ),
  },
  ro: {
    subject: (r, p) => (p === 'week' ? `Rezumatul săptămânii (${r})` : `Rezumatul lunii ${r}`),
    greeting: (n, formal, person) =>
      person ? f(formal, `Bună ziua, ${n},`, `Salut, ${n},`) : f(formal, 'Bună ziua,', 'Bună tuturor,'),
    intro: (r, formal, many) =>
      f(
        formal || many,
        `Vă trimit un scurt rezumat al întâlnirilor noastre (${r}).`,
        `Îți trimit un scurt rezumat al întâlnirilor noastre (${r}).`,
      ),
    covered: 'Ce am discutat',
    decisions: 'Decizii',
    mine: () => 'Din partea mea',
    yours: (formal, many) =>
      f(formal, 'Din partea dumneavoastră', many ? 'Din partea voastră' : 'Din partea ta'),
    open: 'Puncte rămase deschise',
    next: (w, formal) =>
      f(
        formal,
        `Următoarea noastră întâlnire va avea loc ${w.date}, la ora ${w.time}.`,
        `Ne auzim ${w.date}, la ora ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Cu stimă,', 'Numai bine,'),
    emailSubject: (t) => `${t} – de lămurit prin e-mail`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `În loc să ne întâlnim ${w.date}, la ora ${w.time}, cred că am putea lămuri prin e-mail punctele de mai jos.`
          : 'În loc să stabilim o întâlnire, cred că am putea lămuri prin e-mail punctele de mai jos.'
        : w
          ? `În loc să ne vedem ${w.date}, la ora ${w.time}, hai să lămurim prin e-mail punctele de mai jos.`
          : 'În loc de o întâlnire, hai să lămurim prin e-mail punctele de mai jos.',
    emailAsk: (formal, many) =>
      f(
        formal,
        'Când aveți un moment, îmi puteți răspunde punct cu punct? Dacă vreunul trebuie discutat mai pe larg, putem, desigur, stabili și o discuție.',
        many
          ? 'Când aveți un moment, îmi răspundeți, vă rog, punct cu punct? Dacă e ceva de discutat mai pe larg, ne putem auzi și la telefon.'
          : 'Când ai un moment, răspunde-mi punct cu punct. Dacă ceva trebuie discutat, ne putem auzi și la telefon.',
      ),
  },
  ru: {
    subject: (r, p) => (p === 'week' ? `Итоги недели (${r})` : `Итоги за ${r}`),
    greeting: (n, formal, person) =>
      person ? f(formal, `Здравствуйте, ${n}!`, `Привет, ${n}!`) : f(formal, 'Добрый день!', 'Всем привет!'),
    intro: (r, formal) =>
      f(
        formal,
        `Направляю вам краткие итоги наших встреч (${r}).`,
        `Коротко подвожу итоги наших встреч (${r}).`,
      ),
    covered: 'Что обсудили',
    decisions: 'Решения',
    mine: () => 'С моей стороны',
    yours: (formal, many) => f(formal || many, 'С вашей стороны', 'С твоей стороны'),
    open: 'Открытые вопросы',
    next: (w, formal) =>
      f(formal, `Следующая встреча — ${w.date}, в ${w.time}.`, `Следующий созвон — ${w.date}, в ${w.time}.`),
    closing: (formal) => f(formal, 'С уважением,', 'До связи,'),
    emailSubject: (t) => `${t}: обсудим по почте?`,
    emailIntro: (w, formal, many) =>
      formal
        ? w
          ? `Предлагаю вместо встречи (${w.date}, ${w.time}) решить следующие вопросы в переписке:`
          : 'Предлагаю вместо встречи решить следующие вопросы в переписке:'
        : w
          ? `${many ? 'Давайте' : 'Давай'} вместо встречи (${w.date}, ${w.time}) решим по почте вот эти вопросы:`
          : `${many ? 'Давайте' : 'Давай'} вместо встречи решим по почте вот эти вопросы:`,
    emailAsk: (formal, many) =>
      f(
        formal,
        'Ответьте, пожалуйста, по каждому пункту, когда будет возможность. Если какой-либо вопрос потребует обсуждения, мы, конечно, созвонимся.',
        `${many ? 'Ответьте' : 'Ответь'}, пожалуйста, по каждому пункту, когда будет минутка. Если что-то проще обсудить голосом, созвонимся.`,
      ),
  },
  vi: vietnameseNoteWords(null),
  es: {
    subject: (r, p) => (p === 'week' ? `Resumen de la semana (${r})` : `Resumen de ${r}`),
    greeting: (n, formal, person) =>
      person ? f(formal, `Buenos días, ${n}:`, `Hola, ${n}:`) : f(formal, 'Buenos días:', 'Hola:'),
    intro: (r, formal, many) =>
      many
        ? f(
            formal,
            `Les envío un breve resumen de nuestras reuniones (${r}).`,
            `Les mando un resumen rápido de nuestras reuniones (${r}).`,
          )
        : f(
            formal,
            `Le envío un breve resumen de nuestras reuniones (${r}).`,
            `Te mando un resumen rápido de nuestras reuniones (${r}).`,
          ),
    covered: 'Lo que tratamos',
    decisions: 'Decisiones',
    mine: () => 'Por mi parte',
    // "Su" is also the plural's (ustedes), which a company's people are, formal or not.
    yours: (formal, many) => f(formal || many, 'Por su parte', 'Por tu parte'),
    open: 'Temas pendientes',
    next: (w, formal) =>
      f(
        formal,
        `Nuestra próxima reunión será el ${w.date}, a las ${w.time}.`,
        `Hablamos el ${w.date}, a las ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Un cordial saludo.', 'Un saludo.'),
    emailSubject: (t) => `${t}: los puntos por escrito`,
    emailIntro: (w, formal, many) => {
      const le = many ? 'les' : 'le';
      const te = many ? 'les' : 'te';
      return formal
        ? w
          ? `En lugar de reunirnos el ${w.date}, a las ${w.time}, ${le} propongo que resolvamos estos puntos por correo.`
          : `En lugar de convocar una reunión, ${le} propongo que resolvamos estos puntos por correo.`
        : w
          ? `En vez de reunirnos el ${w.date}, a las ${w.time}, ¿qué ${te} parece si resolvemos estos puntos por correo?`
          : `En vez de reunirnos, ¿qué ${te} parece si resolvemos estos puntos por correo?`;
    },
    emailAsk: (formal, many) =>
      many
        ? f(
            formal,
            'Cuando tengan un momento, ¿podrían responderme punto por punto? Si prefieren tratar alguno de palabra, por supuesto lo hablamos.',
            'Cuando puedan, ¿me responden punto por punto? Si hay algo que prefieran comentar de palabra, lo hablamos.',
          )
        : f(
            formal,
            'Cuando tenga un momento, ¿podría responderme punto por punto? Si alguno requiere una conversación, por supuesto podemos hablarlo.',
            'Cuando puedas, respóndeme punto por punto. Si hay algo que prefieras comentar de palabra, lo hablamos.',
          ),
  },
  de: {
    subject: (r, p) => (p === 'week' ? `Wochenrückblick (${r})` : `Monatsrückblick ${r}`),
    greeting: (n, formal, person) =>
      person
        ? f(formal, `Guten Tag, ${n},`, `Hallo ${n},`)
        : f(formal, 'Sehr geehrte Damen und Herren,', 'Hallo zusammen,'),
    intro: (r, formal) =>
      f(
        formal,
        `im Folgenden finden Sie eine kurze Zusammenfassung unserer Gespräche (${r}).`,
        `hier eine kurze Zusammenfassung unserer Gespräche (${r}).`,
      ),
    covered: 'Was wir besprochen haben',
    decisions: 'Entscheidungen',
    mine: () => 'Von meiner Seite',
    yours: (formal, many) => f(formal, 'Von Ihrer Seite', many ? 'Von eurer Seite' : 'Von deiner Seite'),
    open: 'Noch offen',
    next: (w, formal) =>
      f(
        formal,
        `Unser nächster Termin ist am ${w.date} um ${w.time} Uhr.`,
        `Wir sprechen uns am ${w.date} um ${w.time} Uhr.`,
      ),
    // German letters close without a comma.
    closing: (formal) => f(formal, 'Mit freundlichen Grüßen', 'Viele Grüße'),
    emailSubject: (t) => `${t}: per E-Mail statt Termin`,
    emailIntro: (w, formal) =>
      formal
        ? w
          ? `statt unseres Termins am ${w.date} um ${w.time} Uhr könnten wir die folgenden Punkte vielleicht auch per E-Mail klären.`
          : 'die folgenden Punkte könnten wir vielleicht auch ohne Termin per E-Mail klären.'
        : w
          ? `statt unseres Termins am ${w.date} um ${w.time} Uhr können wir die folgenden Punkte auch einfach per E-Mail klären.`
          : 'die folgenden Punkte können wir auch ohne Termin per E-Mail klären.',
    emailAsk: (formal, many) =>
      f(
        formal,
        'Könnten Sie mir, wenn Sie einen Moment Zeit haben, kurz zu jedem Punkt eine Rückmeldung geben? Falls sich etwas besser im Gespräch klären lässt, telefonieren wir natürlich gern.',
        many
          ? 'Gebt mir einfach kurz zu jedem Punkt Bescheid, wenn ihr Zeit habt. Falls sich etwas besser im Gespräch klären lässt, können wir auch gern telefonieren.'
          : 'Gib mir einfach kurz zu jedem Punkt Bescheid, wenn du Zeit hast. Falls sich etwas besser im Gespräch klären lässt, können wir auch gern telefonieren.',
      ),
  },
  fr: {
    subject: (r, p) => (p === 'week' ? `Récapitulatif de la semaine (${r})` : `Récapitulatif de ${r}`),
    greeting: (n, formal, person) =>
      person ? f(formal, `Bonjour ${n},`, `Salut ${n},`) : f(formal, 'Bonjour,', 'Bonjour à toute l’équipe,'),
    intro: (r, formal) =>
      f(
        formal,
        `Voici un bref récapitulatif de nos échanges (${r}).`,
        `Voici un petit récap de nos échanges (${r}).`,
      ),
    covered: 'Sujets abordés',
    decisions: 'Décisions',
    mine: () => 'De mon côté',
    yours: (formal, many) => f(formal || many, 'De votre côté', 'De ton côté'),
    open: 'Points en suspens',
    next: (w, formal) =>
      f(
        formal,
        `Notre prochain rendez-vous est prévu le ${w.date} à ${w.time}.`,
        `On se parle le ${w.date} à ${w.time}.`,
      ),
    closing: (formal) => f(formal, 'Bien cordialement,', 'À bientôt,'),
    emailSubject: (t) => `${t} : points à régler par e-mail`,
    emailIntro: (w, formal, many) =>
      formal
        ? w
          ? `Plutôt que de nous réunir le ${w.date} à ${w.time}, je vous propose de régler les points suivants par e-mail\u00a0:`
          : 'Plutôt que d’organiser une réunion, je vous propose de régler les points suivants par e-mail\u00a0:'
        : w
          ? `Plutôt que de se réunir le ${w.date} à ${w.time}, je ${many ? 'vous' : 'te'} propose qu’on règle les points suivants par e-mail\u00a0:`
          : `Plutôt que de faire une réunion, je ${many ? 'vous' : 'te'} propose qu’on règle les points suivants par e-mail\u00a0:`,
    emailAsk: (formal, many) =>
      f(
        formal,
        'Pourriez-vous me répondre point par point quand vous aurez un moment\u00a0? Si l’un d’eux mérite d’être discuté, nous pourrons bien sûr en parler de vive voix.',
        many
          ? 'Vous pourriez me répondre point par point quand vous aurez un moment\u00a0? Si un point mérite qu’on en parle, on pourra toujours s’appeler.'
          : 'Tu peux me répondre point par point quand tu as un moment\u00a0? Si un point mérite qu’on en parle, on s’appelle.',
      ),
  },
};

/** Words that mark a line of notes as a decision ("Decision: …", "Beschlossen: …"), in every language. */
export const DECISION_WORDS = [
  'am decis',
  'am stabilit',
  'hotărât',
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
export const ME_WORDS = [
  'me',
  'i',
  'myself',
  'io',
  'eu',
  'я',
  'tôi',
  'mình',
  'em',
  'cháu',
  'yo',
  'ich',
  'moi',
];
