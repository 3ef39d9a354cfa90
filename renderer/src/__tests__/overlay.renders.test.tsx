// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ControlsModule from '../overlay/OverlayControls';
import type * as HeaderModule from '../overlay/OverlayHeader';
import type * as NudgeModule from '../overlay/NudgeCard';
import type * as CounterModule from '../overlay/MainCounter';

// Count the renders of every part of the overlay that has no business ticking.
const renders: Record<string, number> = {};
function counted<P extends object>(name: string, Component: (p: P) => unknown) {
  return (props: P) => {
    renders[name] = (renders[name] ?? 0) + 1;
    return Component(props);
  };
}
vi.mock('../overlay/OverlayControls', async (orig) => {
  const m = await orig<typeof ControlsModule>();
  return { ...m, OverlayControls: counted('OverlayControls', m.OverlayControls) };
});
vi.mock('../overlay/OverlayHeader', async (orig) => {
  const m = await orig<typeof HeaderModule>();
  return { OverlayHeader: counted('OverlayHeader', m.OverlayHeader) };
});
vi.mock('../overlay/NudgeCard', async (orig) => {
  const m = await orig<typeof NudgeModule>();
  return { ...m, NudgeCard: counted('NudgeCard', m.NudgeCard) };
});
vi.mock('../overlay/MainCounter', async (orig) => {
  const m = await orig<typeof CounterModule>();
  return { ...m, MainCounter: counted('MainCounter', m.MainCounter) };
});

import { initI18n } from '../i18n/i18n';
import { OverlayApp } from '../overlay/OverlayApp';
import { applySnapshot, ticker } from '../store/store';
import { sessionAt, T0 } from './support/meeting.fixture';

describe('the overlay renders efficiently', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0 + 250);
    initI18n('en');
    for (const k of Object.keys(renders)) delete renders[k];
  });
  afterEach(() => {
    ticker.stop();
    vi.useRealTimers();
  });

  it('commits about once a second during 10 s of a running meeting, and only the clock leaves re-render', () => {
    const session = sessionAt([{ type: 'started' }]);
    act(() => applySnapshot({ at: Date.now(), session, nudgeLine: null, flipAt: null }, Date.now()));
    let commits = 0;
    render(
      <Profiler id="overlay" onRender={() => commits++}>
        <OverlayApp />
      </Profiler>,
    );
    const mountCommits = commits;
    const mounted = { ...renders };
    for (let s = 0; s < 10; s++) {
      // The host also pushes an unchanged snapshot each second: it must not cause renders.
      act(() => {
        vi.advanceTimersByTime(1000);
        applySnapshot(
          { at: Date.now(), session: JSON.parse(JSON.stringify(session)), nudgeLine: null, flipAt: null },
          Date.now(),
        );
      });
    }
    const ticks = commits - mountCommits;
    expect(ticks).toBeGreaterThanOrEqual(9);
    expect(ticks).toBeLessThanOrEqual(11);
    expect(renders.MainCounter! - mounted.MainCounter!).toBe(ticks);
    for (const still of ['OverlayControls', 'OverlayHeader', 'NudgeCard'])
      expect(renders[still], still).toBe(mounted[still]);
  });

  it('does not tick at all while nothing runs', () => {
    const session = sessionAt([]);
    act(() => applySnapshot({ at: Date.now(), session, nudgeLine: null, flipAt: null }, Date.now()));
    let commits = 0;
    render(
      <Profiler id="overlay" onRender={() => commits++}>
        <OverlayApp />
      </Profiler>,
    );
    const after = commits;
    act(() => vi.advanceTimersByTime(10_000));
    expect(commits).toBe(after);
  });
});
