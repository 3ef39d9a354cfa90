import { useTranslation } from 'react-i18next';
import { elapsed, humanDuration } from '../format/time';
import { useSession, useView } from '../store/selectors';

/** The one ticking row: the current item's time so far. */
function CurrentElapsed({ id }: { id: string }) {
  const v = useView();
  const item = v?.items.find((i) => i.id === id);
  return <span className="tabular">{item ? elapsed(item.elapsedMs) : ''}</span>;
}

/** An item's budget; after a rebalance, with the one it had before. */
function Budget({ sec, fromSec, compact }: { sec: number; fromSec?: number; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const d = (s: number) => humanDuration(s * 1000, i18n.language);
  if (fromSec === undefined || fromSec === sec) return <>{d(sec)}</>;
  return (
    <span className="is-rebalanced" title={t('overlay.rebalancedFrom', { from: d(fromSec) })}>
      {!compact && <s>{d(fromSec)}</s>}
      {!compact && ' '}
      {d(sec)}
    </span>
  );
}

/** The agenda with where the meeting stands. Rows change with the meeting; only the current one ticks. */
export function AgendaList({ compact }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const s = useSession();
  if (!s) return null;
  return (
    <ol className={`agenda-list${compact ? ' agenda-list--compact' : ''}`} aria-label={t('overlay.agenda')}>
      {s.plan.items.map((item, index) => {
        const current = index === s.position && s.status !== 'ended' && s.status !== 'planned';
        const deferred = s.deferred.includes(item.id);
        const spent = s.itemMs[item.id] ?? 0;
        const done = !current && spent > 0;
        const over = spent > item.budgetSec * 1000;
        return (
          <li
            key={item.id}
            className={`agenda-list__row${current ? ' is-current' : ''}${done ? ' is-done' : ''}${deferred ? ' is-deferred' : ''}`}
            aria-current={current ? 'step' : undefined}
          >
            <span className="agenda-list__title" title={item.title}>
              {item.title}
            </span>
            <span className="agenda-list__time muted tabular">
              {current ? (
                <CurrentElapsed id={item.id} />
              ) : done ? (
                <span className={over ? 'text-red' : undefined}>{elapsed(spent)}</span>
              ) : deferred ? (
                t('overlay.deferred')
              ) : null}
              {' / '}
              <Budget sec={item.budgetSec} fromSec={s.rebalancedFrom[item.id]} compact={compact} />
            </span>
          </li>
        );
      })}
      {s.plan.chatAtEndSec > 0 && (
        <li
          className={`agenda-list__row agenda-list__row--chat${s.position === s.plan.items.length ? ' is-current' : ''}`}
        >
          <span className="agenda-list__title">{t('overlay.chatAtEnd')}</span>
          <span className="agenda-list__time muted tabular">
            {humanDuration(s.plan.chatAtEndSec * 1000, i18n.language)}
          </span>
        </li>
      )}
    </ol>
  );
}
