import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { toast } from '../store/actions';
import { Button } from './Button';

/** Copies a link to paste on another device, and says so. */
export function CopyLinkButton({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
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
  );
}
