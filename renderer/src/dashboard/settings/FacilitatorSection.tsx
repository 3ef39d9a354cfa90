import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { useSetting } from '../../store/selectors';
import { CountField } from '../../ui/CountField';
import { Toggle } from '../../ui/Toggle';
import { saveSetting } from './settings.update';

/** How many waiting make a long speaking list. */
function QueueLength() {
  const { t } = useTranslation();
  const rules = useSetting('nudgeRules');
  return (
    <CountField
      label={t('settings.facilitator.queueLength')}
      hint={t('settings.facilitator.queueLengthHint')}
      value={rules.queueLength}
      min={2}
      max={20}
      error={t('settings.facilitator.queueLengthError')}
      onCommit={(queueLength) => void saveSetting('nudgeRules', { ...rules, queueLength })}
    />
  );
}

/** Facilitator mode: the global floor keys, and when a speaking list counts as long. */
export function FacilitatorSection() {
  const { t } = useTranslation();
  const f = useSetting('facilitator');
  return (
    <section className="card section" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">{t('settings.facilitator.title')}</h2>
      <p className="field__hint">{t('settings.facilitator.intro')}</p>
      <div className="stack">
        <Toggle
          checked={f.globalFloorKeys}
          onChange={(globalFloorKeys) => void saveSetting('facilitator', { ...f, globalFloorKeys })}
          label={t('settings.facilitator.globalKeys')}
        />
        <p className="field__hint">
          {platform().kind === 'app'
            ? t('settings.facilitator.globalKeysHint')
            : t('settings.facilitator.globalKeysBrowser')}
        </p>
        <QueueLength />
      </div>
    </section>
  );
}
