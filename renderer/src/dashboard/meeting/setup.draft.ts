import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import {
  audiences,
  meetingKinds,
  meetingPlanSchema,
  priorityValues,
  roundSchema,
  type Audience,
  type MeetingKind,
  type MeetingPlan,
} from '../../../../shared/agenda/agenda.schema';
import type { BuiltinTemplate } from '../../../../shared/agenda/builtin.templates';
import type { HostResults } from '../../../../shared/contract/contract';
import { describeIssue } from '../../../../shared/contract/contract.errors';
import { participantFields, type Participant } from '../../../../shared/people/participant.schema';
import type { Template } from '../../../../shared/settings/template.schema';
import type { ErrorDescription } from '../../i18n/error.text';
import { newId } from '../../lib/ids';
import { send } from '../../store/actions';

/** The meeting being planned, as typed: kept on every change so a reload or a crash loses nothing. */
const draftItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  budgetSec: z.number().int().min(0),
  notes: z.string().default(''),
  priority: z.enum(priorityValues).default('normal'),
  carriedFrom: z.object({ meetingId: z.string(), itemId: z.string() }).optional(),
  /** A round: everyone in turn, this long each (its budget is people × that). */
  round: roundSchema.optional(),
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
  /** Who is in a group meeting, in the order of their digit keys. */
  participants: z.array(participantFields).default([]),
  turnLimitSec: z.number().int().positive().nullable().default(null),
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

/** What an earlier meeting deferred, as the host offers it. */
export type DeferredOffer = HostResults['history.deferred']['deferred'][number];

const isCarried = (i: DraftItem, o: DeferredOffer) =>
  i.carriedFrom?.meetingId === o.meetingId && i.carriedFrom.itemId === o.item.id;

/**
 * Puts deferred items from earlier meetings at the start of the agenda (those not on it already). The lone empty row
 * a new draft starts with gives way; anything typed stays, after them.
 */
export function withCarried(d: Draft, offers: readonly DeferredOffer[]): Draft {
  const fresh = offers.filter((o) => !d.items.some((i) => isCarried(i, o)));
  if (fresh.length === 0) return d;
  const carried = fresh.map((o): DraftItem => ({
    id: newId('i'),
    title: o.item.title,
    budgetSec: o.item.budgetSec,
    notes: o.item.notes ?? '',
    priority: o.item.priority,
    carriedFrom: { meetingId: o.meetingId, itemId: o.item.id },
  }));
  const typed = d.items.filter((i) => i.title.trim() !== '' || i.notes.trim() !== '' || i.carriedFrom);
  const [before, after] = [typed.filter((i) => i.carriedFrom), typed.filter((i) => !i.carriedFrom)];
  return { ...d, items: [...before, ...carried, ...after] };
}

/**
 * Another client was picked: the items carried over for the previous one leave again, unless the user has changed
 * them since (then they are the user's).
 */
export function forOtherClient(d: Draft, clientId: string | null, offers: readonly DeferredOffer[]): Draft {
  const untouched = (i: DraftItem) =>
    offers.some(
      (o) =>
        isCarried(i, o) &&
        i.title === o.item.title &&
        i.budgetSec === o.item.budgetSec &&
        i.notes === (o.item.notes ?? ''),
    );
  const items = d.items.filter((i) => !untouched(i));
  return { ...d, clientId, items: items.length > 0 ? items : [newItem()] };
}

/** A new agenda (a template, a pasted one) replaces what was typed, but carried-over items stay in front. */
export function replaceAgenda(d: Draft, items: DraftItem[]): DraftItem[] {
  return [...d.items.filter((i) => i.carriedFrom), ...items];
}

/** What a template brings to a draft, with its words already in the user's language. */
export interface TemplateShape {
  name: string;
  items: DraftItem[];
  capSec: number | null;
  chatAtEndSec: number;
  kind: MeetingKind;
  audience: Audience;
  participants: Participant[];
  turnLimitSec: number | null;
}

/** A built-in template, its names translated by `t`. */
export function builtinShape(b: BuiltinTemplate, t: (key: string) => string): TemplateShape {
  return {
    name: t(b.nameKey),
    items: b.items.map((i) => newItem(t(i.titleKey), i.budgetSec)),
    capSec: b.capSec,
    chatAtEndSec: b.chatAtEndSec,
    kind: b.kind,
    audience: b.audience,
    participants: [],
    turnLimitSec: null,
  };
}

/** One of the user's templates. */
export function ownShape(x: Template): TemplateShape {
  return {
    name: x.name,
    items: x.items.map((i) => ({
      ...newItem(i.title, i.budgetSec),
      priority: i.priority,
      notes: i.notes ?? '',
      ...(i.round ? { round: i.round } : {}),
    })),
    capSec: x.capSec,
    chatAtEndSec: x.chatAtEndSec,
    kind: x.kind,
    audience: x.audience,
    participants: x.participants,
    turnLimitSec: x.turnLimitSec,
  };
}

