import { normalizeText } from '../report/history.query';
import { DECISION_WORDS, ME_WORDS } from './note.words';

const decisionWords = DECISION_WORDS.map(normalizeText);
// Compared with their accents: without them Vietnamese "mình" (I) would be "minh", a common given name.
const meWords = new Set(ME_WORDS.map((w) => w.toLocaleLowerCase()));

/** Lines of meeting notes that record a decision: "Decision: go with the blue palette", "- Beschlossen: …". */
export function decisionsIn(notes: string): string[] {
  const out: string[] = [];
  for (const raw of notes.split(/\r?\n/)) {
    const line = raw.replace(/^\s*(?:[-*•✓✔]\s*)?/, '');
    const m = /^([^:：]{1,24})\s*[:：]\s*(.+)$/u.exec(line);
    if (m && decisionWords.includes(normalizeText(m[1]!))) out.push(m[2]!.trim());
  }
  return out;
}

/** Who a follow-up is for. */
export type Owner = 'mine' | 'yours' | 'open';

/**
 * Who promised a follow-up, from how it is written: "Me: send the quote" is mine, "Giulia: approve the palette" is
 * the client's (any word of their name will do), anything else stays open, as written.
 */
export function ownerOf(text: string, clientNames: readonly string[]): { owner: Owner; task: string } {
  const m = /^\s*@?([\p{L}][\p{L}\p{M}'’. -]{0,40}?)\s*[:：]\s+(.+)$/su.exec(text);
  if (!m) return { owner: 'open', task: text.trim() };
  const said = m[1]!.trim().toLocaleLowerCase();
  const task = m[2]!.trim();
  const words = (n: string) => [n, ...n.split(/\s+/)].filter((w) => w.length >= 3);
  // As written first, accents and all: "Minh:" is the client Minh, "Mình:" is the writer.
  const theirs = clientNames.flatMap((n) => words(n.toLocaleLowerCase()));
  if (theirs.includes(said)) return { owner: 'yours', task };
  if (meWords.has(said)) return { owner: 'mine', task };
  // Then as people type names in a hurry ("Jose" for José).
  if (clientNames.flatMap((n) => words(normalizeText(n))).includes(normalizeText(said)))
    return { owner: 'yours', task };
  return { owner: 'open', task: text.trim() };
}
