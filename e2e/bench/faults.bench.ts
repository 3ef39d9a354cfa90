import { fuzzImports, fuzzMessages } from '../support/fuzz';
import { longMeeting } from '../support/long.meeting';
import { soak } from '../support/soak';
import { runTimeFaults } from '../support/time.faults';
import { figure } from '../support/measure';

/** The fault suite at full size (`npm test` runs the same code smaller): kills, a long day, clock faults, fuzz. */
export async function faultsBench(sizes: {
  kills: number;
  hours: number;
  timeScenarios: number;
  messages: number;
}) {
  const s = await soak(sizes.kills);
  const long = await longMeeting(sizes.hours);
  const time = runTimeFaults(sizes.timeScenarios);
  const fuzz = await fuzzMessages(sizes.messages);
  const imports = await fuzzImports(Math.max(2000, sizes.messages / 2));
  return {
    soak: {
      kills: s.kills,
      meetings: s.meetings,
      commandsSent: s.commandsSent,
      eventsAcknowledged: s.eventsAcknowledged,
      eventsLost: figure(s.eventsLost, 'events', { max: 0 }),
      stateMismatches: figure(s.stateMismatches, 'restarts', { max: 0 }),
      restartToFirstSnapshotMs: figure(s.restartMs, 'ms'),
    },
    longMeeting: long,
    timeFaults: {
      scenarios: time.scenarios,
      steps: time.steps,
      violations: figure(time.violations, 'steps', { max: 0 }),
    },
    fuzz: {
      messages: fuzz.messages,
      accepted: fuzz.accepted,
      rejected: fuzz.rejected,
      crashes: figure(fuzz.crashes, 'count', { max: 0 }),
      unclearRejections: figure(fuzz.unclearRejections, 'count', { max: 0 }),
      changedByRejected: figure(fuzz.changedByRejected, 'count', { max: 0 }),
      agendaTexts: imports.agendaTexts,
      agendaThrows: figure(imports.agendaThrows, 'count', { max: 0 }),
      archives: imports.archives,
      archivesChangedByRefusal: figure(imports.archivesChangedByRefusal, 'count', { max: 0 }),
      damagedSettingsFiles: imports.settingsFiles,
      settingsFailures: figure(imports.settingsFailures, 'count', { max: 0 }),
    },
  };
}
