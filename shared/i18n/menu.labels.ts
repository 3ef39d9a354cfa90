import type { Locale } from '../phrases/phrase.types';

/** Labels for the tray and the app menu, which the main process draws itself. */
export interface MenuLabels {
  start: string;
  next: string;
  offTopicOn: string;
  offTopicOff: string;
  pause: string;
  resume: string;
  end: string;
  undo: string;
  showOverlay: string;
  hideOverlay: string;
  dashboard: string;
  settings: string;
  quit: string;
  meeting: string;
  noMeeting: string;
}

export const MENU_LABELS: Record<Locale, MenuLabels> = {
  en: {
    start: 'Start',
    next: 'Next item',
    offTopicOn: 'Off-topic',
    offTopicOff: 'Back on topic',
    pause: 'Pause',
    resume: 'Resume',
    end: 'End meeting',
    undo: 'Undo',
    showOverlay: 'Show overlay',
    hideOverlay: 'Hide overlay',
    dashboard: 'Open Tactful',
    settings: 'Settings…',
    quit: 'Quit Tactful',
    meeting: 'Meeting',
    noMeeting: 'No meeting open',
  },
  it: {
    start: 'Avvia',
    next: 'Punto successivo',
    offTopicOn: 'Fuori tema',
    offTopicOff: 'Torna in tema',
    pause: 'Pausa',
    resume: 'Riprendi',
    end: 'Termina riunione',
    undo: 'Annulla',
    showOverlay: 'Mostra il pannello',
    hideOverlay: 'Nascondi il pannello',
    dashboard: 'Apri Tactful',
    settings: 'Impostazioni…',
    quit: 'Esci da Tactful',
    meeting: 'Riunione',
    noMeeting: 'Nessuna riunione aperta',
  },
  ro: {
    start: 'Începeți',
    next: 'Punctul următor',
    offTopicOn: 'Digresiune',
    offTopicOff: 'Înapoi la subiect',
    pause: 'Pauză',
    resume: 'Reluați',
    end: 'Încheiați întâlnirea',
    undo: 'Anulați ultima acțiune',
    showOverlay: 'Afișați panoul flotant',
    hideOverlay: 'Ascundeți panoul flotant',
    dashboard: 'Deschideți Tactful',
    settings: 'Setări…',
    quit: 'Închideți Tactful',
    meeting: 'Întâlnire',
    noMeeting: 'Nicio întâlnire deschisă',
  },
  ru: {
    start: 'Начать',
    next: 'Следующий пункт',
    offTopicOn: 'Не по теме',
    offTopicOff: 'Вернуться к теме',
    pause: 'Пауза',
    resume: 'Продолжить',
    end: 'Завершить встречу',
    undo: 'Отменить',
    showOverlay: 'Показать панель',
    hideOverlay: 'Скрыть панель',
    dashboard: 'Открыть Tactful',
    settings: 'Настройки…',
    quit: 'Выйти из Tactful',
    meeting: 'Встреча',
    noMeeting: 'Нет открытой встречи',
  },
  vi: {
    start: 'Bắt đầu',
    next: 'Mục tiếp theo',
    offTopicOn: 'Lạc đề',
    offTopicOff: 'Quay lại chủ đề',
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    end: 'Kết thúc họp',
    undo: 'Hoàn tác',
    showOverlay: 'Hiện cửa sổ nổi',
    hideOverlay: 'Ẩn cửa sổ nổi',
    dashboard: 'Mở Tactful',
    settings: 'Cài đặt…',
    quit: 'Thoát Tactful',
    meeting: 'Cuộc họp',
    noMeeting: 'Chưa có cuộc họp nào đang mở',
  },
  es: {
    start: 'Iniciar',
    next: 'Siguiente punto',
    offTopicOn: 'Fuera de tema',
    offTopicOff: 'Volver al tema',
    pause: 'Pausar',
    resume: 'Reanudar',
    end: 'Terminar reunión',
    undo: 'Deshacer',
    showOverlay: 'Mostrar el panel flotante',
    hideOverlay: 'Ocultar el panel flotante',
    dashboard: 'Abrir Tactful',
    settings: 'Configuración…',
    quit: 'Salir de Tactful',
    meeting: 'Reunión',
    noMeeting: 'No hay ninguna reunión abierta',
  },
  de: {
    start: 'Starten',
    next: 'Nächster Punkt',
    offTopicOn: 'Abschweifung',
    offTopicOff: 'Zurück zum Thema',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    end: 'Meeting beenden',
    undo: 'Rückgängig',
    showOverlay: 'Overlay einblenden',
    hideOverlay: 'Overlay ausblenden',
    dashboard: 'Tactful öffnen',
    settings: 'Einstellungen…',
    quit: 'Tactful beenden',
    meeting: 'Meeting',
    noMeeting: 'Kein Meeting geöffnet',
  },
  fr: {
    start: 'Démarrer',
    next: 'Point suivant',
    offTopicOn: 'Hors sujet',
    offTopicOff: 'Revenir au sujet',
    pause: 'Pause',
    resume: 'Reprendre',
    end: 'Terminer la réunion',
    undo: 'Annuler',
    showOverlay: 'Afficher le panneau flottant',
    hideOverlay: 'Masquer le panneau flottant',
    dashboard: 'Ouvrir Tactful',
    settings: 'Paramètres…',
    quit: 'Quitter Tactful',
    meeting: 'Réunion',
    noMeeting: 'Aucune réunion ouverte',
  },
};
