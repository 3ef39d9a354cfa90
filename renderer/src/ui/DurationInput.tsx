import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDurationInput, parseDuration } from '../../../shared/agenda/duration.parse';
import { exactDuration } from '../../../shared/format/duration.format';

interface Props {
  label: string;
  /** Seconds, or null for "none" when `optional`. */
  value: number | null;
  onChange: (sec: number | null) => void;
  optional?: boolean;
  hint?: string;
  /** What is wrong with the value as it stands (a whole form's check), in the UI's language. */
  error?: string | null;
  className?: string;
  compact?: boolean;
}

/**
 * A budget typed the way people write it — "10", "10m", "1h30", "90s", "20 мин" — and shown back the same way.
 * It is taken when the person is done (Enter, or leaving the field), never keystroke by keystroke: "10s" typed key
 * by key is ten seconds, not the minute "1" would be. While typing, what it reads as is shown beside it; what the
 * user typed stays in the box until it parses, never replaced by a guess.
 */
export function DurationInput({
  label,
  value,
  onChange,
  optional,
  hint,
  error: outside,
  className,
  compact,
}: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shown = value === null ? '' : formatDurationInput(value, i18n.language);
  const [text, setText] = useState(shown);
  const [editing, setEditing] = useState(false);

  // A new value from outside (a template, a rebalance) replaces the text, unless the user is typing in it.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!editing) setText(shown);
  }

  const empty = text.trim() === '';
  const parsed = parseDuration(text);
  const typed = empty && optional ? null : parsed.ok ? null : t(`duration.errors.${parsed.error}`);
  // What the form found wrong is about the value as it stands: while something else is being typed, the typing speaks.
  const error = typed ?? (editing ? null : (outside ?? null));
  // Only once there is something to read, so an empty required field does not shout while being cleared.
  const showError = error !== null && !(editing && empty);
  const reads = editing && parsed.ok;

  const commit = () => {
    setEditing(false);
    if (empty && optional) {
      if (value !== null) onChange(null);
      return;
    }
    if (!parsed.ok) return;
    setText(formatDurationInput(parsed.sec, i18n.language));
    if (parsed.sec !== value) onChange(parsed.sec);
  };

  return (
    <div
      className={['field', 'field--duration', compact && 'field--compact', className]
        .filter(Boolean)
        .join(' ')}
    >
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
        aria-invalid={showError ? true : undefined}
        aria-describedby={showError ? `${id}-error` : reads ? `${id}-reads` : hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setEditing(true);
          setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setEditing(false);
            setText(shown);
          }
        }}
        onBlur={commit}
      />
      {/* Over what follows, never pushing it: a button below must stay where the pointer is. */}
      {reads && parsed.ok && !showError && (
        <span className="field__reads tabular" id={`${id}-reads`}>
          = {exactDuration(parsed.sec * 1000, i18n.language)}
        </span>
      )}
      {showError ? (
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
