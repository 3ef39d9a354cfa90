import { useTranslation } from 'react-i18next';
import { useSetting } from '../../store/selectors';
import { DurationInput } from '../../ui/DurationInput';
import { Toggle } from '../../ui/Toggle';
import { saveSetting } from './settings.update';

/** How the rest of the agenda is fitted into the time left after an overrun: by hand from the overlay, or at once. */
export function RebalanceSection() {
  const { t } = useTranslation();
  const r = useSetting('rebalance');
  return (
    <section className="card section" aria-labelledby="rebalance-heading">
      <h2 id="rebalance-heading">{t('settings.rebalanceTitle')}</h2>
      <p className="field__hint">{t('settings.rebalanceIntro')}</p>
      <div className="stack">
        <DurationInput
          label={t('settings.rebalanceMin')}
          hint={t('settings.rebalanceMinHint')}
          value={r.minItemSec}
          onChange={(sec) => sec !== null && void saveSetting('rebalance', { ...r, minItemSec: sec })}
          compact
        />
        <Toggle
          checked={r.auto}
          onChange={(auto) => void saveSetting('rebalance', { ...r, auto })}
          label={t('settings.rebalanceAuto')}
        />
        <p className="field__hint">{t('settings.rebalanceAutoHint')}</p>
      </div>
    </section>
  );
}
