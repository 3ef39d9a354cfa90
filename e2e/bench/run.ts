import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { calendarBench } from './calendar.bench';
import { engineBench } from './engine.bench';
import { facilitatorBench } from './facilitator.bench';
import { faultsBench } from './faults.bench';
import { historyQueryBench } from './history.query.bench';
import { hostBench } from './host.bench';
import type { Figure } from '../support/measure';
import { overlayProbe } from './overlay.probe';
import { scaleBench } from './scale.bench';
import { SERVE } from './served.host';
import { transcriptBench } from './transcript.bench';

/**
 * Runs every bench section and prints one JSON document (progress goes to stderr). Exits 1 if any goal is missed.
 * BENCH_QUICK=1 runs every section smaller, to check the bench itself; the figures to quote come from a full run.
 */
async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  if (!existsSync(SERVE)) {
    process.stderr.write('building first (the overlay probe and the soak run the built host)…\n');
    const root = join(import.meta.dirname, '../..');
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'ignore',
    });
  }
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    process.stderr.write(`bench: ${name}…\n`);
    const t = performance.now();
    const r = await run();
    process.stderr.write(`bench: ${name} done in ${Math.round((performance.now() - t) / 1000)} s\n`);
    return r;
  };
  // BENCH_ONLY=overlay,host runs just those sections (to compare two builds); the default is all of them.
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const section = <T>(name: string, label: string, run: () => Promise<T> | T) =>
    only && !only.includes(name) ? undefined : step(label, run);
  const report = {
    machine: { node: process.version, platform: process.platform, cpus: cpus().length, quick },
    engine: await section('engine', 'engine', engineBench),
    facilitator: await section('facilitator', 'facilitator mode', facilitatorBench),
    host: await section('host', 'host', hostBench),
    historyQuery10k: await section('historyQuery', 'history queries', () => historyQueryBench()),
    overlay: await section('overlay', 'overlay in Chromium', () =>
      overlayProbe(quick ? { seconds: 10, heapMinutes: 1 } : { seconds: 60, heapMinutes: 10 }),
    ),
    faults: await section('faults', 'faults', () =>
      faultsBench(
        quick
          ? {
              kills: 20,
              hours: 1,
              timeScenarios: 100,
              messages: 2000,
              httpRequests: 5000,
              diskFullRuns: 2,
              burstSeconds: 10,
              importMeetings: 3700,
            }
          : {
              kills: 1000,
              hours: 8,
              timeScenarios: 2000,
              messages: 20_000,
              httpRequests: 100_000,
              diskFullRuns: 10,
              burstSeconds: 30,
              importMeetings: 22_000,
            },
      ),
    ),
    scale: await section('scale', 'scale', scaleBench),
    calendar: await section('calendar', 'calendars and the week', () => calendarBench(quick)),
    transcript: await section('transcript', 'transcript import', () =>
      transcriptBench({ runs: quick ? 2 : 5, cues: 5000 }),
    ),
  };
  const missed: string[] = [];
  const walk = (o: unknown, path: string) => {
    if (!o || typeof o !== 'object') return;
    const f = o as Partial<Figure>;
    if (typeof f.value === 'number' && f.holds === false)
      missed.push(`${path}: ${f.value} ${f.unit} (goal ${f.goal})`);
    for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(report, '');
  console.log(JSON.stringify({ ...report, goalsMissed: missed }, null, 2));
  if (missed.length > 0) process.exitCode = 1;
}

void main();
