import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../store/selectors';
import { CapCounter } from './CapCounter';

/** What is on now and what comes next: markup over the view's header. Changes only with the meeting. */
export function MeetingHeader({ aside }: { aside?: ReactNode }) {
  const { t } = useTranslation();
  const header = useView((v) => v.header);
  if (!header) return null;
  const title = header.title ?? t('overlay.chatAtEnd');
  const next = header.next && (header.next.kind === 'item' ? header.next.title : t('overlay.chatAtEnd'));
  return (
    <header className="overlay__header">
      <div className="overlay__title-row">
        <h1 className="overlay__title" title={title}>
          {title}
        </h1>
        {header.position && (
          <span className="overlay__position muted tabular">
            {t('overlay.position', { n: header.position.n, total: header.position.total })}
          </span>
        )}
        {aside}
      </div>
      <div className="overlay__sub">
        <CapCounter />
        {next && (
          <span className="overlay__next muted" title={next}>
            {t('overlay.next', { title: next })}
          </span>
        )}
      </div>
    </header>
  );
}
