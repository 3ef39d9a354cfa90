import type { NudgeLineView } from '../../../shared/contract/contract';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { NudgeSubject, Situation, Tier, Trigger } from '../../../shared/meeting/meeting.vocabulary';
import { visibleNudge } from '../../../shared/nudges/nudge.schedule';
import {
  lineContext,
  linesShown,
  lineVoice,
  personOf,
  personVoice,
  slightFigures,
  type Voice,
} from '../../../shared/phrases/nudge.context';
import { availablePlaceholders, fillLine, type LineContext } from '../../../shared/phrases/phrase.format';
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

  /** To whom a nudge's line speaks: the person it is about (a speaker, someone quiet), else the client or the room. */
  private voice(state: MeetingState, subject: NudgeSubject): Voice {
    const client = this.deps.store.client(state.plan.clientId);
    const room = lineVoice(client, this.deps.store.settings().uiLanguage, state.plan.audience);
    const person = personOf(state, subject);
    return person ? personVoice(person, room.locale) : room;
  }

  private choose(
    voice: Voice,
    ctx: LineContext,
    n: { trigger: Trigger; situation: Situation; tier: Tier },
    avoid: readonly string[],
    random: () => number,
  ): PhraseLine | null {
    return pickLine(
      this.lines(),
      {
        locale: voice.locale,
        register: voice.register,
        listeners: voice.listeners,
        situation: n.situation,
        tier: n.tier,
      },
      availablePlaceholders(ctx),
      avoid.map(currentLineId),
      random,
      slightFigures(n.trigger, ctx),
    );
  }

  /** The id of a line for this moment, avoiding those already shown (all of `avoid` when that leaves a choice). */
  pick(
    state: MeetingState,
    n: { trigger: Trigger; situation: Situation; tier: Tier; subject: NudgeSubject },
    avoid: readonly string[] = linesShown(state),
  ): string | null {
    const { trigger } = n;
    const voice = this.voice(state, n.subject);
    const client = this.deps.store.client(state.plan.clientId);
    const ctx = lineContext(state, trigger, this.deps.now(), client, voice);
    return this.choose(voice, ctx, n, avoid, this.deps.random)?.id ?? null;
  }

  /**
   * The visible nudge's line at `now`, or null when no card shows. It is the line the nudge fired with, while that
   * line still exists and still fits how the meeting is spoken to; when the client's language or form of address
   * changed (or the line was removed), another line of the same moment in the new voice, the same one each time.
   */
  visibleLine(state: MeetingState, now: number): NudgeLineView | null {
    const n = visibleNudge(state, now);
    if (!n) return null;
    const voice = this.voice(state, n.subject);
    const client = this.deps.store.client(state.plan.clientId);
    const ctx = lineContext(state, n.trigger, now, client, voice);
    const chosenId = n.lineId === null ? null : currentLineId(n.lineId);
    const chosen = this.lines().find((l) => l.id === chosenId);
    const fits =
      chosen &&
      chosen.locale === voice.locale &&
      chosen.register === voice.register &&
      (chosen.audience === 'any' || chosen.audience === voice.listeners);
    const line = fits
      ? chosen
      : this.choose(voice, ctx, n, [], seeded(`${n.key}|${voice.locale}|${voice.form.id}`));
    const text = line ? fillLine(line.text, ctx) : null;
    if (!line || text === null) return null;
    return { key: n.key, lineId: line.id, text, tier: n.tier, situation: n.situation, locale: line.locale };
  }
}

/** A fixed stand-in for randomness: reading the same moment twice shows the same line. */
function seeded(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return () => h / 2 ** 32;
}
