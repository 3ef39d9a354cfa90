import type { TFunction } from 'i18next';
import type { CallPrompt } from '../../../shared/detect/call.prompt';
import { describeError } from '../i18n/error.text';
import { send, sendOrToast, toast } from '../store/actions';

/** Yes to "start timing": the host starts the planned meeting or plans one; these are the words it needs if not. */
export function acceptCall(p: Extract<CallPrompt, { kind: 'start' }>, t: TFunction) {
  return sendOrToast({
    type: 'call.accept',
    fallbackTitle: p.clientName
      ? t('call.titleWith', { app: p.appName, client: p.clientName })
      : t('call.title', { app: p.appName }),
    fallbackItem: t('call.item'),
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
