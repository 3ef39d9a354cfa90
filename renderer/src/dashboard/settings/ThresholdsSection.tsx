import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nudgeRulesSchema, type NudgeRules, type ThresholdRule } from '../../../../shared/nudges/nudge.rules';
import type { Tier } from '../../../../shared/meeting/meeting.vocabulary';
import { useSetting } from '../../store/selectors';
import { DurationInput } from '../../ui/DurationInput';
import { saveSetting } from './settings.update';

// The length of a long speaking list is a count, not a time: it sits with the facilitator's settings.
const TRIGGERS = (Object.keys(nudgeRulesSchema.shape) as (keyof NudgeRules)[]).filter(
  (k): k is ThresholdRule => k !== 'queueLength',
);
const DESCENDING: readonly ThresholdRule[] = ['capNear', 'queueNearEnd'];

function TriggerRow({ trigger, rules }: { trigger: ThresholdRule; rules: NudgeRules }) {
  const { t } = useTranslation();
  const saved = [0, 1, 2].map((i) => rules[trigger][i] ?? null);
  const [tiers, setTiers] = useState<(number | null)[]>(saved);
  const [error, setError] = useState<string | null>(null);
  // Settings changed elsewhere (restored, another window): show them, unless they are what this row just saved.
  const [seen, setSeen] = useState(rules[trigger]);
  if (rules[trigger] !== seen) {
    setSeen(rules[trigger]);
    const mine = tiers.filter((v): v is number => v !== null);
    if (mine.join() !== rules[trigger].join()) {
      setTiers(saved);
      setError(null);
    }
  }
  const change = (index: number, value: number | null) => {
    const next = tiers.map((v, i) => (i === index ? value : v));
    setTiers(next);
    const list = next.filter((v): v is number => v !== null);
    const r = nudgeRulesSchema.shape[trigger].safeParse(list);
    if (!r.success)
      return setError(t(`thresholds.order.${DESCENDING.includes(trigger) ? 'descending' : 'ascending'}`));
    setError(null);
    void saveSetting('nudgeRules', { ...rules, [trigger]: r.data });
  };
  return (
    <fieldset className="threshold">
      <legend>{t(`thresholds.${trigger}.label`)}</legend>
      <p className="field__hint">{t(`thresholds.${trigger}.hint`)}</p>
      <div className="row row--tight">
        {tiers.map((v, i) => (
          <DurationInput
            key={i}
            label={t(`tiers.t${(i + 1) as Tier}`)}
            value={v}
            optional
            onChange={(sec) => change(i, sec)}
          />
        ))}
      </div>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
      {tiers.every((v) => v === null) && <span className="field__hint">{t('thresholds.off')}</span>}
    </fieldset>
  );
}

/** When each nudge comes, per situation and tier. */
export function ThresholdsSection() {
  const { t } = useTranslation();
  const rules = useSetting('nudgeRules');
  return (
    <section className="card section" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{t('thresholds.title')}</h2>
      <p className="muted">{t('thresholds.intro')}</p>
      <div className="stack">
        {TRIGGERS.map((tr) => (
          <TriggerRow key={tr} trigger={tr} rules={rules} />
        ))}
      </div>
    </section>
  );
}
