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
    offTopicOff: 'Di nuovo in tema',
    pause: 'Pausa',
    resume: 'Riprendi',
    end: 'Termina la riunione',
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
    start: 'Pornește',
    next: 'Punctul următor',
    offTopicOn: 'În afara subiectului',
    offTopicOff: 'Înapoi la subiect',
    pause: 'Pauză',
    resume: 'Reia',
    end: 'Încheie ședința',
    undo: 'Anulează',
    showOverlay: 'Arată panoul',
    hideOverlay: 'Ascunde panoul',
    dashboard: 'Deschide Tactful',
    settings: 'Setări…',
    quit: 'Închide Tactful',
    meeting: 'Ședință',
    noMeeting: 'Nicio ședință deschisă',
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
    end: 'Kết thúc cuộc họp',
    undo: 'Hoàn tác',
    showOverlay: 'Hiện bảng nổi',
    hideOverlay: 'Ẩn bảng nổi',
    dashboard: 'Mở Tactful',
    settings: 'Cài đặt…',
    quit: 'Thoát Tactful',
    meeting: 'Cuộc họp',
    noMeeting: 'Chưa có cuộc họp nào',
  },
  es: {
    start: 'Empezar',
    next: 'Siguiente punto',
    offTopicOn: 'Fuera de tema',
    offTopicOff: 'Volver al tema',
    pause: 'Pausa',
    resume: 'Reanudar',
    end: 'Terminar la reunión',
    undo: 'Deshacer',
    showOverlay: 'Mostrar el panel',
    hideOverlay: 'Ocultar el panel',
    dashboard: 'Abrir Tactful',
    settings: 'Ajustes…',
    quit: 'Salir de Tactful',
    meeting: 'Reunión',
    noMeeting: 'No hay ninguna reunión abierta',
  },
  de: {
    start: 'Starten',
    next: 'Nächster Punkt',
    offTopicOn: 'Off-Topic',
    offTopicOff: 'Zurück zum Thema',
    pause: 'Pause',
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
    offTopicOff: 'Retour au sujet',
    pause: 'Pause',
    resume: 'Reprendre',
    end: 'Terminer la réunion',
    undo: 'Annuler',
    showOverlay: 'Afficher le panneau',
    hideOverlay: 'Masquer le panneau',
    dashboard: 'Ouvrir Tactful',
    settings: 'Réglages…',
    quit: 'Quitter Tactful',
    meeting: 'Réunion',
    noMeeting: 'Aucune réunion ouverte',
  },
};
