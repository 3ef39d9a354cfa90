import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResults } from '../../../../shared/contract/contract';
import { platform } from '../../platform';
import { sendOrToast, toast } from '../../store/actions';
import { useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { QrCode } from '../../ui/QrCode';

/** A view-only link for a screen in the room: it opens the room view and can change nothing. One link, one screen. */
function ViewLinkDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lan = useSetting('lan').enabled;
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
      {!lan && <p className="field__hint">{t('room.linkLan')}</p>}
      {url ? (
        <div className="lan">
          <QrCode url={url} alt={t('room.linkQr')} />
          <div className="stack">
            <code className="lan__url" data-testid="room-link">
              {url}
            </code>
            <Button
              size="sm"
              icon="copy"
              onClick={() =>
                void platform()
                  .copyText(url)
                  .then((ok) => ok && toast(t('nudge.copied')))
              }
            >
              {t('lan.copy')}
            </Button>
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

/** The room view for a shared screen: in a window of its own, or on another screen through a view-only link. */
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
