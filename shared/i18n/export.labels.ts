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
  },
};
