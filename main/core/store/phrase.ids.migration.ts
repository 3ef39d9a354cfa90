import { currentLineId } from '../../../shared/phrases/phrase.library';
import type { PhraseOverrides } from '../../../shared/phrases/phrase.overrides';

/** The user's edits and removals, moved from position ids (0.1) to the lines' own ids. Their own lines keep theirs. */
export function migratePhraseIds(p: PhraseOverrides): PhraseOverrides {
  return {
    ...p,
    edited: Object.fromEntries(Object.entries(p.edited).map(([id, text]) => [currentLineId(id), text])),
    removed: [...new Set(p.removed.map(currentLineId))],
  };
}
