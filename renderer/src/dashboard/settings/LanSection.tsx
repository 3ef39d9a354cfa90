import { useTranslation } from 'react-i18next';
import { useLanUrls, useSetting } from '../../store/selectors';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { QrCode } from '../../ui/QrCode';
import { Toggle } from '../../ui/Toggle';
import { saveSetting } from './settings.update';

/** Remote control from a phone or a second screen on the same network. */
export function LanSection() {
  const { t } = useTranslation();
  const enabled = useSetting('lan').enabled;
  const urls = useLanUrls() ?? [];
  return (
    <section className="card section" aria-labelledby="lan-heading">
      <h2 id="lan-heading">{t('lan.title')}</h2>
      <p className="muted">{t('lan.intro')}</p>
      <Toggle
        checked={enabled}
        onChange={(v) => void saveSetting('lan', { enabled: v })}
        label={t('lan.toggle')}
      />
      {enabled && urls.length === 0 && <p className="muted">{t('lan.noNetwork')}</p>}
      {enabled &&
        urls.map((url) => (
          <div key={url} className="lan">
            <QrCode url={`${url}#/overlay`} />
            <div className="stack">
              <code className="lan__url">{url}</code>
              <CopyLinkButton url={url} />
              <p className="field__hint">{t('lan.warning')}</p>
            </div>
          </div>
        ))}
    </section>
  );
}
