import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingPlan } from '../../shared/agenda/agenda.schema';
import { dueNudges, nextNudgeAt } from '../../shared/nudges/nudge.schedule';
import type { NudgeRules } from '../../shared/nudges/nudge.rules';
import { applyInPlace, initialState } from '../../shared/meeting/meeting.apply';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { decide } from '../../shared/meeting/meeting.decide';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';

/** A command and how long after the previous one it is given. */
export type ScriptStep = [afterMs: number, command: MeetingCommand];

/**
 * Plays a meeting the way the host would: each command through the engine at its moment and, given rules, each
 * nudge fired when it falls due in between (as the host's nudge timer does). Returns the journal's events.
 */
export function playMeeting(
  plan: MeetingPlan,
  start: number,
  steps: readonly ScriptStep[],
  rules?: NudgeRules,
): MeetingEvent[] {
  const log: MeetingEvent[] = [{ type: 'planned', at: start, plan }];
  const state = initialState(plan, start);
  const push = (e: MeetingEvent) => {
    log.push(e);
    applyInPlace(state, e);
  };
  let now = start;
  for (const [afterMs, command] of steps) {
    const until = now + afterMs;
    for (
      let at = rules && nextNudgeAt(state, rules, now);
      rules && at && at <= until;
      at = nextNudgeAt(state, rules, at)
    ) {
      for (const c of dueNudges(state, rules, at))
        push({
          type: 'nudgeFired',
          at,
          key: c.key,
          subject: c.subject,
          trigger: c.trigger,
          tier: c.tier,
          situation: c.situation,
          lineId: null,
        });
    }
    now = until;
    const d = decide(state, command, now);
    if (d.ok) d.events.forEach(push);
  }
  return log;
}

/** Writes a meeting's journal as the host does: one JSON line per event, numbered. Returns the bytes written. */
export function writeJournal(dataDir: string, id: string, events: readonly MeetingEvent[]): number {
  const dir = join(dataDir, 'meetings');
  mkdirSync(dir, { recursive: true });
  const text = events.map((e, seq) => JSON.stringify({ seq, ...e })).join('\n') + '\n';
  writeFileSync(join(dir, `${id}.jsonl`), text);
  return Buffer.byteLength(text);
}
