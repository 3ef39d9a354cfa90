import { useState } from 'react';
import { TextField } from './Field';

/**
 * A whole number the user types freely and that is taken when they leave the field or press Enter: never clamped or
 * reset mid-typing (typing "30" into a field that starts at 5 must not save 5, then 50). Out of range, what was
 * typed stays, with the error beside it.
 */
export function CountField({
  label,
  hint,
  value,
  min,
  max,
  error,
  onCommit,
}: {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  /** Shown while what was typed is not a whole number from min to max. */
  error: string;
  onCommit: (n: number) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? String(value);
  const n = Number(shown);
  const valid = shown.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
  const take = () => {
    if (typed === null || !valid) return;
    if (n !== value) onCommit(n);
    setTyped(null);
  };
  return (
    <TextField
      label={label}
      hint={hint}
      inputMode="numeric"
      value={shown}
      error={valid ? null : error}
      onChange={(e) => setTyped(e.target.value)}
      onBlur={take}
      onKeyDown={(e) => e.key === 'Enter' && take()}
    />
  );
}
