import { useCallback, useEffect, useState } from 'react';
import type { HostCommandInputOf, HostCommandType, HostResults } from '../../../shared/contract/contract';
import i18next from 'i18next';
import { describeError } from '../i18n/error.text';
import { send } from '../store/actions';
import { useMeetingVersion } from '../store/selectors';

/**
 * Whose changes an answer depends on: nothing but the question, the open meeting (whichever it is), or one meeting
 * (while it is the open one).
 */
export type QueryFollows = 'nothing' | 'openMeeting' | { meetingId: string };

/**
 * Asks the host something and keeps the answer. It asks again when the question changes, when what it `follows`
 * changes (the meeting's journal grows: its view's id and seq), and on `reload`. Callers never build cache keys. A
 * refusal is kept as an error to show, in the UI's language, never thrown.
 */
export function useHostQuery<T extends HostCommandType>(
  cmd: HostCommandInputOf<T> | null,
  follows: QueryFollows = 'nothing',
) {
  const version = useMeetingVersion(
    follows === 'openMeeting' ? undefined : follows === 'nothing' ? null : follows.meetingId,
  );
  const [nonce, setNonce] = useState(0);
  // The question as text: it stands for the command (and is what the effect sends), so the command's identity
  // does not matter. JSON never holds a raw line break, so the key's parts stay apart.
  const question = cmd ? JSON.stringify(cmd) : '';
  const key = question && `${question}\n${version}\n${nonce}`;
  const [state, setState] = useState<{ key: string; data: HostResults[T] | null; error: string | null }>({
    key: '',
    data: null,
    error: null,
  });
  useEffect(() => {
    if (!question) return;
    const asked = `${question}\n${version}\n${nonce}`;
    let live = true;
    send<T>(JSON.parse(question) as HostCommandInputOf<T>).then(
      (data) => live && setState({ key: asked, data, error: null }),
      (e: unknown) => live && setState({ key: asked, data: null, error: describeError(e, i18next.t) }),
    );
    return () => {
      live = false;
    };
  }, [question, version, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== key && state.error === null, reload };
}
