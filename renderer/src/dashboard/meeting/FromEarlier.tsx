import { useTranslation } from 'react-i18next';
import { humanDuration } from '../../format/time';
import { useHostQuery } from '../../hooks/useHostQuery';
import { sendOrToast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { Suggestions } from '../report/Suggestions';
import type { DeferredOffer, DraftItem } from './setup.draft';

/** Open follow-ups from earlier meetings with this client, and what history suggests for this agenda. */
export function FromEarlier({
  carried,
  clientId,
  title,
  items,
  onBudget,
}: {
  /** Deferred items from earlier meetings now at the start of this agenda. */
  carried: DeferredOffer[];
  clientId: string | null;
  title: string;
  items: DraftItem[];
  onBudget: (itemTitle: string, sec: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const titles = items.map((i) => i.title.trim()).filter(Boolean);
  const followUps = useHostQuery(clientId ? { type: 'history.followUps', clientId } : null);
  const suggestions = useHostQuery({ type: 'history.suggest', clientId, title, items: titles });
  const open = followUps.data?.followUps ?? [];
  const advice = suggestions.data?.suggestions ?? [];
  if (open.length === 0 && advice.length === 0 && carried.length === 0) return null;
  const date = (at: number | null) =>
    at === null ? '' : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(at);
  return (
    <section className="card section earlier" aria-labelledby="earlier-h">
      <h2 id="earlier-h">{t('earlier.title')}</h2>
      {carried.length > 0 && (
        <>
          <h3>{t('earlier.carried')}</h3>
          <p className="field__hint">{t('earlier.carriedHint')}</p>
          <ul className="earlier__carried">
            {carried.map((o) => (
              <li key={`${o.meetingId}/${o.item.id}`}>
                {o.item.title}{' '}
                <span className="field__hint">
                  {t('earlier.carriedFrom', { meeting: o.meetingTitle, date: date(o.startedAt) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {open.length > 0 && (
        <>
          <h3>{t('earlier.followUps')}</h3>
          <ul className="followups__list">
            {open.map((f) => (
              <li key={`${f.meetingId}:${f.id}`}>
                <label>
                  <input
                    type="checkbox"
                    onChange={() =>
                      void sendOrToast({
                        type: 'meeting.annotate',
                        meetingId: f.meetingId,
                        command: { type: 'updateFollowUp', id: f.id, done: true },
                      }).then(followUps.reload)
                    }
                  />
                  <span>{f.text}</span>
                </label>
                <span className="field__hint">{date(f.startedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.length > 0 && (
        <>
          <h3>{t('earlier.suggestions')}</h3>
          <Suggestions items={advice} />
          {advice.map((s) =>
            s.kind === 'itemBudget' ? (
              <Button key={s.item} size="sm" onClick={() => onBudget(s.item, s.suggestedSec)}>
                {t('earlier.useBudget', {
                  item: s.item,
                  budget: humanDuration(s.suggestedSec * 1000, i18n.language),
                })}
              </Button>
            ) : null,
          )}
        </>
      )}
    </section>
  );
}
