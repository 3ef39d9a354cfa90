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
  },
};
