import { describe, expect, it, vi } from 'vitest';
import { meeting, overTheWire, snapshotOf, T0 } from './support/meeting.fixture';
import { Ticker } from '../clock/ticker';
import { msToNextFlip } from '../../../shared/meeting/meeting.view';
import { blankForm, fromForm, toForm, withLanguage } from '../dashboard/clients/client.form';
import {
  draftToPlan,
  emptyDraft,
  forOtherClient,
  newItem,
  replaceAgenda,
  withCarried,
} from '../dashboard/meeting/setup.draft';
import { acceleratorFrom } from '../dashboard/settings/ShortcutsSection';
import { clock, countdown, deltaSign, humanDuration, overtime } from '../format/time';
import { parseRoute } from '../hooks/useHashRoute';
import { systemLocale } from '../hooks/useUiLanguage';
import { offTopicLevel } from '../live/OffTopicTimer';
import { OffsetEstimator } from '../store/clock.offset';

describe('time formatting', () => {
  it('shows countdowns rounded up and overtime rounded down', () => {
    expect(countdown(600_000)).toBe('10:00');
    expect(countdown(599_001)).toBe('10:00');
    expect(countdown(599_000)).toBe('9:59');
    expect(countdown(1)).toBe('0:01');
    expect(overtime(83_999)).toBe('+1:23');
    expect(clock(3723)).toBe('1:02:03');
    expect(humanDuration(5_400_000, 'en')).toBe('1 hr 30 min');
    expect(humanDuration(45_000, 'ru')).toBe('45 с');
    expect(humanDuration(3_580_000, 'en')).toBe('1 hr');
    expect(humanDuration(7_170_000, 'en')).toBe('2 hr');
    expect(humanDuration(59_600, 'en')).toBe('1 min');
  });

  it('calls a difference that rounds to zero seconds on budget', () => {
    expect([deltaSign(499), deltaSign(-499), deltaSign(500), deltaSign(-61_000)]).toEqual([0, 0, 1, -1]);
  });
});

describe('the ticker', () => {
  it('knows when the running counter shows its next second', () => {
    const running = meeting().do({ type: 'start' }).view();
    expect(msToNextFlip(running, T0 + 250)).toBe(750);
    expect(msToNextFlip(running, T0 + 1000)).toBe(1000);
    expect(msToNextFlip(meeting().view(), T0)).toBeNull();
  });

  it('fires at each flip of the running counter, and stops when nothing runs', () => {
    let now = T0 + 300;
    const timers: { fn: () => void; at: number }[] = [];
    const t = new Ticker(() => now, {
      set: (fn, ms) => {
        timers.push({ fn, at: now + ms });
        return 0 as never;
      },
      clear: () => timers.splice(0),
    });
    const seen: number[] = [];
    t.subscribe(() => seen.push(t.getNow()));
    t.follow(meeting().do({ type: 'start' }).view());
    expect(timers.at(-1)!.at - T0).toBe(1001);
    now = timers.at(-1)!.at;
    timers.at(-1)!.fn();
    expect(seen.at(-1)! - T0).toBe(1001);
    t.follow(meeting().view());
    expect(timers).toHaveLength(0);
  });
});

describe('clock offset', () => {
  it('takes the sample with the least delay as the offset', () => {
    const o = new OffsetEstimator();
    o.add(10_000, 10_050);
    o.add(20_000, 20_010);
    expect(o.offset).toBe(-10);
  });
});

describe('meeting setup', () => {
  it('turns a draft into the plan the host checks, with errors where the user can see them', () => {
    const d = { ...emptyDraft('c1'), items: [newItem('Budget', 600), newItem('', 300)] };
    const bad = draftToPlan(d, 'Call');
    expect(bad.errors).toEqual({
      [`items.${d.items[1]!.id}.title`]: { key: 'itemNeedsTitle', params: { field: 'title', min: 1 } },
    });
    const good = draftToPlan(
      { ...d, items: [d.items[0]!], hardTalkOn: true, points: 'Be clear\n\nListen first', capSec: 1800 },
      'Call with Anna',
    );
    expect(good.plan).toMatchObject({
      title: 'Call with Anna',
      clientId: 'c1',
      capSec: 1800,
      hardTalk: { points: ['Be clear', 'Listen first'] },
    });
  });
});

