import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A link as a QR code, for a phone or a TV to open. */
export function QrCode({ url, alt }: { url: string; alt?: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(url, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then(
      (d) => live && setSrc(d),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img className="qr" src={src} width={200} height={200} alt={alt ?? t('lan.qrAlt')} /> : null;
}
