import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKind, HostResults } from '../../../../shared/contract/contract';
import { useHostQuery } from '../../hooks/useHostQuery';
import { useNow } from '../../store/selectors';
import { sendOrToast, toast } from '../../store/actions';
import { useAppStore } from '../../store/store';
import { Button } from '../../ui/Button';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { QrCode } from '../../ui/QrCode';

/** A link being shown, and the devices there were when it was made: a new one of its kind means it was used. */
type Pairing = HostResults['devices.pair'] & { kind: DeviceKind; before: ReadonlySet<string> };

/** Where each kind of device lands: a phone on the overlay, a screen on the room view (all it is sent). */
const LANDING: Record<DeviceKind, string> = { control: '#/overlay', view: '#/room' };

/** A one-time link for a new device, with its QR code, until it is used or runs out. */
function PairingLink({ pairing, onDone }: { pairing: Pairing; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const until = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(pairing.expiresAt);
  useEffect(() => {
    if (now >= pairing.expiresAt) onDone();
  }, [now, pairing.expiresAt, onDone]);
  // The network's link when there is one (a phone cannot reach 127.0.0.1), this computer's otherwise.
  const url = `${pairing.urls[pairing.urls.length - 1] ?? ''}${LANDING[pairing.kind]}`;
  return (
    <div className="lan" data-testid="pairing-link">
      <QrCode url={url} />
      <div className="stack">
        <code className="lan__url">{url}</code>
        <p className="field__hint">
          {t(pairing.kind === 'view' ? 'devices.linkView' : 'devices.linkControl', { until })}
        </p>
        <div className="row">
          <CopyLinkButton url={url} />
          <Button size="sm" variant="ghost" onClick={onDone}>
            {t('devices.hideLink')}
          </Button>
        </div>
      </div>
    </div>
  );
}

/** The phones and screens paired with this computer: pair a new one (to control, or only to watch), forget one. */
export function DevicesSection() {
  const { t, i18n } = useTranslation();
  // Any info push may follow a pairing, a forgotten device or a device seen again: the list is asked again.
  const info = useAppStore((s) => s.info);
  const { data, error, reload } = useHostQuery({ type: 'devices.list' });
  useEffect(reload, [info, reload]);
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const pair = async (kind: DeviceKind) => {
    const r = await sendOrToast({ type: 'devices.pair', kind });
    if (r) setPairing({ ...r, kind, before: new Set(devices.map((d) => d.id)) });
  };
  const devices = data?.devices ?? [];
  // The host names a device by its browser and system ("Safari · iPhone"), or not at all when the browser says neither.
  const nameOf = (d: { name: string }) => d.name || t('devices.someBrowser');
  const joined = pairing && devices.find((d) => d.kind === pairing.kind && !pairing.before.has(d.id));
  // A used link is done: it goes, and the user is told which device came in.
  useEffect(() => {
    if (joined) toast(t('devices.joined', { name: joined.name || t('devices.someBrowser') }));
  }, [joined, t]);
  return (
    <section className="card section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devices.title')}</h2>
      <p className="muted">{t('devices.intro')}</p>
      {error && <p role="alert">{error}</p>}
      {data && devices.length === 0 && <p className="muted">{t('devices.none')}</p>}
      {devices.length > 0 && (
        <ul className="devices" aria-label={t('devices.title')}>
          {devices.map((d) => (
            <li key={d.id} className="devices__item">
              <div className="stack">
                <strong>
                  {nameOf(d)}
                  {d.thisComputer && <span className="badge">{t('devices.thisComputer')}</span>}
                </strong>
                <span className="muted">
                  {t(d.kind === 'view' ? 'devices.kindView' : 'devices.kindControl')} ·{' '}
                  {t('devices.pairedAt', { when: when.format(d.pairedAt) })} ·{' '}
                  {d.lastSeenAt === null
                    ? t('devices.neverSeen')
                    : t('devices.lastSeen', { when: when.format(d.lastSeenAt) })}
                </span>
              </div>
              <Button
                size="sm"
                variant="danger"
                aria-label={t('devices.forgetNamed', { name: nameOf(d) })}
                onClick={() =>
                  void sendOrToast({ type: 'devices.forget', id: d.id }).then(
                    (r) => r?.forgotten && toast(t('devices.forgotten', { name: nameOf(d) })),
                  )
                }
              >
                {t('devices.forget')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <Button size="sm" icon="plus" onClick={() => void pair('control')}>
          {t('devices.pairControl')}
        </Button>
        <Button size="sm" icon="plus" onClick={() => void pair('view')}>
          {t('devices.pairView')}
        </Button>
      </div>
      {pairing && !joined && <PairingLink pairing={pairing} onDone={() => setPairing(null)} />}
    </section>
  );
}
