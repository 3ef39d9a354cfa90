// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgendaEditor, moveItem } from '../dashboard/meeting/AgendaEditor';
import { newItem, type DraftItem } from '../dashboard/meeting/setup.draft';
import { initI18n } from '../i18n/i18n';
import { NudgeCard } from '../overlay/NudgeCard';
import { RebalanceOffer } from '../overlay/RebalanceOffer';
import { ProgressBar } from '../overlay/ProgressBar';
import { Notes } from '../dashboard/report/Notes';
import { applyData, applySnapshot, ticker } from '../store/store';
import { CallPrompt } from '../overlay/CallPrompt';
import { DetectionSection } from '../dashboard/settings/DetectionSection';
import { Toasts } from '../ui/Toasts';
import type { HostInfo } from '../../../shared/contract/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { DurationInput } from '../ui/DurationInput';
import { installFakeTransport } from './support/fake.transport';
import { sessionAt, T0 } from './support/meeting.fixture';

beforeAll(() => initI18n('en'));

describe('DurationInput', () => {
  it('reads budgets the way people type them and keeps what was typed until it parses', async () => {
    const onChange = vi.fn();
    render(<DurationInput label="Budget" value={600} onChange={onChange} />);
    const input = screen.getByLabelText('Budget');
    expect(input).toHaveProperty('value', '10m');
    await userEvent.clear(input);
    await userEvent.type(input, '1h30');
    expect(onChange).toHaveBeenLastCalledWith(5400);
    await userEvent.clear(input);
    await userEvent.type(input, 'soon');
    expect(screen.getByRole('alert').textContent).toMatch(/Not a length Tactful understands/);
    expect(input).toHaveProperty('value', 'soon');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(input);
    await userEvent.type(input, '20 мин');
    expect(onChange).toHaveBeenLastCalledWith(1200);
  });

  it('refuses a negative length with a clear message', async () => {
    const onChange = vi.fn();
    render(<DurationInput label="Budget" value={600} onChange={onChange} />);
    const input = screen.getByLabelText('Budget');
    await userEvent.clear(input);
    onChange.mockClear();
    await userEvent.type(input, '-5');
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

/** A running meeting with a tier-2 off-topic line showing. */
function show() {
  const session = sessionAt([
    { type: 'started' },
    { type: 'offTopicStarted' },
    {
      type: 'nudgeFired',
      key: 'offTopic:0#2',
      subject: 'offTopic:0',
      trigger: 'offTopic',
      tier: 2,
      situation: 'chattyClient',
      lineId: 'en.chattyClient.2.neutral.0',
    } as never,
  ]);
  act(() =>
    applySnapshot(
      {
        at: Date.now(),
        session,
        nudgeLine: {
          key: 'offTopic:0#2',
          lineId: 'en.chattyClient.2.neutral.0',
          text: 'Shall we get back to the project?',
        },
        flipAt: null,
      },
      Date.now(),
    ),
  );
}

describe('NudgeCard', () => {
  beforeEach(() => {
    window.tactful = undefined;
  });

  it('shows the line with its tier, and copies it, telling the host it was used', async () => {
    const { sent } = installFakeTransport();
    const copy = vi.fn(async () => undefined);
    window.tactful = { copyText: copy } as never;
    show();
    render(<NudgeCard />);
    expect(screen.getByTestId('nudge-line').textContent).toBe('Shall we get back to the project?');
    expect(screen.getByText('Clear')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Copy/ }));
    expect(copy).toHaveBeenCalledWith('Shall we get back to the project?');
    expect(sent).toContainEqual({
      type: 'meeting.command',
      command: { type: 'nudgeActed', key: 'offTopic:0#2', action: 'copied' },
    });
  });

  it('snoozes, asks for another line, and dismisses', async () => {
    const { sent } = installFakeTransport();
    show();
    render(<NudgeCard />);
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Snooze' })).getByRole('button', { name: '3 min' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Another line/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(sent).toEqual([
      { type: 'meeting.command', command: { type: 'snoozeNudge', key: 'offTopic:0#2', sec: 180 } },
      { type: 'nudge.anotherLine', key: 'offTopic:0#2' },
      { type: 'meeting.command', command: { type: 'dismissNudge', key: 'offTopic:0#2' } },
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
  const at = (ms: number) => {
    // 25-minute cap for 10 + 15 minutes of agenda: every minute the first item runs over comes out of the second.
    const session = sessionAt([{ type: 'started' } as never], { capSec: 1500 });
    vi.useFakeTimers({ now: T0 + ms, toFake: ['Date'] });
    act(() => {
      applySnapshot({ at: T0 + ms, session, nudgeLine: null, flipAt: null }, T0 + ms);
      ticker.follow(session);
    });
  };
  afterEach(() => vi.useRealTimers());

  it('stays hidden while the plan still fits', () => {
    at(10 * 60_000);
    render(<RebalanceOffer />);
    expect(screen.queryByTestId('rebalance-offer')).toBeNull();
  });

  it('says what it would take and from how many items, and asks the host to do it', async () => {
    const { sent } = installFakeTransport();
    at(14 * 60_000);
    render(<RebalanceOffer />);
    const button = screen.getByTestId('rebalance-offer');
    expect(button.textContent).toBe('Rebalance: −4 min from 1 item');
    await userEvent.click(button);
    expect(sent).toEqual([{ type: 'meeting.command', command: { type: 'rebalance', minItemSec: 120 } }]);
  });
});

/** Host data with default settings and the detector in the given state. */
const withDetector = (detector: Partial<HostInfo['detector']>) =>
  act(() =>
    applyData({
      settings: DEFAULT_SETTINGS,
      clients: [],
      templates: [],
      phrases: { edits: {}, hidden: [], added: [] } as never,
      problems: [],
      lanUrls: [],
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
    show();
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
    expect(sent).toContainEqual({ type: 'nudge.typeIntoChat', key: 'offTopic:0#2' });
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

describe('ProgressBar', () => {
  it('runs one empty-to-full animation in steps, started in the past so it stands where the segment is', () => {
    vi.useFakeTimers({ now: T0 + 1000, toFake: ['Date'] });
    act(() => applySnapshot({ at: T0 + 1000, session: null, nudgeLine: null, flipAt: null }, T0 + 1000));
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
