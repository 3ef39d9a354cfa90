import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptAirtime } from '../../../../../shared/transcript/transcript.airtime';
import { sendOrToast } from '../../../store/actions';
import { Button } from '../../../ui/Button';
import { formatOffset, parseOffset } from './offset.text';

/**
 * Where the transcript's 00:00 falls against the meeting's start, with the proposal and why it was made. What is
 * typed is taken when the person is done (Enter, or leaving the field), and stays in the box until it reads.
 */
export function TranscriptOffset({
  meetingId,
  startedAt,
  airtime,
  onChange,
}: {
  meetingId: string;
  startedAt: number | null;
  airtime: TranscriptAirtime;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { ms, proposedMs, basis } = airtime.offset;
  const [text, setText] = useState(formatOffset(ms));
  const [seen, setSeen] = useState(ms);
  if (ms !== seen) {
    setSeen(ms);
    setText(formatOffset(ms));
  }
  const parsed = parseOffset(text);
  const save = async (value: number) => {
    if (value === ms) return;
    const r = await sendOrToast({ type: 'transcript.change', meetingId, offsetMs: value });
    if (r) onChange();
  };
  const recordedAt =
    startedAt === null
      ? ''
      : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(startedAt + proposedMs);
  const proposal =
    basis === 'fileName'
      ? t('transcript.proposalFileName', { offset: formatOffset(proposedMs), time: recordedAt })
      : t('transcript.proposalStart', { offset: formatOffset(proposedMs) });
  return (
    <div className="field offset">
      <label className="field__label" htmlFor={id}>
        {t('transcript.offsetLabel')}
      </label>
      <div className="offset__row">
        <input
          id={id}
          className="input offset__input tabular"
          value={text}
          inputMode="text"
          aria-invalid={parsed === null ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => parsed !== null && void save(parsed)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && parsed !== null) void save(parsed);
          }}
        />
        {proposedMs !== ms && (
          <Button size="sm" onClick={() => void save(proposedMs)}>
            {t('transcript.useProposal', { offset: formatOffset(proposedMs) })}
          </Button>
        )}
      </div>
      {parsed === null ? (
        <span className="field__error" role="alert" id={`${id}-hint`}>
          {t('transcript.offsetBad')}
        </span>
      ) : (
        <span className="field__hint" id={`${id}-hint`}>
          {proposal} {t('transcript.offsetHint')}
        </span>
      )}
    </div>
  );
}
