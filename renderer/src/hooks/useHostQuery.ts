import { useCallback, useEffect, useState } from 'react';
import type { HostCommandInputOf, HostCommandType, HostResults } from '../../../shared/contract/contract';
import { send } from '../store/actions';

/**
 * Asks the host something and keeps the answer; asks again when `key` changes (the question, or the data it depends
 * on). A refusal is kept as an error to show, never thrown.
 */
export function useHostQuery<T extends HostCommandType>(cmd: HostCommandInputOf<T> | null, key: string) {
  const [state, setState] = useState<{ key: string; data: HostResults[T] | null; error: string | null }>({
    key: '',
    data: null,
    error: null,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (!cmd) return;
    let live = true;
    send(cmd).then(
      (data) => live && setState({ key, data, error: null }),
      (e: Error) => live && setState({ key, data: null, error: e.message }),
    );
    return () => {
      live = false;
    };
    // The key stands for the command's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== key && state.error === null, reload };
}

/** The zone the user's calendar is in: weeks and dates in reports follow it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
