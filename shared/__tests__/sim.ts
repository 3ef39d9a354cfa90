import type { MeetingPlan } from '../agenda/agenda.schema';
import { meetingPlanSchema } from '../agenda/agenda.schema';
import { dueNudges } from '../nudges/nudge.schedule';
import { DEFAULT_NUDGE_RULES, type NudgeRules } from '../nudges/nudge.rules';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { decide } from '../meeting/meeting.decide';
import { derive } from '../meeting/meeting.derive';
import type { MeetingEvent } from '../meeting/meeting.events';
import { advance } from '../meeting/meeting.live';
import { initialState } from '../meeting/meeting.apply';
import type { MeetingState } from '../meeting/meeting.state';

export const T0 = 1_700_000_000_000;
export const MIN = 60_000;

export function plan(
  overrides: Omit<Partial<MeetingPlan>, 'items'> & { items?: Partial<MeetingPlan['items'][number]>[] } = {},
): MeetingPlan {
  const items = (overrides.items ?? [{ budgetSec: 600 }, { budgetSec: 900 }, { budgetSec: 300 }]).map(
    (it, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      budgetSec: 600,
      ...it,
    }),
  );
  return meetingPlanSchema.parse({ id: 'm1', title: 'Weekly call', ...overrides, items });
}

/** A meeting driven by a fake clock: `sim.wait(ms)` moves time, `sim.do(cmd)` runs a command through the engine. */
export class Sim {
  now: number;
  log: MeetingEvent[];
  state: MeetingState;

  constructor(p: MeetingPlan = plan(), start = T0) {
    this.now = start;
    const planned: MeetingEvent = { type: 'planned', at: start, plan: p };
    this.log = [planned];
    this.state = initialState(p, start);
  }

  wait(ms: number): this {
    this.now += ms;
    return this;
  }

  append(e: MeetingEvent): void {
    this.state = advance(this.state, this.log, e);
    this.log.push(e);
  }

  do(cmd: MeetingCommand): this {
    const d = decide(this.state, cmd, this.now);
    if (!d.ok) throw new Error(`${cmd.type}: ${d.error.message}`);
    for (const e of d.events) this.append(e);
    return this;
  }

  /** Fires every nudge due now, as the host does. */
  fireDue(rules: NudgeRules = DEFAULT_NUDGE_RULES, lineId: string | null = null): string[] {
    const due = dueNudges(this.state, rules, this.now);
    for (const c of due) {
      this.append({
        type: 'nudgeFired',
        at: this.now,
        key: c.key,
        subject: c.subject,
        trigger: c.trigger,
        tier: c.tier,
        situation: c.situation,
        lineId,
      });
    }
    return due.map((c) => c.key);
  }

  view() {
    return derive(this.state, this.now);
  }
}
