import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotate } from '../../live/meeting.actions';

/**
 * Free notes, saved a moment after typing stops (and when leaving the box): nothing typed is lost. Notes changed
 * elsewhere (the other window) show up here, unless something typed here is not saved yet.
 */
export function Notes({ meetingId, saved }: { meetingId: string; saved: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(saved);
  /** The host's notes as this box last knew them (from `saved`, or from its own save). */
  const [base, setBase] = useState(saved);
  const [seen, setSeen] = useState(saved);
  const [status, setStatus] = useState<'saved' | 'typing' | 'saving'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // What the timers and the unmount read: the latest text and base, without re-subscribing.
  const latest = useRef({ text: saved, base: saved });
  useEffect(() => {
    latest.current = { text, base };
  }, [text, base]);

  if (saved !== seen) {
    setSeen(saved);
    setBase(saved);
    if (text === base) setText(saved);
  }

  const save = async (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (value === latest.current.base) return setStatus('saved');
    setStatus('saving');
    if (await annotate(meetingId, { type: 'editNotes', text: value })) {
      latest.current.base = value;
      setBase(value);
    }
    setStatus('saved');
  };
  // Leaving the page mid-typing still saves: the unmount flushes what the debounce was holding.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      const { text: pending, base: known } = latest.current;
      if (pending !== known) void annotate(meetingId, { type: 'editNotes', text: pending });
    },
    [meetingId],
  );
  return (
    <div className="field">
      <label className="field__label" htmlFor={`notes-${meetingId}`}>
        {t('notes.label')}
      </label>
      <textarea
        id={`notes-${meetingId}`}
        className="textarea no-print"
        rows={4}
        maxLength={20_000}
        value={text}
        placeholder={t('notes.placeholder')}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          latest.current.text = value;
          setStatus('typing');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(value), 800);
        }}
        onBlur={() => void save(text)}
      />
      {/* A textarea prints only its visible rows; paper gets the whole text. */}
      <p className="notes__print print-only">{text}</p>
      <span className="field__hint no-print" aria-live="polite">
        {status === 'saved' ? t('notes.saved') : t('notes.saving')}
      </span>
    </div>
  );
}
