// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, newItem, useMeetingDraft } from '../dashboard/meeting/setup.draft';
import { installFakeTransport } from './support/fake.transport';
import { T0 } from './support/meeting.fixture';

const offer = (meetingId: string, itemId: string, title: string) => ({
  meetingId,
  meetingTitle: 'Weekly call',
  startedAt: T0,
  item: { id: itemId, title, budgetSec: 600, priority: 'normal' as const },
});

/** Deferred items per client, as the host keeps them. */
const deferred: Record<string, ReturnType<typeof offer>[]> = {
  c1: [offer('m1', 'x', 'Launch checklist')],
  c2: [offer('m2', 'y', 'Invoice')],
};

describe('the meeting draft', () => {
  beforeEach(() => {
    localStorage.clear();
    installFakeTransport((cmd) =>
      cmd.type === 'history.deferred'
        ? { deferred: deferred[(cmd as unknown as { clientId: string }).clientId] ?? [] }
        : {},
    );
  });

  it('opens with what earlier meetings deferred, once: removing one does not bring it back', async () => {
    localStorage.setItem(
      'tactful.meeting-draft',
      JSON.stringify({ ...emptyDraft('c1'), items: [newItem('Budget')] }),
    );
    const { result } = renderHook(() => useMeetingDraft());
    await waitFor(() =>
      expect(result.current.draft.items.map((i) => i.title)).toEqual(['Launch checklist', 'Budget']),
    );
    act(() => result.current.update((d) => ({ ...d, items: d.items.slice(1) })));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(result.current.draft.items.map((i) => i.title)).toEqual(['Budget']);
  });

  it('swaps the carried items when another client is picked, and keeps the draft as it changes', async () => {
    localStorage.setItem('tactful.meeting-draft', JSON.stringify(emptyDraft('c1')));
    const { result } = renderHook(() => useMeetingDraft());
    await waitFor(() => expect(result.current.draft.items.map((i) => i.title)).toEqual(['Launch checklist']));
    act(() => result.current.setClient('c2'));
    await waitFor(() => expect(result.current.draft.items.map((i) => i.title)).toEqual(['Invoice']));
    const stored = JSON.parse(localStorage.getItem('tactful.meeting-draft')!);
    expect(stored.clientId).toBe('c2');
    expect(stored.items.map((i: { title: string }) => i.title)).toEqual(['Invoice']);
  });
});
