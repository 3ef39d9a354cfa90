import { normalizeText } from '../report/history.query';
import type { Person } from './calendar.types';
import { domainOf } from './ics.text';

/** What the user confirmed once, and Tactful remembers: who an address, a domain or an event is with. */
export interface MatchMemory {
  emails: Record<string, string | null>;
  domains: Record<string, string | null>;
  /** By UID: one event, or a whole recurring series. `null`: it is with no client. */
  events: Record<string, string | null>;
}

export const EMPTY_MEMORY: MatchMemory = { emails: {}, domains: {}, events: {} };

/** How the client was found, strongest first; the UI asks to confirm anything but `confirmed`. */
export const matchSources = ['confirmed', 'email', 'domain', 'name', 'title', 'none'] as const;
export type MatchSource = (typeof matchSources)[number];

export interface ClientMatch {
  clientId: string | null;
  by: MatchSource;
}

/** What matching looks at in an event. */
export interface MatchableEvent {
  uid: string;
  title: string;
  organizer: Person | null;
  attendees: readonly Person[];
}

type MatchableClient = { id: string; name: string; archived?: boolean };

/** Addresses anyone can have: their domain says nothing about who they work for. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.it',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.it',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'libero.it',
  'virgilio.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'mail.ru',
  'yandex.ru',
  'ya.ru',
  'rambler.ru',
  'yahoo.com.vn',
]);

export const isPublicDomain = (domain: string) => PUBLIC_DOMAINS.has(domain.toLowerCase());

/** Letters and digits only: "Studio Rossi" and "studiorossi.it" meet as "studiorossi". */
const squash = (s: string) => normalizeText(s).replace(/[^\p{L}\p{N}]/gu, '');

function people(ev: MatchableEvent): Person[] {
  return [...(ev.organizer ? [ev.organizer] : []), ...ev.attendees];
}

/** The longest client name found in a text, as whole words ("Anna Bianchi" over "Anna"). */
function nameIn(text: string, clients: readonly MatchableClient[]): string | null {
  const t = ` ${normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const hit = clients
    .map((c) => ({
      id: c.id,
      n: normalizeText(c.name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    }))
    .filter((c) => c.n.length >= 3 && t.includes(` ${c.n} `))
    .sort((a, b) => b.n.length - a.n.length)[0];
  return hit?.id ?? null;
}

/**
 * Who an event is with: what the user confirmed for this event, an address or its domain first; then a person whose
 * name is a client's, a client's name in the title, or a domain that spells a client's name ("acme-corp.com" for
 * Acme). Archived clients are never matched.
 */
export function matchClient(
  ev: MatchableEvent,
  allClients: readonly MatchableClient[],
  memory: MatchMemory,
): ClientMatch {
  const clients = allClients.filter((c) => !c.archived);
  const exists = (id: string | null) => id === null || clients.some((c) => c.id === id);
  const remembered = memory.events[ev.uid];
  if (remembered !== undefined && exists(remembered)) return { clientId: remembered, by: 'confirmed' };
  const emails = people(ev).flatMap((p) => (p.email ? [p.email] : []));
  for (const e of emails) {
    const id = memory.emails[e];
    if (id !== undefined && exists(id)) return { clientId: id, by: 'email' };
  }
  for (const e of emails) {
    const id = memory.domains[domainOf(e)];
    if (id !== undefined && exists(id)) return { clientId: id, by: 'domain' };
  }
  for (const p of people(ev)) {
    const id = p.name ? nameIn(p.name, clients) : null;
    if (id) return { clientId: id, by: 'name' };
  }
  const inTitle = nameIn(ev.title, clients);
  if (inTitle) return { clientId: inTitle, by: 'title' };
  for (const e of emails) {
    const domain = domainOf(e);
    if (isPublicDomain(domain)) continue;
    const label = squash(domain.split('.').slice(0, -1).join(''));
    const c = clients.find((cl) => squash(cl.name).length >= 4 && label.includes(squash(cl.name)));
    if (c) return { clientId: c.id, by: 'domain' };
  }
  return { clientId: null, by: 'none' };
}

/**
 * The user confirmed (or corrected) who an event is with: remembered for the event, and for everyone on it and
 * their company's domain, so their other events match too. "No client" is remembered for this event only.
 */
export function rememberMatch(memory: MatchMemory, ev: MatchableEvent, clientId: string | null): MatchMemory {
  const next: MatchMemory = {
    emails: { ...memory.emails },
    domains: { ...memory.domains },
    events: { ...memory.events, [ev.uid]: clientId },
  };
  if (clientId === null) return next;
  for (const p of people(ev)) {
    if (!p.email) continue;
    next.emails[p.email] = clientId;
    const domain = domainOf(p.email);
    if (!isPublicDomain(domain)) next.domains[domain] = clientId;
  }
  return next;
}
