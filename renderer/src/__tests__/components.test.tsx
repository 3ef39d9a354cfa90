// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgendaEditor, moveItem } from '../dashboard/meeting/AgendaEditor';
import { newItem, type DraftItem } from '../dashboard/meeting/setup.draft';
import { initI18n } from '../i18n/i18n';
import { AgendaList } from '../live/AgendaList';
import { NudgeCard } from '../live/NudgeCard';
import { RebalanceOffer } from '../live/RebalanceOffer';
import { ProgressBar } from '../live/ProgressBar';
import { ExportDialog } from '../dashboard/export/ExportDialog';
import { Notes } from '../dashboard/report/Notes';
import { ReportView } from '../dashboard/report/ReportView';
import { buildReport } from '../../../shared/report/report.model';
import { OverlayApp } from '../overlay/OverlayApp';
import { browserPlatform, setPlatform } from '../platform';
import { applyInfo, applySnapshot } from '../store/store';
import { CallPrompt } from '../live/CallPrompt';
import { DetectionSection } from '../dashboard/settings/DetectionSection';
import { Toasts } from '../ui/Toasts';
import type { HostInfo, NudgeLineView } from '../../../shared/contract/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { clientSchema } from '../../../shared/settings/client.schema';
import { DurationInput } from '../ui/DurationInput';
import { installFakeTransport } from './support/fake.transport';
import { meeting, MIN, snapshotOf, T0 } from './support/meeting.fixture';
import { NO_CALENDARS } from '../../../shared/contract/calendar.contract';

beforeAll(() => initI18n('en'));

