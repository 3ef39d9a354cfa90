import i18next from 'i18next';
import type { HostCommandInputOf, HostCommandType, HostResults } from '../../../shared/contract/contract';
import { contractError } from '../../../shared/contract/contract.errors';
import { describeError } from '../i18n/error.text';
import { RequestError, type Transport } from '../transport/transport';
import { useAppStore } from './store';

let transport: Transport | null = null;
let nextToast = 1;

export function setTransport(t: Transport): void {
  transport = t;
}

export function toast(text: string, kind: 'info' | 'error' = 'info', ms = 3500): void {
  const id = nextToast++;
  useAppStore.setState((s) => ({ toasts: [...s.toasts, { id, text, kind }] }));
  setTimeout(() => useAppStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), ms);
}

/** Sends a command to the host. A refusal rejects with a RequestError (callers decide whether to toast). */
export function send<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
  if (!transport) return Promise.reject(new RequestError(contractError('unavailable', 'notConnected')));
  return transport.request(cmd);
}

/** Sends, and shows a refusal as an error toast in the UI's language. Resolves to null when refused. */
export async function sendOrToast<T extends HostCommandType>(
  cmd: HostCommandInputOf<T>,
): Promise<HostResults[T] | null> {
  try {
    return await send(cmd);
  } catch (e) {
    toast(describeError(e, i18next.t), 'error', 6000);
    return null;
  }
}

export function setOverlayExpanded(expanded: boolean): void {
  useAppStore.setState({ overlayExpanded: expanded });
}
