import { useTranslation } from 'react-i18next';
import { setOverlayExpanded } from '../store/actions';
import { useOverlayExpanded } from '../store/selectors';
import { Button } from '../ui/Button';

/** Shows or hides the agenda and the plan card in the overlay. */
export function ExpandToggle() {
  const { t } = useTranslation();
  const expanded = useOverlayExpanded();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="overlay__expand"
      icon={expanded ? 'collapse' : 'expand'}
      aria-expanded={expanded}
      onClick={() => setOverlayExpanded(!expanded)}
      shortcut="X"
      title={`${expanded ? t('overlay.collapse') : t('overlay.expand')} (X)`}
      aria-label={expanded ? t('overlay.collapse') : t('overlay.expand')}
    />
  );
}
