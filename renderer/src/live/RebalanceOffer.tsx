import { useTranslation } from 'react-i18next';
import { humanDuration } from '../format/time';
import { useOffer, useSetting } from '../store/selectors';
import { Button } from '../ui/Button';
import { rebalance } from './meeting.actions';

/**
 * "Rebalance: −6 min across 3 items", shown while the host offers it: the rest of the plan no longer fits and fitting
 * it would change something worth a click. It changes with the host's pushes, not with this window's clock.
 */
export function RebalanceOffer() {
  const { t, i18n } = useTranslation();
  const offer = useOffer();
  const { minItemSec } = useSetting('rebalance');
  if (!offer) return null;
  const time = humanDuration(offer.cutSec * 1000, i18n.language);
  const label =
    offer.deferred > 0
      ? t('overlay.rebalanceDefer', { time, count: offer.deferred })
      : t('overlay.rebalance', { time, count: offer.shrunk });
  return (
    <Button
      size="sm"
      variant="ghost"
      icon="balance"
      className="overlay__rebalance"
      data-testid="rebalance-offer"
      onClick={() => void rebalance(minItemSec)}
      shortcut="R"
      title={`${t('overlay.rebalanceHint')} (R)`}
    >
      {label}
    </Button>
  );
}
