import { useTranslation } from 'react-i18next';
import type { MeetingKind } from '../../../../shared/agenda/agenda.schema';
import { useClients } from '../../store/selectors';
import { useKindPreview } from './calendar.hooks';

/** The kind the setup's switch shows: the user's choice, or what the calendar says a call started now would be. */
export function useKindShown(draft: {
  kind: MeetingKind;
  kindSet: boolean;
  clientId: string | null;
}): MeetingKind {
  const preview = useKindPreview(draft.kindSet ? null : draft.clientId);
  return draft.kindSet ? draft.kind : (preview?.kind ?? draft.kind);
}

/** Why the switch is where it is: the meeting in the calendar now, or nothing planned with this client. */
export function KindHint({ clientId }: { clientId: string | null }) {
  const { t } = useTranslation();
  const preview = useKindPreview(clientId);
  const client = useClients()?.find((c) => c.id === clientId);
  if (!preview) return null;
  return (
    <span className="field__hint" data-testid="kind-hint">
      {preview.meeting
        ? t('calendar.kindPlanned', { title: preview.meeting.title })
        : client
          ? t('calendar.kindAdhoc', { client: client.name })
          : t('calendar.kindAdhocNoClient')}
    </span>
  );
}
