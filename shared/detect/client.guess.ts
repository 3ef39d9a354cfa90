import { normalizeText } from '../report/history.query';
import type { MeetingSummary } from '../report/meeting.summary';

export interface CallGuess {
  clientId: string | null;
  /** The earlier meeting whose agenda the new one would reuse. */
  basedOn: string | null;
  /** Why: the client's name is in the window title, or the last call in this app was with them. */
  source: 'title' | 'lastInApp' | 'none';
}

/**
 * Who a call is probably with. A client whose name is in the window title wins ("Zoom Meeting – Giulia Rossi");
 * otherwise the client of the last meeting held in the same app. The agenda comes from that client's latest meeting.
 */
export function guessCall(
  title: string,
  appName: string,
  clients: readonly { id: string; name: string; archived?: boolean }[],
  history: readonly MeetingSummary[],
): CallGuess {
  const t = normalizeText(title);
  const named = clients
    .filter((c) => !c.archived && normalizeText(c.name).length >= 3 && t.includes(normalizeText(c.name)))
    // The longest name that fits: "Anna Bianchi" over "Anna".
    .sort((a, b) => b.name.length - a.name.length)[0];
  const started = history
    .filter((m) => m.startedAt !== null && m.status === 'ended')
    .sort((a, b) => b.startedAt! - a.startedAt!);
  const latestWith = (clientId: string | null) => started.find((m) => m.clientId === clientId)?.id ?? null;
  if (named) return { clientId: named.id, basedOn: latestWith(named.id), source: 'title' };
  const inApp = started.find((m) => m.app === appName);
  if (inApp) return { clientId: inApp.clientId, basedOn: inApp.id, source: 'lastInApp' };
  return { clientId: null, basedOn: null, source: 'none' };
}
