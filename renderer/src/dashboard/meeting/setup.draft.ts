import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import {
  audiences,
  meetingKinds,
  meetingPlanSchema,
  priorityValues,
  type MeetingPlan,
} from '../../../../shared/agenda/agenda.schema';
import { newId } from '../../hooks/ids';

/** The meeting being planned, as typed: kept on every keystroke so a reload or a crash loses nothing. */
const draftItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  budgetSec: z.number().int().min(0),
  notes: z.string().default(''),
  priority: z.enum(priorityValues).default('normal'),
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
