import { engineBench } from './engine.bench';
import { historyQueryBench } from './history.query.bench';
import { hostBench } from './host.bench';
import type { Figure } from './measure';

/** Runs every bench section and prints one JSON document. Exits 1 if any goal is missed. */
async function main(): Promise<void> {
  const report = {
    machine: {
      node: process.version,
      platform: process.platform,
      cpus: (await import('node:os')).cpus().length,
    },
    engine: engineBench(),
    host: await hostBench(),
    historyQuery10k: await historyQueryBench(),
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
