import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { useSetting } from '../../store/selectors';
import { TextField } from '../../ui/Field';
import { Toggle } from '../../ui/Toggle';
import { saveSetting } from './settings.update';

/** How many waiting make a long speaking list: a count, taken when the person leaves the field or presses Enter. */
function QueueLength() {
  const { t } = useTranslation();
  const rules = useSetting('nudgeRules');
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? String(rules.queueLength);
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 2 && n <= 20;
  const take = () => {
    if (typed === null) return;
    if (valid && n !== rules.queueLength) void saveSetting('nudgeRules', { ...rules, queueLength: n });
    if (valid) setTyped(null);
  };
  return (
    <TextField
      label={t('settings.facilitator.queueLength')}
      hint={t('settings.facilitator.queueLengthHint')}
      inputMode="numeric"
      value={value}
      error={valid ? null : t('settings.facilitator.queueLengthError')}
      onChange={(e) => setTyped(e.target.value)}
      onBlur={take}
      onKeyDown={(e) => e.key === 'Enter' && take()}
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