/** The template's agenda and shape replace the draft's (carried-over items stay); a typed title stays too. */
export function withTemplate(d: Draft, shape: TemplateShape): Draft {
  return {
    ...d,
    items: replaceAgenda(d, shape.items),
    capSec: shape.capSec,
    chatAtEndSec: shape.chatAtEndSec,
    kind: shape.kind,
    audience: shape.audience,
    title: d.title || shape.name,
    // A template's participant slots come with it; without any, the people already picked stay.
    participants: shape.participants.length > 0 ? shape.participants : d.participants,
    turnLimitSec: shape.turnLimitSec ?? d.turnLimitSec,
  };
}

/** An item's budget as planned: a round's is its people × the time each, the others' as typed. */
export function itemBudget(i: DraftItem, people: number): number {
  return i.round ? i.round.perPersonSec * people : i.budgetSec;
}

/** The people a draft's meeting has: a group's list, or none (a one-client call has the client, set by the host). */
export function draftPeople(d: Draft): Participant[] {
  return d.audience === 'group' ? d.participants : [];
}

/** Pasted items: they replace the agenda when asked to (or when nothing is typed yet), else go after it. */
export function withPasted(d: Draft, items: DraftItem[], replace: boolean): Draft {
  const typed = d.items.some((i) => i.title.trim() !== '');
  return {
    ...d,
    items: replace || !typed ? replaceAgenda(d, items) : [...d.items.filter((i) => i.title.trim()), ...items],
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The plan to send, validated with the same schema the host uses; what is wrong is keyed by where it is ("title",
 * "items.<id>.title"), as catalog keys with their parameters for the UI to word.
 */
export function draftToPlan(
  d: Draft,
  fallbackTitle: string,
): { plan: MeetingPlan; errors: null } | { plan: null; errors: Record<string, ErrorDescription> } {
  const people = draftPeople(d);
  const group = d.audience === 'group';
  const input = {
    id: newId('m'),
    title: d.title.trim() || fallbackTitle,
    clientId: d.clientId,
    kind: d.kind,
    audience: d.audience,
    capSec: d.capSec,
    chatAtEndSec: d.chatAtEndSec,
    // A round is for a group: with one client it is planned as the time it was given.
    items: d.items.map((i) => ({
      id: i.id,
      title: i.title,
      budgetSec: group ? itemBudget(i, people.length) : i.budgetSec,
      priority: i.priority,
      ...(i.notes.trim() ? { notes: i.notes.trim() } : {}),
      ...(i.carriedFrom ? { carriedFrom: i.carriedFrom } : {}),
      ...(i.round && group ? { round: i.round } : {}),
    })),
    participants: people,
    turnLimitSec: group ? d.turnLimitSec : null,
    hardTalk: d.hardTalkOn
      ? { matters: d.matters.trim(), points: lines(d.points), avoid: lines(d.avoid) }
      : null,
  };
  const r = meetingPlanSchema.safeParse(input);
  if (r.success) return { plan: r.data, errors: null };
  const errors: Record<string, ErrorDescription> = {};
  for (const issue of r.error.issues) {
    const [head, index, field] = issue.path.map(String);
    const key =
      head === 'items' && index !== undefined
        ? `items.${d.items[Number(index)]?.id ?? index}.${field ?? ''}`
        : head === 'participants' && index !== undefined
          ? `participants.${people[Number(index)]?.id ?? index}`
          : (head ?? 'plan');
    errors[key] ??= describeIssue(issue, input);
  }
  return { plan: null, errors };
}

async function deferredFor(clientId: string | null): Promise<DeferredOffer[]> {
  try {
    return (await send({ type: 'history.deferred', clientId })).deferred;
  } catch {
    // Nothing to carry over is the safe answer when history cannot be read.
    return [];
  }
}

/**
 * The draft being planned, saved as it changes. What earlier meetings with its client deferred opens its agenda:
 * merged when the host answers (on opening the page, and when another client is picked), once each time.
 */
export function useMeetingDraft() {
  const [draft, setDraft] = useState<Draft>(load);
  const current = useRef(draft);
  /** The deferred items offered for the draft's client, as last asked. */
  const [offers, setOffers] = useState<DeferredOffer[]>([]);

  const update = useCallback((fn: (d: Draft) => Draft) => {
    const next = fn(current.current);
    if (next === current.current) return;
    current.current = next;
    localStorage.setItem(KEY, JSON.stringify(next));
    setDraft(next);
  }, []);

  const offerCarried = useCallback(
    (clientId: string | null, isLive: () => boolean = () => true) =>
      deferredFor(clientId).then((found) => {
        if (!isLive() || current.current.clientId !== clientId) return;
        setOffers(found);
        update((d) => withCarried(d, found));
      }),
    [update],
  );

  useEffect(() => {
    let live = true;
    void offerCarried(current.current.clientId, () => live);
    return () => {
      live = false;
    };
  }, [offerCarried]);

  /** Plans with another client: what was carried over for the previous one leaves, and theirs comes in. */
  const setClient = (clientId: string | null) => {
    update((d) => forOtherClient(d, clientId, offers));
    setOffers([]);
    void offerCarried(clientId);
  };

  const reset = useCallback((clientId: string | null) => update(() => emptyDraft(clientId)), [update]);
  return { draft, update, setClient, reset, offers };
}
