import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotate } from './FollowUps';

/** Free notes, saved a moment after typing stops (and when leaving the box): nothing typed is lost. */
export function Notes({ meetingId, saved }: { meetingId: string; saved: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState<'saved' | 'typing' | 'saving'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(saved);
  const pending = useRef(saved);
  const save = async (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (value === latest.current) return setStatus('saved');
    setStatus('saving');
    if (await annotate(meetingId, { type: 'editNotes', text: value })) latest.current = value;
    setStatus('saved');
  };
  // Leaving the page mid-typing still saves: the unmount flushes what the debounce was holding.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== latest.current)
        void annotate(meetingId, { type: 'editNotes', text: pending.current });
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
          setText(e.target.value);
          pending.current = e.target.value;
          setStatus('typing');
          if (timer.current) clearTimeout(timer.current);
          const value = e.target.value;
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