describe('DurationInput', () => {
  it('reads budgets the way people type them, takes them when the person is done, and keeps what was typed', async () => {
    const onChange = vi.fn();
    render(<DurationInput label="Budget" value={600} onChange={onChange} />);
    const input = screen.getByLabelText('Budget');
    expect(input).toHaveProperty('value', '10m');
    await userEvent.clear(input);
    await userEvent.type(input, '1h30');
    // Nothing is taken while typing; what it reads as is shown.
    expect(onChange).not.toHaveBeenCalled();
    expect(input.parentElement?.textContent).toContain('= 1 hr 30 min');
    await userEvent.tab();
    expect(onChange).toHaveBeenLastCalledWith(5400);
    await userEvent.clear(input);
    await userEvent.type(input, 'soon{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/Not a length Tactful understands/);
    expect(input).toHaveProperty('value', 'soon');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).toHaveBeenCalledTimes(1);
    await userEvent.clear(input);
    await userEvent.type(input, '20 мин{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(1200);
  });

  it('takes "10s" typed key by key as ten seconds, not the minute its first key would be', async () => {
    const onChange = vi.fn();
    render(<DurationInput label="Tier 1" value={120} optional onChange={onChange} />);
    const input = screen.getByLabelText('Tier 1');
    await userEvent.clear(input);
    for (const key of ['1', '0', 's']) await userEvent.type(input, key);
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(onChange.mock.calls).toEqual([[10]]);
  });

  it('refuses a negative length with a clear message', async () => {
    const onChange = vi.fn();
    render(<DurationInput label="Budget" value={600} onChange={onChange} />);
    const input = screen.getByLabelText('Budget');
    await userEvent.clear(input);
    await userEvent.type(input, '-5{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be negative/);
    expect(onChange).not.toHaveBeenCalled();
  });
});

function Agenda({ initial }: { initial: DraftItem[] }) {
  const [items, setItems] = useState(initial);
  return (
    <>
      <AgendaEditor items={items} onChange={setItems} errors={{}} />
      <output data-testid="order">{items.map((i) => i.title).join('|')}</output>
    </>
  );
}

describe('AgendaEditor', () => {
  const three = () => [newItem('Budget', 600), newItem('Launch', 900), newItem('Wrap-up', 300)];

  it('reorders with Alt+↓ / Alt+↑ from the keyboard and with the arrow buttons', () => {
    render(<Agenda initial={three()} />);
    const order = () => screen.getByTestId('order').textContent;
    fireEvent.keyDown(screen.getByLabelText('Item 1'), { key: 'ArrowDown', altKey: true });
    expect(order()).toBe('Launch|Budget|Wrap-up');
    fireEvent.keyDown(screen.getByLabelText('Item 3'), { key: 'ArrowUp', altKey: true });
    expect(order()).toBe('Launch|Wrap-up|Budget');
    fireEvent.click(screen.getByRole('button', { name: 'Move “Launch” down' }));
    expect(order()).toBe('Wrap-up|Launch|Budget');
  });

  it('reorders by drag and drop', () => {
    render(<Agenda initial={three()} />);
    const rows = screen.getAllByRole('listitem');
    const handle = rows[2]!.querySelector('[draggable]')!;
    fireEvent.dragStart(handle, { dataTransfer: { setData: () => undefined, effectAllowed: '' } });
    fireEvent.drop(rows[0]!);
    expect(screen.getByTestId('order').textContent).toBe('Wrap-up|Budget|Launch');
  });

  it('adds an item with Enter, and removes items', async () => {
    render(<Agenda initial={three()} />);
    await userEvent.click(screen.getByLabelText('Item 3'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Budget”' }));
    expect(screen.getByTestId('order').textContent).toBe('Launch|Wrap-up|');
  });

  it('moves within bounds only', () => {
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 0)).toEqual([3, 1, 2]);
  });
});

/** A running meeting, five minutes off-topic, with the tier-2 line the host fired for it showing. */
function show(): NudgeLineView {
  const sim = meeting()
    .do({ type: 'start' })
    .wait(MIN)
    .do({ type: 'toggleOffTopic' })
    .wait(5 * MIN);
  const [key] = sim.fireDue(undefined, 'en.chattyClient.2.neutral.back');
  const nudge: NudgeLineView = {
    key: key!,
    lineId: 'en.chattyClient.2.neutral.back',
    text: 'Shall we get back to the project?',
    tier: 2,
    situation: 'chattyClient',
    locale: 'en',
  };
  act(() => applySnapshot(snapshotOf(sim, { nudge }), Date.now()));
  return nudge;
}

describe('NudgeCard', () => {
  afterEach(() => setPlatform(browserPlatform(window)));

  it('shows the line with its tier, and copies it, telling the host it was used', async () => {
    const { sent } = installFakeTransport();
    const copy = vi.fn(async () => true);
    setPlatform({ ...browserPlatform(window), kind: 'app', copyText: copy });
    const { key } = show();
    render(<NudgeCard />);
    expect(screen.getByTestId('nudge-line').textContent).toBe('Shall we get back to the project?');
    expect(screen.getByTestId('nudge-line').getAttribute('lang')).toBe('en');
    expect(screen.getByText('Clear')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Copy/ }));
    expect(copy).toHaveBeenCalledWith('Shall we get back to the project?');
    expect(sent).toContainEqual({
      type: 'meeting.command',
      command: { type: 'nudgeActed', key, action: 'copied' },
    });
  });

  it('snoozes, asks for another line, and dismisses', async () => {
    const { sent } = installFakeTransport();
    const { key } = show();
    render(<NudgeCard />);
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Snooze' })).getByRole('button', { name: '3 min' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Another line/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(sent).toEqual([
      { type: 'meeting.command', command: { type: 'snoozeNudge', key, sec: 180 } },
      { type: 'nudge.anotherLine', key },
      { type: 'meeting.command', command: { type: 'dismissNudge', key } },
    ]);
  });
});

describe('Notes', () => {
  const note = (text: string) => ({
    type: 'meeting.annotate',
    meetingId: 'm1',
    command: { type: 'editNotes', text },
  });

  it('saves once typing pauses, not per keystroke', async () => {
    const { sent } = installFakeTransport();
    render(<Notes meetingId="m1" saved="" />);
    await userEvent.type(screen.getByLabelText('Notes'), 'Budget ok');
    expect(sent).toEqual([]);
    await act(() => new Promise((r) => setTimeout(r, 900)));
    expect(sent).toEqual([note('Budget ok')]);
  });

  it('saves what was typed when the page closes before the pause', async () => {
    const { sent } = installFakeTransport();
    const view = render(<Notes meetingId="m1" saved="First" />);
    await userEvent.type(screen.getByLabelText('Notes'), ' and second');
    view.unmount();
    await act(() => Promise.resolve());
    expect(sent).toEqual([note('First and second')]);
  });

  it('follows notes changed elsewhere, unless something typed here is not saved yet', async () => {
    installFakeTransport();
    const box = () => screen.getByLabelText<HTMLTextAreaElement>('Notes');
    const { rerender } = render(<Notes meetingId="m1" saved="First" />);
    rerender(<Notes meetingId="m1" saved="From the other window" />);
    expect(box().value).toBe('From the other window');
    await userEvent.type(box(), '!');
    rerender(<Notes meetingId="m1" saved="Changed there again" />);
    expect(box().value).toBe('From the other window!');
  });

  it('sends nothing when the text is unchanged', async () => {
    const { sent } = installFakeTransport();
    const view = render(<Notes meetingId="m1" saved="Same" />);
    fireEvent.blur(screen.getByLabelText('Notes'));
    view.unmount();
    await act(() => Promise.resolve());
    expect(sent).toEqual([]);
  });
});

