import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { rebalanceOffer } from '../../../shared/meeting/meeting.rebalance';
import { humanDuration } from '../format/time';
import { useNow, useSession, useSettings } from '../store/selectors';
import { Button } from '../ui/Button';
import { run } from './meeting.commands';

/** Fits the rest of the agenda into the time left, with the minimum per item from Settings. */
export function rebalance(session: MeetingState | null, minItemSec: number) {
  return session ? run({ type: 'rebalance', minItemSec }) : null;
}

/**
 * "Rebalance: −6 min across 3 items", shown only while the rest of the plan no longer fits and fitting it would
 * change something worth a click. A clock leaf: it re-renders with the tick.
 */
export function RebalanceOffer() {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const now = useNow();
  const { minItemSec } = useSettings().rebalance;
  const offer = useMemo(() => (s ? rebalanceOffer(s, now, minItemSec) : null), [s, now, minItemSec]);
  if (!offer) return null;
  const time = humanDuration(offer.cutSec * 1000, i18n.language);
  const shrunk = Object.keys(offer.budgets).length + (offer.chatAtEndSec !== null ? 1 : 0);
  const label =
    offer.deferred.length > 0
      ? t('overlay.rebalanceDefer', { time, count: offer.deferred.length })
      : t('overlay.rebalance', { time, count: shrunk });
  return (
    <Button
      size="sm"
      variant="ghost"
      icon="balance"
      className="overlay__rebalance"
      data-testid="rebalance-offer"
      onClick={() => void rebalance(s, minItemSec)}
      shortcut="R"
      title={`${t('overlay.rebalanceHint')} (R)`}
    >
      {label}
    </Button>
  );
}
