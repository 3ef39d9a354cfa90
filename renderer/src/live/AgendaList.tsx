import { useTranslation } from 'react-i18next';
import { readClock, type Clocked } from '../../../shared/meeting/meeting.clocked';
import type { AgendaRow } from '../../../shared/meeting/meeting.view';
import { elapsed, humanDuration } from '../format/time';
import { useNow, useView } from '../store/selectors';

/** The one ticking row: the current item's time so far. */
function CurrentElapsed({ spent }: { spent: Clocked }) {
  const now = useNow();
  return <span className="tabular">{elapsed(readClock(spent, now))}</span>;
}

/** An item's budget; after a rebalance, with the one it had before. */
function Budget({ sec, fromSec, compact }: { sec: number; fromSec: number | null; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const d = (s: number) => humanDuration(s * 1000, i18n.language);
  if (fromSec === null || fromSec === sec) return <>{d(sec)}</>;
  return (
    <span className="is-rebalanced" title={t('overlay.rebalancedFrom', { from: d(fromSec) })}>
      {!compact && <s>{d(fromSec)}</s>}
      {!compact && ' '}
      {d(sec)}
    </span>
  );
}

function Row({ row, compact }: { row: AgendaRow; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <li
      className={`agenda-list__row is-${row.state}`}
      aria-current={row.state === 'current' ? 'step' : undefined}
    >
      <span className="agenda-list__title" title={row.title}>
        {row.title}
      </span>
      <span className="agenda-list__time muted tabular">
        {row.state === 'current' ? (
          <CurrentElapsed spent={row.spent} />
        ) : row.state === 'done' ? (
          <span className={row.over ? 'text-red' : undefined}>{elapsed(row.spent.ms)}</span>
        ) : row.state === 'deferred' ? (
          t('overlay.deferred')
        ) : null}
        {' / '}
        <Budget sec={row.budgetSec} fromSec={row.fromSec} compact={compact} />
      </span>
    </li>
  );
}

/** The agenda with where the meeting stands: markup over the view's rows; only the current one ticks. */
export function AgendaList({ compact }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const list = useView((v) => ({ agenda: v.agenda, chatRow: v.chatRow }));
  if (!list) return null;
  return (
    <ol className={`agenda-list${compact ? ' agenda-list--compact' : ''}`} aria-label={t('overlay.agenda')}>
      {list.agenda.map((row) => (
        <Row key={row.id} row={row} compact={compact} />
      ))}
      {list.chatRow && (
        <li className={`agenda-list__row agenda-list__row--chat${list.chatRow.current ? ' is-current' : ''}`}>
          <span className="agenda-list__title">{t('overlay.chatAtEnd')}</span>
          <span className="agenda-list__time muted tabular">
            {humanDuration(list.chatRow.budgetSec * 1000, i18n.language)}
          </span>
        </li>
      )}
    </ol>
  );
}
