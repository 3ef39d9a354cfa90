import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDraft } from '../../../../shared/notes/status.note';
import { LANGUAGE_NAMES } from '../../i18n/language.names';
import { platform } from '../../platform';
import { toast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { downloadText } from '../export/download';

/** A draft to a client (the week's note, or an agenda as an email): edited here, then copied or saved. */
export function DraftDialog({
  draft,
  title,
  intro,
  formal,
  clientName,
  fileName,
  onClose,
}: {
  draft: NoteDraft | null;
  title: string;
  intro?: string;
  formal: boolean;
  clientName: string;
  fileName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Edits live here until the dialog closes; a new draft (another week, another client) starts afresh.
  const [edited, setEdited] = useState<{ of: NoteDraft; subject: string; body: string } | null>(null);
  const current =
    draft && edited?.of === draft
      ? edited
      : draft
        ? { of: draft, subject: draft.subject, body: draft.body }
        : null;
  const edit = (p: Partial<{ subject: string; body: string }>) => current && setEdited({ ...current, ...p });
  const text = current ? `${current.subject}\n\n${current.body}` : '';
  const copy = async () => {
    if (await platform().copyText(text)) toast(t('week.copied'));
    else toast(t('nudge.copyFailed'), 'error');
  };
  return (
    <Dialog
      open={draft !== null}
      onClose={onClose}
      title={title}
      actions={
        <>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button
            icon="open"
            onClick={() => {
              downloadText(`${fileName}.txt`, 'text/plain;charset=utf-8', text);
              toast(t('week.exported', { name: `${fileName}.txt` }));
            }}
          >
            {t('week.saveFile')}
          </Button>
          <Button variant="primary" icon="copy" onClick={() => void copy()}>
            {t('week.copy')}
          </Button>
        </>
      }
    >
      {current && (
        <div className="stack draft">
          {intro && <p className="muted">{intro}</p>}
          <p className="field__hint" data-testid="draft-language">
            {t('week.noteIn', {
              language: LANGUAGE_NAMES[current.of.locale],
              address: formal ? t('week.formal') : t('week.informal'),
              client: clientName,
            })}
          </p>
          <TextField
            label={t('week.subject')}
            value={current.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
          <TextAreaField
            label={t('week.body')}
            value={current.body}
            rows={16}
            lang={current.of.locale}
            data-testid="draft-body"
            onChange={(e) => edit({ body: e.target.value })}
          />
        </div>
      )}
    </Dialog>
  );
}
