import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../ui/Field';
import type { Draft } from './setup.draft';

/** The plan card for a hard conversation: what matters most, points to make, things not to say. */
export function HardTalkFields({ draft, set }: { draft: Draft; set: (p: Partial<Draft>) => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack plan-fields">
      <p className="muted">{t('plan.explain')}</p>
      <TextAreaField
        label={t('plan.matters')}
        hint={t('plan.mattersHint')}
        value={draft.matters}
        rows={2}
        onChange={(e) => set({ matters: e.target.value })}
      />
      <div className="row">
        <TextAreaField
          label={t('plan.points')}
          hint={t('plan.onePerLine')}
          value={draft.points}
          rows={4}
          onChange={(e) => set({ points: e.target.value })}
        />
        <TextAreaField
          label={t('plan.avoid')}
          hint={t('plan.onePerLine')}
          value={draft.avoid}
          rows={4}
          onChange={(e) => set({ avoid: e.target.value })}
        />
      </div>
    </div>
  );
}
