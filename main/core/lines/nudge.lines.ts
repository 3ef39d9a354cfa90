import type { NudgeLineView } from '../../../shared/contract/contract';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { Situation, Tier, Trigger } from '../../../shared/meeting/meeting.vocabulary';
import { visibleNudge } from '../../../shared/nudges/nudge.schedule';
import { lineContext, linesShown, lineVoice } from '../../../shared/phrases/nudge.context';
import { availablePlaceholders, fillLine } from '../../../shared/phrases/phrase.format';
import { buildLibrary, currentLineId } from '../../../shared/phrases/phrase.library';
import type { PhraseOverrides } from '../../../shared/phrases/phrase.overrides';
import { pickLine } from '../../../shared/phrases/phrase.pick';
import type { PhraseLine } from '../../../shared/phrases/phrase.types';
import type { Settings } from '../../../shared/settings/settings.schema';
import type { Client } from '../../../shared/settings/client.schema';

export interface NudgeLinesDeps {
  store: { phrases(): PhraseOverrides; client(id: string | null): Client | null; settings(): Settings };
  now(): number;
  random(): number;
}

/**
 * The phrase library as the user has shaped it, and the lines it gives a meeting: which one a nudge shows, and its
 * text filled in for the client's language, rate and name.
 */
export class NudgeLines {
  private library: PhraseLine[] | null = null;

  constructor(private readonly deps: NudgeLinesDeps) {}

  /** The user edited their lines: build the library again when it is next needed. */
  phrasesChanged(): void {
    this.library = null;
  }

  lines(): PhraseLine[] {
    this.library ??= buildLibrary(this.deps.store.phrases());
    return this.library;
  }

  /** The id of a line for this moment, avoiding those already shown (all of `avoid` when that leaves a choice). */
  pick(
    state: MeetingState,
    trigger: Trigger,
    situation: Situation,
    tier: Tier,
    avoid: readonly string[] = linesShown(state),
  ): string | null {
    const client = this.deps.store.client(state.plan.clientId);
    const voice = lineVoice(client, this.deps.store.settings().uiLanguage);
    const ctx = lineContext(state, trigger, this.deps.now(), client, voice.locale);
    const line = pickLine(
      this.lines(),
      { ...voice, situation, tier },
      availablePlaceholders(ctx),
      avoid.map(currentLineId),
      this.deps.random,
    );
    return line?.id ?? null;
  }

  /** The visible nudge's line at `now`, or null when no card shows. */
  visibleLine(state: MeetingState, now: number): NudgeLineView | null {
    const n = visibleNudge(state, now);
    if (!n) return null;
    const client = this.deps.store.client(state.plan.clientId);
    const voice = lineVoice(client, this.deps.store.settings().uiLanguage);
    const ctx = lineContext(state, n.trigger, now, client, voice.locale);
    const lib = this.lines();
    const chosen = n.lineId === null ? null : currentLineId(n.lineId);
    // The chosen line may have been edited or removed since it fired: use its current text, or pick afresh.
    const line =
      lib.find((l) => l.id === chosen) ??
      lib.find((l) => l.id === this.pick(state, n.trigger, n.situation, n.tier));
    const text = line ? fillLine(line.text, ctx) : null;
    if (!line || text === null) return null;
    return {
      key: n.key,
      lineId: line.id,
      text,
      tier: n.tier,
      situation: n.situation,
      locale: line.locale,
    };
  }
}