describe('items carried over from an earlier meeting', () => {
  const offer = (itemId: string, title: string, budgetSec = 600) => ({
    meetingId: 'm1',
    meetingTitle: 'Weekly call',
    startedAt: T0,
    item: { id: itemId, title, budgetSec, priority: 'normal' as const },
  });

  it('opens the agenda with them, in place of the empty starter row, and goes into the plan', () => {
    const d = withCarried(emptyDraft('c1'), [offer('c', 'Launch checklist'), offer('d', 'Invoice', 300)]);
    expect(d.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Launch checklist', 600],
      ['Invoice', 300],
    ]);
    expect(draftToPlan(d, 'Call').plan?.items[0]).toMatchObject({
      title: 'Launch checklist',
      carriedFrom: { meetingId: 'm1', itemId: 'c' },
    });
  });

  it('keeps what the user typed after them, and never puts one on twice', () => {
    const typed = { ...emptyDraft('c1'), items: [newItem('Budget', 600)] };
    const once = withCarried(typed, [offer('c', 'Launch checklist')]);
    expect(once.items.map((i) => i.title)).toEqual(['Launch checklist', 'Budget']);
    expect(withCarried(once, [offer('c', 'Launch checklist')])).toBe(once);
    const more = withCarried(once, [offer('c', 'Launch checklist'), offer('d', 'Invoice')]);
    expect(more.items.map((i) => i.title)).toEqual(['Launch checklist', 'Invoice', 'Budget']);
  });

  it('leaves with the client it came for, unless the user has changed it', () => {
    const offers = [offer('c', 'Launch checklist'), offer('d', 'Invoice', 300)];
    const d = withCarried({ ...emptyDraft('c1'), items: [newItem('Budget', 600)] }, offers);
    const edited = {
      ...d,
      items: d.items.map((i) => (i.title === 'Invoice' ? { ...i, budgetSec: 900 } : i)),
    };
    const other = forOtherClient(edited, 'c2', offers);
    expect(other.clientId).toBe('c2');
    expect(other.items.map((i) => i.title)).toEqual(['Invoice', 'Budget']);
    // Nothing left: one empty row to type in, never an empty agenda.
    expect(forOtherClient(withCarried(emptyDraft('c1'), offers), null, offers).items).toHaveLength(1);
  });

  it('survives a template or a pasted agenda replacing the rest', () => {
    const d = withCarried({ ...emptyDraft('c1'), items: [newItem('Budget', 600)] }, [offer('c', 'Launch')]);
    expect(replaceAgenda(d, [newItem('Status', 300)]).map((i) => i.title)).toEqual(['Launch', 'Status']);
  });
});

describe('client form', () => {
  const base = {
    ...blankForm('c1', 'ro'),
    name: 'Atelier Nord',
    contact: ' Ioana ',
    rate: '45,50',
    address: 'informal',
  };

  it('parses the rate into minor units and keeps the forms of address and the contact', () => {
    expect(fromForm(base).client).toMatchObject({
      hourlyRateMinor: 4550,
      currency: 'EUR',
      language: 'ro',
      contact: 'Ioana',
      address: 'informal',
      groupAddress: null,
    });
    expect(fromForm({ ...base, rate: '' }).client?.hourlyRateMinor).toBeNull();
    expect(fromForm({ ...base, rate: '1500', currency: 'JPY' }).client?.hourlyRateMinor).toBe(1500);
    expect(toForm(fromForm(base).client!).rate).toBe('45.50');
  });

  it('keeps an archived client archived when it is edited', () => {
    expect(fromForm({ ...base, archived: true }).client?.archived).toBe(true);
  });

  it('carries the forms of address into a new language by politeness', () => {
    const german = withLanguage({ ...base, groupAddress: 'informal' }, 'de');
    expect([german.address, german.groupAddress]).toEqual(['informal', 'informal']);
    const vietnamese = withLanguage(german, 'vi');
    expect([vietnamese.address, vietnamese.groupAddress]).toEqual(['ban-minh', 'g-moinguoi-minh']);
    expect(withLanguage({ ...vietnamese, address: 'co-chau' }, 'it').address).toBe('formal');
    expect(withLanguage(vietnamese, 'en')).toMatchObject({ address: 'neutral', groupAddress: 'neutral' });
    expect(withLanguage(base, 'fr').groupAddress).toBeNull();
  });

  it('says what is wrong', () => {
    expect(fromForm({ ...base, name: '  ' }).errors).toEqual({ name: 'clients.errors.name' });
    expect(fromForm({ ...base, rate: 'lots' }).errors).toEqual({ rate: 'clients.errors.rate' });
    expect(fromForm({ ...base, currency: 'XYZ' }).errors).toEqual({ currency: 'clients.errors.currency' });
  });
});