describe('RebalanceOffer', () => {
  // 25-minute cap for 10 + 15 minutes of agenda: every minute the first item runs over comes out of the second.
  const at = (minutes: number, offer: { cutSec: number; shrunk: number; deferred: number } | null) => {
    const sim = meeting({ capSec: 1500 })
      .do({ type: 'start' })
      .wait(minutes * MIN);
    act(() => applySnapshot(snapshotOf(sim, { offer }), sim.now));
  };

  it('stays hidden while the host offers nothing', () => {
    at(10, null);
    render(<RebalanceOffer />);
    expect(screen.queryByTestId('rebalance-offer')).toBeNull();
  });

  it('says what the host offers and asks it to do it, with the minimum from Settings', async () => {
    const { sent } = installFakeTransport();
    at(14, { cutSec: 240, shrunk: 1, deferred: 0 });
    render(<RebalanceOffer />);
    const button = screen.getByTestId('rebalance-offer');
    expect(button.textContent).toBe('Rebalance: −4 min from 1 item');
    await userEvent.click(button);
    expect(sent).toEqual([{ type: 'meeting.command', command: { type: 'rebalance', minItemSec: 120 } }]);
  });

  it('says how many items would move to the next meeting when even the minimums do not fit', () => {
    at(24, { cutSec: 840, shrunk: 0, deferred: 1 });
    render(<RebalanceOffer />);
    expect(screen.getByTestId('rebalance-offer').textContent).toMatch(/1 item/);
  });

  it('answers the R key in the overlay only while an offer is shown', async () => {
    const { sent } = installFakeTransport();
    at(10, null);
    render(<OverlayApp />);
    await userEvent.keyboard('r');
    expect(sent).toEqual([]);
    at(14, { cutSec: 240, shrunk: 1, deferred: 0 });
    await userEvent.keyboard('r');
    expect(sent).toEqual([{ type: 'meeting.command', command: { type: 'rebalance', minItemSec: 120 } }]);
  });
});

describe('AgendaList', () => {
  const three = () =>
    meeting({
      capSec: 1200,
      items: [
        { id: 'a', title: 'Budget review', budgetSec: 600 },
        { id: 'b', title: 'Launch plan', budgetSec: 900 },
        { id: 'c', title: 'Invoices', budgetSec: 300 },
      ],
    });
  // The current row's time reads the clock: the clock stands at the sim's.
  const showAt = (sim: ReturnType<typeof three>) => {
    vi.useFakeTimers({ now: sim.now, toFake: ['Date'] });
    act(() => applySnapshot(snapshotOf(sim), sim.now));
  };
  afterEach(() => vi.useRealTimers());
  const rows = () =>
    screen.getAllByRole('listitem').map((li) => ({
      title: li.querySelector('.agenda-list__title')!.textContent,
      state: ['is-current', 'is-done', 'is-deferred', 'is-upcoming'].filter((c) => li.classList.contains(c)),
      time: li.querySelector('.agenda-list__time')!.textContent,
    }));

  it('marks where the meeting stands: the current row, done rows (red when over), deferred and upcoming ones', () => {
    // 18 minutes on the first item of a 20-minute meeting: the rest is rebalanced, the last item deferred.
    const sim = three()
      .do({ type: 'start' })
      .wait(18 * MIN)
      .do({ type: 'rebalance', minItemSec: 120 });
    showAt(sim);
    render(<AgendaList />);
    expect(rows()).toEqual([
      { title: 'Budget review', state: ['is-current'], time: '18:00 / 10 min' },
      { title: 'Launch plan', state: ['is-upcoming'], time: ' / 15 min 2 min' },
      { title: 'Invoices', state: ['is-deferred'], time: 'Next time / 5 min' },
    ]);
    expect(screen.getAllByRole('listitem')[0]!.getAttribute('aria-current')).toBe('step');
    showAt(sim.wait(MIN).do({ type: 'next' }));
    expect(rows().map((r) => r.state[0])).toEqual(['is-done', 'is-current', 'is-deferred']);
    expect(screen.getByText('19:00').className).toBe('text-red');
  });

  it('shows nothing current before the start and after the end', () => {
    const sim = three();
    showAt(sim);
    const { rerender } = render(<AgendaList />);
    expect(rows().map((r) => r.state[0])).toEqual(['is-upcoming', 'is-upcoming', 'is-upcoming']);
    showAt(sim.do({ type: 'start' }).wait(MIN).do({ type: 'end' }));
    rerender(<AgendaList />);
    expect(rows().map((r) => r.state[0])).toEqual(['is-done', 'is-upcoming', 'is-upcoming']);
  });
});

