import { useTranslation } from 'react-i18next';
import chimeUrl from '../../../../assets/sounds/chime.wav?url';
import { platform } from '../../platform';
import { useHostVersion, useSettings } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { Segmented } from '../../ui/Segmented';
import { Toggle } from '../../ui/Toggle';
import { DetectionSection } from './DetectionSection';
import { FacilitatorSection } from './FacilitatorSection';
import { LanSection } from './LanSection';
import { RebalanceSection } from './RebalanceSection';
import { saveSetting } from './settings.update';
import { ShortcutsSection } from './ShortcutsSection';
import { ThresholdsSection } from './ThresholdsSection';

/** Everything the user can set; each change is saved at once. */
export function SettingsPage() {
  const { t } = useTranslation();
  const s = useSettings();
  const version = useHostVersion();
  const linux = platform().os === 'linux';
  return (
    <div>
      <div className="page-head">
        <div>
          <h1>{t('settings.title')}</h1>
          <p>{t('settings.intro')}</p>
        </div>
      </div>

      <section className="card section" aria-labelledby="look-heading">
        <h2 id="look-heading">{t('settings.look')}</h2>
        <div className="row">
          <LanguageSelect
            label={t('settings.language')}
            value={s.uiLanguage}
            onChange={(l) => void saveSetting('uiLanguage', l)}
          />
          <div className="field">
            <span className="field__label">{t('settings.theme')}</span>
            <Segmented
              label={t('settings.theme')}
              value={s.theme}
              onChange={(theme) => void saveSetting('theme', theme)}
              options={[
                { value: 'system', label: t('settings.themeSystem') },
                { value: 'light', label: t('settings.themeLight') },
                { value: 'dark', label: t('settings.themeDark') },
              ]}
            />
          </div>
        </div>
      </section>

      <section className="card section" aria-labelledby="overlay-heading">
        <h2 id="overlay-heading">{t('settings.overlay')}</h2>
        <div className="stack">
          <div className="field">
            <label className="field__label" htmlFor="opacity">
              {t('settings.opacity', { percent: Math.round(s.overlay.opacity * 100) })}
            </label>
            <input
              id="opacity"
              type="range"
              min={30}
              max={100}
              step={5}
              value={Math.round(s.overlay.opacity * 100)}
              onChange={(e) =>
                void saveSetting('overlay', { ...s.overlay, opacity: Number(e.target.value) / 100 })
              }
            />
          </div>
          <Toggle
            checked={s.overlay.clickThrough}
            onChange={(v) => void saveSetting('overlay', { ...s.overlay, clickThrough: v })}
            label={t('settings.clickThrough')}
          />
          <div className="row row--tight">
            <Toggle
              checked={s.overlay.chime}
              onChange={(v) => void saveSetting('overlay', { ...s.overlay, chime: v })}
              label={t('settings.chime')}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => void new Audio(chimeUrl).play().catch(() => undefined)}
            >
              {t('settings.chimeTry')}
            </Button>
          </div>
          <p className="field__hint">{linux ? t('settings.shareHiddenLinux') : t('settings.shareHidden')}</p>
        </div>
      </section>

      <ThresholdsSection />
      <FacilitatorSection />
      <RebalanceSection />
      <DetectionSection />

      <section className="card section" aria-labelledby="time-heading">
        <h2 id="time-heading">{t('settings.time')}</h2>
        <Toggle
          checked={s.sleepCountsAsPaused}
          onChange={(v) => void saveSetting('sleepCountsAsPaused', v)}
          label={t('settings.sleep')}
        />
        <p className="field__hint">{t('settings.sleepHint')}</p>
      </section>

      <ShortcutsSection />
      <LanSection />
      <p className="muted">{t('settings.version', { version: version ?? '' })}</p>
    </div>
  );
}