describe('small helpers', () => {
  it('records shortcuts only with a modifier', () => {
    const key = (p: Partial<KeyboardEvent>) =>
      acceleratorFrom({
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        key: '',
        code: '',
        ...p,
      } as KeyboardEvent);
    expect(key({ ctrlKey: true, altKey: true, shiftKey: true, code: 'KeyN', key: 'N' })).toBe(
      'CommandOrControl+Alt+Shift+N',
    );
    expect(key({ metaKey: true, code: 'Digit3', key: '3' })).toBe('CommandOrControl+3');
    expect(key({ code: 'KeyN', key: 'n' })).toBeNull();
    expect(key({ altKey: true, code: 'AltLeft', key: 'Alt' })).toBeNull();
  });

  it('grows the off-topic timer as thresholds pass', () => {
    expect([0, 119_999, 120_000, 300_000, 480_000].map((ms) => offTopicLevel(ms, [120, 300, 480]))).toEqual([
      0, 0, 1, 2, 3,
    ]);
  });

  it('routes by hash and picks the system language when Tactful speaks it', () => {
    expect(parseRoute('#/overlay')).toEqual({ section: 'overlay', param: null });
    expect(parseRoute('')).toEqual({ section: 'meeting', param: null });
    expect(parseRoute('#/clients/c1')).toEqual({ section: 'clients', param: 'c1' });
    expect(systemLocale(['pt-BR', 'ru-RU', 'en'])).toBe('ru');
    expect(systemLocale(['ja'])).toBeNull();
  });

  it('keeps the view, the line and the offer when a push brings nothing new', async () => {
    vi.resetModules();
    const { applySnapshot, useAppStore } = await import('../store/store');
    const sim = meeting().do({ type: 'start' });
    const nudge = {
      key: 'k',
      lineId: null,
      text: 'Back to it?',
      tier: 1 as const,
      situation: 'chattyClient' as const,
      locale: 'en' as const,
    };
    const offer = { cutSec: 60, shrunk: 1, deferred: 0 };
    applySnapshot(snapshotOf(sim, { nudge, offer }), T0);
    const first = useAppStore.getState();
    applySnapshot({ ...overTheWire(snapshotOf(sim.wait(1000), { nudge, offer })) }, T0 + 1000);
    const second = useAppStore.getState();
    expect([second.view, second.nudge, second.offer]).toEqual([first.view, first.nudge, first.offer]);
    expect(second.view).toBe(first.view);
    expect(second.nudge).toBe(first.nudge);
    expect(second.offer).toBe(first.offer);
    // The journal grew: a new view. The offer moved on: a new offer; the line did not: the same line.
    applySnapshot(
      snapshotOf(sim.do({ type: 'togglePause' }), { nudge, offer: { ...offer, cutSec: 61 } }),
      T0 + 2000,
    );
    const third = useAppStore.getState();
    expect(third.view).not.toBe(first.view);
    expect(third.view?.status).toBe('paused');
    expect(third.offer).not.toBe(first.offer);
    expect(third.nudge).toBe(first.nudge);
    applySnapshot(snapshotOf(null), T0 + 3000);
    expect(useAppStore.getState().view).toBeNull();
  });
});
