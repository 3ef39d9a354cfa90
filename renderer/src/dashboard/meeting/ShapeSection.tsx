import { useTranslation } from 'react-i18next';
import { DurationInput } from '../../ui/DurationInput';
import { Segmented } from '../../ui/Segmented';
import { Toggle } from '../../ui/Toggle';
import { KindHint, useKindShown } from '../calendar/KindHint';
import { HardTalkFields } from './HardTalkFields';
import type { Draft } from './setup.draft';

/** How the meeting should go: its cap, a chat at the end, one person or a group, scheduled or not, hard or not. */
export function ShapeSection({
  draft,
  set,
  errors,
}: {
  draft: Draft;
  set: (p: Partial<Draft>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  // Unless the user sets it, whether the call is unscheduled follows the calendar (and the host decides at start).
  const adhoc = useKindShown(draft) === 'adhoc';
  return (
    <section className="card section" aria-labelledby="shape-heading">
      <h2 id="shape-heading">{t('setup.shape')}</h2>
      <div className="row">
        <DurationInput
          label={t('setup.cap')}
          hint={t('setup.capHint')}
          value={draft.capSec}
          error={errors.capSec}
          optional
          onChange={(capSec) => set({ capSec })}
        />
        <DurationInput
          label={t('setup.chatAtEnd')}
          hint={t('setup.chatAtEndHint')}
          value={draft.chatAtEndSec || null}
          error={errors.chatAtEndSec}
          optional
          onChange={(s) => set({ chatAtEndSec: s ?? 0 })}
        />
      </div>
      <div className="row setup__choices">
        <div className="field">
          <span className="field__label" id="audience-label">
            {t('setup.audience')}
          </span>
          <Segmented
            label={t('setup.audience')}
            value={draft.audience}
            onChange={(audience) => set({ audience })}
            options={[
              { value: 'one', label: t('setup.audienceOne') },
              { value: 'group', label: t('setup.audienceGroup') },
            ]}
          />
        </div>
        <div className="field">
          <span className="field__label">{t('setup.kind')}</span>
          <Toggle
            checked={adhoc}
            onChange={(v) => set({ kind: v ? 'adhoc' : 'scheduled', kindSet: true })}
            label={t('setup.adhoc')}
          />
          {!draft.kindSet && <KindHint clientId={draft.clientId} />}
        </div>
        <div className="field">
          <span className="field__label">{t('plan.title')}</span>
          <Toggle
            checked={draft.hardTalkOn}
            onChange={(hardTalkOn) => set({ hardTalkOn })}
            label={t('plan.toggle')}
          />
        </div>
      </div>
      {draft.hardTalkOn && <HardTalkFields draft={draft} set={set} />}
    </section>
  );
}
