// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CountField } from '../ui/CountField';

/** A field starting at 15 (minimum 5), as "sync every … minutes" does, recording every value it hands on. */
function Harness({ saved }: { saved: number[] }) {
  const [value, setValue] = useState(15);
  return (
    <CountField
      label="Sync every"
      value={value}
      min={5}
      max={1440}
      error="Enter a whole number from 5 to 1440."
      onCommit={(n) => {
        saved.push(n);
        setValue(n);
      }}
    />
  );
}

describe('a count typed into a field', () => {
  it('is taken as typed when the field is left, never clamped key by key', async () => {
    const saved: number[] = [];
    render(<Harness saved={saved} />);
    const input = screen.getByLabelText('Sync every');
    await userEvent.clear(input);
    // "3" alone is under the minimum: it stays as typed, with the error, and nothing is saved.
    await userEvent.type(input, '3');
    expect((input as HTMLInputElement).value).toBe('3');
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 5 to 1440.');
    await userEvent.type(input, '0');
    expect(saved).toEqual([]);
    await userEvent.tab();
    expect(saved).toEqual([30]);
    expect((input as HTMLInputElement).value).toBe('30');
  });

  it('keeps an out-of-range number as typed and saves nothing', async () => {
    const saved: number[] = [];
    render(<Harness saved={saved} />);
    const input = screen.getByLabelText('Sync every');
    await userEvent.clear(input);
    await userEvent.type(input, '2000{Enter}');
    expect((input as HTMLInputElement).value).toBe('2000');
    expect(saved).toEqual([]);
  });
});
