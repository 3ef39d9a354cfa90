import { diskFullNudge, diskFullRun, type DiskFullResult } from '../support/disk.full';
import { fuzzImports, fuzzMessages } from '../support/fuzz';
import { fuzzHttp } from '../support/http.fuzz';
import { importStall } from '../support/import.stall';
import { mountSmallDisk } from '../support/tmpfs';
import { overlayProbe } from './overlay.probe';
import { longMeeting } from '../support/long.meeting';
import { soak } from '../support/soak';
import { runTimeFaults } from '../support/time.faults';
import { figure } from '../support/measure';

/** Disk-full runs on a real full tmpfs against the built host: the audit's runs, repeated. */
async function diskFull(runs: number) {
  const disk = mountSmallDisk('the disk-full bench');
  if ('missing' in disk) return { skipped: disk.missing };
  try {
    const total: DiskFullResult = {
      acknowledged: 0,
      refusedDiskFull: 0,
      refusedOtherwise: 0,
      presentAfterRestart: 0,
      lost: 0,
      damagedJournals: 0,
    };
    for (let i = 0; i < runs; i++) {
      disk.free();
      // Alternately the audit's two runs: 4 more commands after the space came back, and 1.
      const r = await diskFullRun(disk, { before: 10 + i, during: 200, after: i % 2 ? 1 : 4 });
      for (const k of Object.keys(total) as (keyof DiskFullResult)[]) total[k] += r[k];
    }
    disk.free();
    const nudge = await diskFullNudge(disk);
    return {
      runs,
      acknowledged: total.acknowledged,
      refusedDiskFull: total.refusedDiskFull,
      refusedOtherwise: figure(total.refusedOtherwise, 'count', { max: 0 }),
      presentAfterRestart: total.presentAfterRestart,
      lost: figure(total.lost, 'events', { max: 0 }),
      damagedJournals: figure(total.damagedJournals, 'count', { max: 0 }),
      nudgeDueOnFullDisk: {
        crashed: figure(nudge.crashed ? 1 : 0, 'count', { max: 0 }),
        recordedOnceSpaceReturned: figure(nudge.nudgeRecorded ? 1 : 0, 'count', { min: 1 }),
      },
    };
  } finally {
    disk.unmount();
  }
}

/** Flip timing of the overlay in Chromium, alone and with hostile pages on another port hammering the host. */
async function hostileBurst(seconds: number, pages: number) {
  const calm = await overlayProbe({ seconds, heapMinutes: 0 });
  const burst = await overlayProbe({ seconds, heapMinutes: 0, hostilePages: pages });
  return {
    pages,
    hostileRequests: burst.hostileRequests,
    // The host's own timing is what a hostile page could disturb: its tick still pushes within a few milliseconds of
    // each second. The overlay's flips are shown beside it; on two cores, twenty more Chromium pages cost the browser
    // some scheduling, which is the browser's, not the host's (two calm runs alone differ by several ms).
    hostTickLatenessP95Ms: {
      calm: calm.hostTickLatenessP95Ms.value,
      duringBurst: figure(burst.hostTickLatenessP95Ms.value, 'ms', { max: 20 }),
    },
    flipDelayP95Ms: { calm: calm.flipDelayP95Ms.value, duringBurst: burst.flipDelayP95Ms.value },
    flipDelayMedianMs: { calm: calm.flipDelayMedianMs.value, duringBurst: burst.flipDelayMedianMs.value },
    skippedSeconds: burst.skippedSeconds,
    doubledSeconds: burst.doubledSeconds,
  };
}

/** The fault suite at full size (`npm test` runs the same code smaller): kills, a long day, clock faults, fuzz. */
export async function faultsBench(sizes: {
  kills: number;
  hours: number;
  timeScenarios: number;
  messages: number;
  httpRequests: number;
  diskFullRuns: number;
  burstSeconds: number;
  importMeetings: number;
}) {
  const http = await fuzzHttp(sizes.httpRequests);
  const full = await diskFull(sizes.diskFullRuns);
  const burst = await hostileBurst(sizes.burstSeconds, 20);
  const stall = await importStall(sizes.importMeetings);
  const s = await soak(sizes.kills);
  const long = await longMeeting(sizes.hours);
  const time = runTimeFaults(sizes.timeScenarios);
  const fuzz = await fuzzMessages(sizes.messages);
  const imports = await fuzzImports(Math.max(2000, sizes.messages / 2));
  return {
    httpFuzz: {
      requests: http.requests,
      answered: http.answered,
      closedQuietly: http.closedQuietly,
      statuses: http.statuses,
      crashes: figure(http.crashes, 'count', { max: 0 }),
      serverErrors: figure(http.serverErrors, 'count', { max: 0 }),
      healthFailures: figure(http.healthFailures, 'count', { max: 0 }),
    },
    diskFull: full,
    hostileBurst: burst,
    largeImport: {
      megabytes: stall.megabytes,
      meetings: stall.meetings,
      importMs: figure(stall.importMs, 'ms'),
      snapshotsDuring: stall.snapshotsDuring,
      longestTickGapMs: figure(stall.longestGapMs, 'ms', { max: 1500 }),
    },
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