/** Host data with default settings and the detector in the given state. */
const withDetector = (detector: Partial<HostInfo['detector']>, clients: HostInfo['clients'] = []) =>
  act(() =>
    applyInfo({
      settings: DEFAULT_SETTINGS,
      clients,
      templates: [],
      phrases: { edited: {}, added: [], removed: [] },
      problems: [],
      lanUrls: [],
      calendar: NO_CALENDARS,
      version: '0.1.0',
      detector: { available: true, status: 'running', reason: null, calls: [], prompt: null, ...detector },
    }),
  );

describe('the detector in the overlay', () => {
  it('asks to time a call with the guessed client, and answers with the words for an unplanned one', async () => {
    const { sent } = installFakeTransport();
    withDetector({
      calls: [{ appId: 'zoom', appName: 'Zoom' }],
      prompt: {
        kind: 'start',
        appId: 'zoom',
        appName: 'Zoom',
        plannedTitle: null,
        clientId: 'g',
        clientName: 'Giulia',
        source: 'title',
      },
    });
    render(<CallPrompt />);
    expect(screen.getByTestId('call-prompt').textContent).toContain(
      'A Zoom call with Giulia has started. Time it?',
    );
    await userEvent.click(screen.getByRole('button', { name: /Start timing/ }));
    expect(sent).toEqual([
      { type: 'call.accept', fallbackTitle: 'Zoom call with Giulia', fallbackItem: 'Conversation' },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(sent.at(-1)).toEqual({ type: 'call.dismiss' });
  });

  it('names the one item of an unplanned call in the client’s language, which the lines quote', async () => {
    const { sent } = installFakeTransport();
    const minh = clientSchema.parse({ id: 'm', name: 'Sao Mai', language: 'vi' });
    const prompt = {
      kind: 'start',
      appId: 'zoom',
      appName: 'Zoom',
      plannedTitle: null,
      clientId: 'm',
      clientName: 'Sao Mai',
      source: 'title',
    } as const;
    withDetector({ calls: [{ appId: 'zoom', appName: 'Zoom' }], prompt }, [minh]);
    render(<CallPrompt />);
    await userEvent.click(screen.getByRole('button', { name: /Start timing/ }));
    expect(sent).toEqual([
      { type: 'call.accept', fallbackTitle: 'Zoom call with Sao Mai', fallbackItem: 'Nội dung chính' },
    ]);
  });

  it('asks to end, pause or keep going when the call window closed', async () => {
    const { sent } = installFakeTransport();
    withDetector({ prompt: { kind: 'ended', appId: 'zoom', appName: 'Zoom' } });
    render(<CallPrompt />);
    expect(screen.getByTestId('call-prompt').textContent).toContain('The Zoom call window has closed.');
    await userEvent.click(screen.getByRole('button', { name: /Pause/ }));
    expect(sent).toEqual([{ type: 'meeting.command', command: { type: 'pause' } }]);
  });

  it('offers to type the line into the call’s chat only while a call window is open', async () => {
    const { sent } = installFakeTransport((cmd) =>
      cmd.type === 'nudge.typeIntoChat' ? { method: 'pasted' } : {},
    );
    withDetector({ calls: [] });
    const { key } = show();
    const { rerender } = render(
      <>
        <NudgeCard />
        <Toasts />
      </>,
    );
    expect(screen.queryByRole('button', { name: /Type into/ })).toBeNull();
    withDetector({ calls: [{ appId: 'zoom', appName: 'Zoom' }] });
    rerender(
      <>
        <NudgeCard />
        <Toasts />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: /Type into Zoom/ }));
    expect(sent).toContainEqual({ type: 'nudge.typeIntoChat', key });
    expect(await screen.findByText('Pasted into the Zoom chat: read it, then send')).toBeTruthy();
  });
});

