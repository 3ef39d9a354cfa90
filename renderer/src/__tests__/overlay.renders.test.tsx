// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AgendaModule from '../live/AgendaList';
import type * as ControlsModule from '../live/MeetingControls';
import type * as CounterModule from '../live/MainCounter';
import type * as HeaderModule from '../live/MeetingHeader';
import type * as NudgeModule from '../live/NudgeCard';
import type * as OfferModule from '../live/RebalanceOffer';
import type * as PlanModule from '../live/PlanCard';

// Count the renders of every part of the overlay: only the clock leaves have any business ticking.
const renders: Record<string, number> = {};
function counted<P extends object>(name: string, Component: (p: P) => unknown) {
  return (props: P) => {
    renders[name] = (renders[name] ?? 0) + 1;
    return Component(props);
  };
}
vi.mock('../live/MeetingControls', async (orig) => {
  const m = await orig<typeof ControlsModule>();
  return { ...m, MeetingControls: counted('MeetingControls', m.MeetingControls) };
});
vi.mock('../live/MeetingHeader', async (orig) => {
  const m = await orig<typeof HeaderModule>();
  return { MeetingHeader: counted('MeetingHeader', m.MeetingHeader) };
});
vi.mock('../live/NudgeCard', async (orig) => {
  const m = await orig<typeof NudgeModule>();
  return { ...m, NudgeCard: counted('NudgeCard', m.NudgeCard) };
});
vi.mock('../live/RebalanceOffer', async (orig) => {
  const m = await orig<typeof OfferModule>();
  return { RebalanceOffer: counted('RebalanceOffer', m.RebalanceOffer) };
});
vi.mock('../live/AgendaList', async (orig) => {
  const m = await orig<typeof AgendaModule>();
  return { AgendaList: counted('AgendaList', m.AgendaList) };
});
vi.mock('../live/PlanCard', async (orig) => {
  const m = await orig<typeof PlanModule>();
  return { PlanCard: counted('PlanCard', m.PlanCard) };
});
vi.mock('../live/MainCounter', async (orig) => {
  const m = await orig<typeof CounterModule>();
  return { ...m, MainCounter: counted('MainCounter', m.MainCounter) };
});

import { initI18n } from '../i18n/i18n';
import { OverlayApp } from '../overlay/OverlayApp';
import { setOverlayExpanded } from '../store/actions';
import { applySnapshot, ticker } from '../store/store';
import { meeting, overTheWire, snapshotOf, T0 } from './support/meeting.fixture';

const STILL = ['MeetingControls', 'MeetingHeader', 'NudgeCard', 'RebalanceOffer', 'AgendaList', 'PlanCard'];

describe('the overlay renders efficiently', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0 + 250);
    initI18n('en');
    for (const k of Object.keys(renders)) delete renders[k];
  });
  afterEach(() => {
    ticker.stop();
    act(() => setOverlayExpanded(false));
    vi.useRealTimers();
  });

  it('commits about once a second during 10 s of a running meeting, and only the clock leaves re-render', () => {
    const snapshot = snapshotOf(meeting().do({ type: 'start' }), { at: Date.now() });
    act(() => applySnapshot(snapshot, Date.now()));
    // Expanded: the agenda (with its one ticking row) and the plan card are on screen too.
    act(() => setOverlayExpanded(true));
    let commits = 0;
    render(
      <Profiler id="overlay" onRender={() => commits++}>
        <OverlayApp />
      </Profiler>,
    );
    const mountCommits = commits;
    const mounted = { ...renders };
    expect(Object.keys(mounted).sort()).toEqual([...STILL, 'MainCounter'].sort());
    for (let s = 0; s < 10; s++) {
      // The host also pushes an unchanged snapshot each second: it must not cause renders.
      act(() => {
        vi.advanceTimersByTime(1000);
        applySnapshot({ ...overTheWire(snapshot), at: Date.now() }, Date.now());
      });
    }
    const ticks = commits - mountCommits;
    expect(ticks).toBeGreaterThanOrEqual(9);
    expect(ticks).toBeLessThanOrEqual(11);
    expect(renders.MainCounter! - mounted.MainCounter!).toBe(ticks);
    for (const still of STILL) expect(renders[still], still).toBe(mounted[still]);
  });

  it('does not tick at all while nothing runs', () => {
    act(() => applySnapshot(snapshotOf(meeting(), { at: Date.now() }), Date.now()));
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
