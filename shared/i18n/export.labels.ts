import type { Locale } from '../phrases/phrase.types';

/** Words the host writes into exports (the Markdown summary, time-tracker descriptions). */
export interface ExportLabels {
  length: string;
  planned: string;
  item: string;
  plannedCol: string;
  actualCol: string;
  followUps: string;
  notes: string;
  offTopic: string;
  chat: string;
  notCovered: string;
  /** The task (Clockify, solidtime) or activity (Kimai) of time spent on the agenda. */
  meeting: string;
  /** Kimai needs a customer for every project: the one for meetings without a client. */
  noClient: string;
  /** Who spoke how much: the heading, and its table's columns. */
  airtime: string;
  person: string;
  /** As the floor was given during the meeting. */
  timed: string;
  share: string;
  turns: string;
  longest: string;
  /** In the meeting and never given the floor. */
  silent: string;
  /** As the call's transcript recorded it. */
  transcript: string;
  /** Speech the transcript gave no name to. */
  unnamed: string;
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  en: {
    length: 'Length',
    planned: 'planned',
    item: 'Item',
    plannedCol: 'Planned',
    actualCol: 'Actual',
    followUps: 'Follow-ups',
    notes: 'Notes',
    offTopic: 'Off-topic',
    chat: 'Chat at the end',
    notCovered: 'not covered',
    meeting: 'Meeting',
    noClient: 'No client',
    airtime: 'Speaking time',
    person: 'Person',
    timed: 'Timed in the meeting',
    share: 'Share',
    turns: 'Turns',
    longest: 'Longest turn',
    silent: 'Never given the floor',
    transcript: 'From the transcript',
    unnamed: 'Not named in the transcript',
  },
  it: {
    length: 'Durata',
    planned: 'previsti',
    item: 'Punto',
    plannedCol: 'Previsto',
    actualCol: 'Effettivo',
    followUps: 'Impegni presi',
    notes: 'Note',
    offTopic: 'Fuori tema',
    chat: 'Chiacchiere finali',
    notCovered: 'non trattato',
    meeting: 'Riunione',
    noClient: 'Senza cliente',
    airtime: 'Tempo di parola',
    person: 'Persona',
    timed: 'Cronometrato in riunione',
    share: 'Quota',
    turns: 'Interventi',
    longest: 'Intervento più lungo',
    silent: 'Nessun intervento',
    transcript: 'Secondo la trascrizione',
    unnamed: 'Senza nome nella trascrizione',
  },
  ro: {
    length: 'Durată',
    planned: 'planificat',
    item: 'Punct',
    plannedCol: 'Planificat',
    actualCol: 'Efectiv',
    followUps: 'De urmărit',
    notes: 'Note',
    offTopic: 'În afara subiectului',
    chat: 'Discuție liberă la final',
    notCovered: 'neabordat',
    meeting: 'Ședință',
    noClient: 'Fără client',
    airtime: 'Timp de vorbire',
    person: 'Persoană',
    timed: 'Cronometrat',
    share: 'Pondere',
    turns: 'Intervenții',
    longest: 'Cea mai lungă intervenție',
    silent: 'Fără nicio intervenție',
    transcript: 'Din transcriere',
    unnamed: 'Fără nume în transcriere',
  },
  ru: {
    length: 'Длительность',
    planned: 'по плану',
    item: 'Пункт',
    plannedCol: 'План',
    actualCol: 'Факт',
    followUps: 'Договорённости',
    notes: 'Заметки',
    offTopic: 'Не по теме',
    chat: 'Беседа в конце',
    notCovered: 'не обсуждали',
    meeting: 'Встреча',
    noClient: 'Без клиента',
    airtime: 'Время выступлений',
    person: 'Участник',
    timed: 'Засечено на встрече',
    share: 'Доля',
    turns: 'Выступления',
    longest: 'Самое долгое выступление',
    silent: 'Так и не получили слова',
    transcript: 'По расшифровке',
    unnamed: 'Без имени в расшифровке',
  },
  vi: {
    length: 'Thời lượng',
    planned: 'dự kiến',
    item: 'Mục',
    plannedCol: 'Dự kiến',
    actualCol: 'Thực tế',
    followUps: 'Việc cần làm tiếp',
    notes: 'Ghi chú',
    offTopic: 'Lạc đề',
    chat: 'Trò chuyện cuối buổi',
    notCovered: 'chưa bàn đến',
    meeting: 'Cuộc họp',
    noClient: 'Không có khách hàng',
    airtime: 'Thời lượng phát biểu',
    person: 'Người',
    timed: 'Bấm giờ',
    share: 'Tỷ lệ',
    turns: 'Số lượt',
    longest: 'Lượt dài nhất',
    silent: 'Chưa được mời phát biểu',
    transcript: 'Theo bản chép lời',
    unnamed: 'Không có tên trong bản chép lời',
  },
  es: {
    length: 'Duración',
    planned: 'previsto',
    item: 'Punto',
    plannedCol: 'Previsto',
    actualCol: 'Real',
    followUps: 'Compromisos',
    notes: 'Notas',
    offTopic: 'Fuera de tema',
    chat: 'Charla al final',
    notCovered: 'no tratado',
    meeting: 'Reunión',
    noClient: 'Sin cliente',
    airtime: 'Tiempo de palabra',
    person: 'Persona',
    timed: 'Cronometrado',
    share: 'Proporción',
    turns: 'Turnos',
    longest: 'Turno más largo',
    silent: 'Sin turno de palabra',
    transcript: 'Según la transcripción',
    unnamed: 'Sin nombre en la transcripción',
  },
  de: {
    length: 'Dauer',
    planned: 'geplant',
    item: 'Punkt',
    plannedCol: 'Geplant',
    actualCol: 'Tatsächlich',
    followUps: 'Vereinbarte nächste Schritte',
    notes: 'Notizen',
    offTopic: 'Abschweifung',
    chat: 'Plausch am Ende',
    notCovered: 'nicht behandelt',
    meeting: 'Besprechung',
    noClient: 'Ohne Kunde',
    airtime: 'Redezeit',
    person: 'Person',
    timed: 'Gemessen',
    share: 'Anteil',
    turns: 'Redebeiträge',
    longest: 'Längster Redebeitrag',
    silent: 'Nie zu Wort gekommen',
    transcript: 'Laut Transkript',
    unnamed: 'Ohne Namen im Transkript',
  },
  fr: {
    length: 'Durée',
    planned: 'prévu',
    item: 'Point',
    plannedCol: 'Prévu',
    actualCol: 'Réel',
    followUps: 'Suites à donner',
    notes: 'Notes',
    offTopic: 'Hors sujet',
    chat: 'Discussion libre à la fin',
    notCovered: 'non abordé',
    meeting: 'Réunion',
    noClient: 'Sans client',
    airtime: 'Temps de parole',
    person: 'Personne',
    timed: 'Chronométré en réunion',
    share: 'Part',
    turns: 'Prises de parole',
    longest: 'Plus longue prise de parole',
    silent: 'Sans prise de parole',
    transcript: 'D’après la transcription',
    unnamed: 'Sans nom dans la transcription',
  },
};