describe('DetectionSection', () => {
  it('checks a new app’s pattern as it is typed, tries it on a title, and saves it with the others', async () => {
    const { sent } = installFakeTransport();
    withDetector({ status: 'unavailable', reason: 'noDisplay' });
    render(<DetectionSection />);
    expect(screen.getByTestId('detector-status').textContent).toBe('Not available on this computer');
    expect(screen.getByText(/There is no screen to watch/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('App'), 'Whereby');
    await userEvent.type(screen.getByLabelText('Title of its call window'), '(unclosed');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not a valid pattern/);
    expect(sent).toEqual([]);
    await userEvent.clear(screen.getByLabelText('Title of its call window'));
    await userEvent.type(screen.getByLabelText('Title of its call window'), '\\| Whereby$');
    await userEvent.type(screen.getByLabelText('Try it on a title'), 'Standup | Whereby');
    expect(screen.getByText('Matches: this window would count as a call.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(sent).toEqual([
      {
        type: 'settings.update',
        patch: {
          detection: {
            ...DEFAULT_SETTINGS.detection,
            rules: [{ id: 'whereby', name: 'Whereby', title: '\\| Whereby$', chatKeys: {} }],
          },
        },
      },
    ]);
  });
});

describe('ExportDialog', () => {
  const withEmail = (email: string) =>
    act(() =>
      applyInfo({
        settings: { ...DEFAULT_SETTINGS, exports: { ...DEFAULT_SETTINGS.exports, email } },
        clients: [],
        templates: [],
        phrases: { edited: {}, added: [], removed: [] },
        problems: [],
        lanUrls: [],
        calendar: NO_CALENDARS,
        version: '0.1.0',
        detector: { available: false, status: 'off', reason: null, calls: [], prompt: null },
      }),
    );

  it('shows the tracker email as saved, follows the other window until the user types one', async () => {
    installFakeTransport();
    withEmail('me@example.com');
    render(<ExportDialog open onClose={() => undefined} meetingIds={['m1']} />);
    // jsdom has no modal dialogs: what a real one shows is hidden from the accessibility tree here.
    await userEvent.click(screen.getByRole('radio', { name: /Toggl/, hidden: true }));
    const email = () => screen.getByLabelText<HTMLInputElement>('Your email in the time tracker');
    expect(email().value).toBe('me@example.com');
    withEmail('other@example.com');
    expect(email().value).toBe('other@example.com');
    await userEvent.clear(email());
    await userEvent.type(email(), 'typed@example.com');
    withEmail('third@example.com');
    expect(email().value).toBe('typed@example.com');
  });
});

describe('ProgressBar', () => {
  it('runs one empty-to-full animation in steps, started in the past so it stands where the segment is', () => {
    vi.useFakeTimers({ now: T0 + 1000, toFake: ['Date'] });
    act(() => applySnapshot(snapshotOf(null, { at: T0 + 1000 }), T0 + 1000));
    // A quarter full when the segment began a second ago, three more seconds to full: a 4 s run, 2 s in.
    const { container } = render(
      <ProgressBar startFraction={0.25} startedAt={T0} msToFull={3000} tone="ok" label="Item" />,
    );
    const fill = container.querySelector<HTMLElement>('.progress__fill')!;
    expect(fill.className).toContain('progress__fill--running');
    expect(fill.style.getPropertyValue('--progress-duration')).toBe('4000ms');
    expect(fill.style.animationDelay).toBe('-2000ms');
    expect(fill.style.animationTimingFunction).toBe('steps(1000, end)');
    vi.useRealTimers();
  });

  it('stands still at its fraction when nothing runs', () => {
    const { container } = render(
      <ProgressBar startFraction={0.4} startedAt={null} msToFull={3000} tone="near" label="Item" />,
    );
    const fill = container.querySelector<HTMLElement>('.progress__fill')!;
    expect(fill.className).not.toContain('running');
    expect(fill.style.transform).toBe('scaleX(0.4)');
  });
});

describe('ReportView', () => {
  it('shows off-topic time to the second beside its cost, so the two multiply out by hand', () => {
    installFakeTransport();
    const sim = meeting().do({ type: 'start' }).wait(MIN).do({ type: 'toggleOffTopic' }).wait(72_300);
    sim.do({ type: 'toggleOffTopic' }).wait(MIN).do({ type: 'end' });
    const report = buildReport(sim.state, sim.now, { hourlyRateMinor: 6000, currency: 'EUR' });
    render(
      <ReportView
        data={{
          report,
          plan: sim.state.plan,
          clientName: null,
          notes: '',
          followUps: [],
          suggestions: [],
          people: [],
        }}
        onChange={() => undefined}
      />,
    );
    const figure = screen.getByText('Off-topic').closest('div')!;
    // 72.3 s: 1 min 12 s at €60/h is €1.20.
    expect(figure.querySelector('dd')?.textContent).toBe('1 min 12 sec · €1.20');
  });
});
