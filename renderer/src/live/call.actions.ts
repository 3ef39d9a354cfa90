import i18next, { type TFunction } from 'i18next';
import type { CallPrompt } from '../../../shared/detect/call.prompt';
import { describeError } from '../i18n/error.text';
import { send, sendOrToast, toast } from '../store/actions';
import { useAppStore } from '../store/store';

/**
 * Yes to "start timing": the host starts the planned meeting or plans one; these are the words it needs if not.
 * The one item's title is in the client's language, since lines to them quote it ("back to «Nội dung chính»").
 */
export function acceptCall(p: Extract<CallPrompt, { kind: 'start' }>, t: TFunction) {
  const clientLanguage = useAppStore.getState().info?.clients.find((c) => c.id === p.clientId)?.language;
  return sendOrToast({
    type: 'call.accept',
    fallbackTitle: p.clientName
      ? t('call.titleWith', { app: p.appName, client: p.clientName })
      : t('call.title', { app: p.appName }),
    fallbackItem: clientLanguage ? i18next.getFixedT(clientLanguage)('call.item') : t('call.item'),
  });
}

export function dismissCall() {
  return sendOrToast({ type: 'call.dismiss' });
}

/** Puts the shown line into the call's chat, and says what happened in the user's words. */
export async function typeIntoChat(key: string, app: string, sent: boolean, t: TFunction) {
  try {
    const r = await send({ type: 'nudge.typeIntoChat', key });
    toast(
      sent
        ? t('nudge.typedSent', { app })
        : r.method === 'pasted'
          ? t('nudge.pasted', { app })
          : t('nudge.typed', { app }),
    );
  } catch (e) {
    // The host names what went wrong (the window closed, the system kept it in the background…).
    toast(describeError(e, t), 'error', 7000);
  }
}
