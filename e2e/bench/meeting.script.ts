import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingPlan } from '../../shared/agenda/agenda.schema';
import { dueEvents } from '../../shared/nudges/nudge.fire';
import { nextNudgeAt } from '../../shared/nudges/nudge.schedule';
import type { NudgeRules } from '../../shared/nudges/nudge.rules';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { MeetingLog } from '../../shared/meeting/meeting.log';
import { journalLine } from '../../main/core/journal/journal';

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
  const log = MeetingLog.plan(plan, start);
  let now = start;
  for (const [afterMs, command] of steps) {
    const until = now + afterMs;
    for (
      let at = rules && nextNudgeAt(log.state, rules, now);
      rules && at && at <= until;
      at = nextNudgeAt(log.state, rules, at)
    ) {
      log.append(...dueEvents(log, rules, at, () => null, { autoRebalanceMinSec: null }));
    }
    now = until;
    log.run(command, now);
  }
  return [...log.events];
}

/**
 * Writes a generated meeting's journal in the host's own line format. Returns the bytes written. Not fsync'd: a
 * bench history of 100,000 meetings is thrown away after the run.
 */
export function writeJournal(dataDir: string, id: string, events: readonly MeetingEvent[]): number {
  const dir = join(dataDir, 'meetings');
  mkdirSync(dir, { recursive: true });
  const text = events.map((e, seq) => journalLine(seq, e)).join('');
  writeFileSync(join(dir, `${id}.jsonl`), text);
  return Buffer.byteLength(text);
}
