import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import {
  audiences,
  meetingKinds,
  meetingPlanSchema,
  priorityValues,
  type MeetingPlan,
} from '../../../../shared/agenda/agenda.schema';
import type { HostResults } from '../../../../shared/contract/contract';
import { carryKey } from '../../../../shared/report/meeting.summary';
import { newId } from '../../hooks/ids';

/** The meeting being planned, as typed: kept on every keystroke so a reload or a crash loses nothing. */
const draftItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  budgetSec: z.number().int().min(0),
  notes: z.string().default(''),
  priority: z.enum(priorityValues).default('normal'),
  carriedFrom: z.object({ meetingId: z.string(), itemId: z.string() }).optional(),
});

export const draftSchema = z.object({
  clientId: z.string().nullable().default(null),
  title: z.string().default(''),
  items: z.array(draftItemSchema).default([]),
  capSec: z.number().int().positive().nullable().default(null),
  chatAtEndSec: z.number().int().min(0).default(0),
  kind: z.enum(meetingKinds).default('scheduled'),
  audience: z.enum(audiences).default('one'),
  hardTalkOn: z.boolean().default(false),
  matters: z.string().default(''),
  points: z.string().default(''),
  avoid: z.string().default(''),
  /** Deferred items already put on this draft once ("meetingId/itemId"): removing one is not undone by a re-render. */
  carriedOffered: z.array(z.string()).default([]),
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftItem = Draft['items'][number];

const KEY = 'tactful.meeting-draft';

export function newItem(title = '', budgetSec = 600): DraftItem {
  return { id: newId('i'), title, budgetSec, notes: '', priority: 'normal' };
}

export function emptyDraft(clientId: string | null = null): Draft {
  return { ...draftSchema.parse({}), clientId, items: [newItem()] };
}

function load(): Draft {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return emptyDraft();
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    // A draft from an older version that no longer fits is kept aside, not thrown away.
    if (!parsed.success) localStorage.setItem(`${KEY}.unreadable`, raw);
    return parsed.success ? parsed.data : emptyDraft();
  } catch {
    return emptyDraft();
  }
}

export function useDraft() {
  const [draft, setDraft] = useState<Draft>(load);
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(draft));
  }, [draft]);
  const update = useCallback((fn: (d: Draft) => Draft) => setDraft(fn), []);
  const reset = useCallback((clientId: string | null) => setDraft(emptyDraft(clientId)), []);
  return { draft, update, reset };
}

/** What an earlier meeting deferred, as the host offers it. */
export type DeferredOffer = HostResults['history.deferred']['deferred'][number];

/**
 * Puts deferred items from earlier meetings at the start of the agenda, once per draft. The lone empty row a new
 * draft starts with gives way; anything typed stays, after them.
 */
export function withCarried(d: Draft, offers: readonly DeferredOffer[]): Draft {
  const fresh = offers.filter((o) => !d.carriedOffered.includes(carryKey(o.meetingId, o.item.id)));
  if (fresh.length === 0) return d;
  const carried = fresh.map((o): DraftItem => ({
    id: newId('i'),
    title: o.item.title,
    budgetSec: o.item.budgetSec,
    notes: o.item.notes ?? '',
    priority: o.item.priority,
    carriedFrom: { meetingId: o.meetingId, itemId: o.item.id },
  }));
  const typed = d.items.filter((i) => i.title.trim() !== '' || i.notes.trim() !== '');
  return {
    ...d,
    items: [...carried, ...typed],
    carriedOffered: [...d.carriedOffered, ...fresh.map((o) => carryKey(o.meetingId, o.item.id))],
  };
}

/**
 * Another client was picked: the items carried over for the previous one leave again, unless the user has changed
 * them since (then they are the user's).
 */
export function forOtherClient(d: Draft, clientId: string | null, offers: readonly DeferredOffer[]): Draft {
  const untouched = (i: DraftItem) =>
    offers.some(
      (o) =>
        i.carriedFrom?.meetingId === o.meetingId &&
        i.carriedFrom.itemId === o.item.id &&
        i.title === o.item.title &&
        i.budgetSec === o.item.budgetSec &&
        i.notes === (o.item.notes ?? ''),
    );
  const items = d.items.filter((i) => !untouched(i));
  return { ...d, clientId, items: items.length > 0 ? items : [newItem()], carriedOffered: [] };
}

/** A new agenda (a template, a pasted one) replaces what was typed, but carried-over items stay in front. */
export function replaceAgenda(d: Draft, items: DraftItem[]): DraftItem[] {
  return [...d.items.filter((i) => i.carriedFrom), ...items];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The plan to send, validated with the same schema the host uses; errors keyed by where they are. */
export function draftToPlan(
  d: Draft,
  fallbackTitle: string,
): { plan: MeetingPlan; errors: null } | { plan: null; errors: Record<string, string> } {
  const input = {
    id: newId('m'),
    title: d.title.trim() || fallbackTitle,
    clientId: d.clientId,
    kind: d.kind,
    audience: d.audience,
    capSec: d.capSec,
    chatAtEndSec: d.chatAtEndSec,
    items: d.items.map((i) => ({
      id: i.id,
      title: i.title,
      budgetSec: i.budgetSec,
      priority: i.priority,
      ...(i.notes.trim() ? { notes: i.notes.trim() } : {}),
      ...(i.carriedFrom ? { carriedFrom: i.carriedFrom } : {}),
    })),
    hardTalk: d.hardTalkOn
      ? { matters: d.matters.trim(), points: lines(d.points), avoid: lines(d.avoid) }
      : null,
  };
  const r = meetingPlanSchema.safeParse(input);
  if (r.success) return { plan: r.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const [head, index, field] = issue.path.map(String);
    const key =
      head === 'items' && index !== undefined
        ? `items.${d.items[Number(index)]?.id ?? index}.${field ?? ''}`
        : (head ?? 'plan');
    errors[key] ??= issue.message;
  }
  return { plan: null, errors };
}
