import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResults } from '../../../../shared/contract/contract';
import { platform } from '../../platform';
import { sendOrToast } from '../../store/actions';
import { useLanUrls, useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { QrCode } from '../../ui/QrCode';
import { saveSetting } from '../settings/settings.update';

/** A view-only link for a screen in the room: it opens the room view and can change nothing. One link, one screen. */
export function ViewLinkDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lan = useSetting('lan').enabled;
  // The network is listened on a moment after remote control is turned on: links come once it is.
  const listening = (useLanUrls()?.length ?? 0) > 0;
  const [link, setLink] = useState<HostResults['devices.pair'] | null>(null);
  const make = async () => setLink(await sendOrToast({ type: 'devices.pair', kind: 'view' }));
  // The network address when there is one (a TV), else this computer's own.
  const url = link ? (link.urls.at(-1) ?? null) : null;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('room.linkTitle')}
      actions={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <p className="field__hint">{t('room.linkHint')}</p>
      {!lan ? (
        <>
          <p className="field__hint">{t('room.linkLan')}</p>
          <Button variant="primary" onClick={() => void saveSetting('lan', { enabled: true })}>
            {t('room.linkLanOn')}
          </Button>
        </>
      ) : !listening ? (
        <p className="field__hint" role="status">
          {t('lan.noNetwork')}
        </p>
      ) : url ? (
        <div className="lan">
          <QrCode url={url} alt={t('room.linkQr')} />
          <div className="stack">
            <code className="lan__url" data-testid="room-link">
              {url}
            </code>
            <CopyLinkButton url={url} />
            <Button size="sm" icon="refresh" onClick={() => void make()}>
              {t('room.linkAnother')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="primary" onClick={() => void make()}>
          {t('room.linkMake')}
        </Button>
      )}
    </Dialog>
  );
}

/**
 * The room view for a shared screen: in a window of its own, or on another screen through a view-only link. Links
 * are made on this computer (the app, or the browser that came in with the printed token); a paired phone asking
 * is refused, as in Settings.
 */
export function RoomLinks() {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  return (
    <div className="row row--tight">
      <Button icon="open" onClick={() => platform().openRoom()} title={t('room.openHint')}>
        {t('room.open')}
      </Button>
      <Button onClick={() => setLinkOpen(true)}>{t('room.link')}</Button>
      <ViewLinkDialog open={linkOpen} onClose={() => setLinkOpen(false)} />
    </div>
  );
}
