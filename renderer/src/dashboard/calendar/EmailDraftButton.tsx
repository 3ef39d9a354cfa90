import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteAddress } from '../../../../shared/notes/note.address';
import { emailDraft, type NoteDraft } from '../../../../shared/notes/status.note';
import { localTimeZone } from '../../lib/time.zone';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { DraftDialog } from '../week/DraftDialog';

/**
 * "This could be an email": a planned agenda written as an email the client can answer instead of meeting, in their
 * language and form of address. Shown only when the meeting has a client to write to.
 */
export function EmailDraftButton({
  title,
  clientId,
  at,
  items,
}: {
  title: string;
  clientId: string | null;
  at: number | null;
  items: readonly { title: string; notes?: string | undefined }[];
}) {
  const { t } = useTranslation();
  const client = useClients()?.find((c) => c.id === clientId) ?? null;
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  // An email goes to someone: without a client there is nobody to write it to.
  if (!client) return null;
  const to = noteAddress(client);
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        icon="chat"
        onClick={() => setDraft(emailDraft({ to, timeZone: localTimeZone(), title, at, items }))}
      >
        {t('calendar.couldBeEmail')}
      </Button>
      <DraftDialog
        draft={draft}
        title={t('week.emailTitle')}
        intro={t('week.emailIntro', { client: client.name })}
        formal={to.formal}
        clientName={client.name}
        fileName={title}
        onClose={() => setDraft(null)}
      />
    </>
  );
}
