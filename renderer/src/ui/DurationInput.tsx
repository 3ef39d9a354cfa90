import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDurationInput, parseDuration } from '../../../shared/agenda/duration.parse';

interface Props {
  label: string;
  /** Seconds, or null for "none" when `optional`. */
  value: number | null;
  onChange: (sec: number | null) => void;
  optional?: boolean;
  hint?: string;
  className?: string;
  compact?: boolean;
}

/**
 * A budget typed the way people write it — "10", "10m", "1h30", "90s", "20 мин" — and shown back the same way.
 * What the user typed stays in the box until it parses; it is never replaced by a guess.
 */
export function DurationInput({ label, value, onChange, optional, hint, className, compact }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shown = value === null ? '' : formatDurationInput(value, i18n.language);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);

  // A new value from outside (a template, a rebalance) replaces the text, unless it is what the user is typing.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const parsed = parseDuration(text);
    if (!(parsed.ok && parsed.sec === value) && !(value === null && text.trim() === '')) {
      setText(shown);
      setError(null);
    }
  }

  const commit = (raw: string) => {
    setText(raw);
    if (raw.trim() === '' && optional) {
      setError(null);
      onChange(null);
      return;
    }
    const r = parseDuration(raw);
    if (r.ok) {
      setError(null);
      onChange(r.sec);
    } else setError(t(`duration.errors.${r.error}`));
  };

  return (
    <div className={['field', compact && 'field--compact', className].filter(Boolean).join(' ')}>
      <label className={compact ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input tabular"
        inputMode="text"
        autoComplete="off"
        value={text}
        placeholder={optional ? t('duration.none') : '10m'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => {
          const r = parseDuration(text);
          if (r.ok) setText(formatDurationInput(r.sec, i18n.language));
        }}
      />
      {error ? (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : (
        hint && (
          <span className="field__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}
