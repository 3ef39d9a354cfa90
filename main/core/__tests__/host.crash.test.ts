import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../../shared/session/session.replay';
import { readJournal } from '../journal/journal';
import { spawnHost } from './support/child.host';
import { tempDataDir } from './support/temp.dir';
import { TestClient } from './support/ws.client';

const ROUNDS = 15;

interface Acked {
  seq: number;
  expect: (e: { type: string; sec?: number }) => boolean;
  what: string;
}

describe('crash safety', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());

  it(`survives ${ROUNDS} SIGKILLs at random moments mid-meeting with every acknowledged event intact`, async () => {
    const acked: Acked[] = [];
    let sent = 0;
    let kills = 0;
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

    for (let round = 0; round <= ROUNDS; round++) {
      const child = await spawnHost(tmp.dir);
      const c = await TestClient.connect(child.wsUrl, { token: child.token });
      const greeting = await c.next((p) => p.type === 'snapshot');
      const session = greeting.type === 'snapshot' ? greeting.snapshot.session : null;

      if (round > 0) {
        // Every acknowledged event is in the journal, at its position, and the resumed state is its replay.
        const { events } = readJournal(join(tmp.dir, 'meetings', 'crash.jsonl'));
        for (const a of acked)
          expect(events[a.seq] && a.expect(events[a.seq]!), `acked ${a.what} at #${a.seq}`).toBe(true);
        expect(session).toEqual(JSON.parse(JSON.stringify(replay(events))));
      } else {
        await c.ok({
          type: 'session.create',
          plan: {
            id: 'crash',
            title: 'Crash test',
            items: [{ id: 'a', title: 'A', budgetSec: 600 }],
          } as never,
        });
        await c.ok({ type: 'session.command', command: { type: 'start' } });
      }
      if (round === ROUNDS) {
        child.proc.kill('SIGTERM');
        expect((await child.exited).code).toBe(0);
        break;
      }

      // Fire commands as fast as the socket takes them, and kill the host at a random moment in between.
      const stop = Date.now() + 30 + Math.floor(rnd() * 250);
      const inflight: Promise<void>[] = [];
      while (Date.now() < stop) {
        const n = ++sent;
        const toggle = n % 5 === 0;
        const sec = (n % 900) + 1;
        inflight.push(
          c
            .request(
              toggle
                ? { type: 'session.command', command: { type: 'toggleOffTopic' } }
                : { type: 'session.command', command: { type: 'addTime', itemId: 'a', sec } },
            )
            .then((r) => {
              if (!r.ok) return;
              acked.push(
                toggle
                  ? {
                      seq: r.result.seq,
                      what: 'toggle',
                      expect: (e) => e.type === 'offTopicStarted' || e.type === 'offTopicStopped',
                    }
                  : {
                      seq: r.result.seq,
                      what: `addTime ${sec}`,
                      expect: (e) => e.type === 'timeAdded' && e.sec === sec,
                    },
              );
            })
            .catch(() => undefined),
        );
        await new Promise((r) => setTimeout(r, 2));
      }
      child.proc.kill('SIGKILL');
      kills++;
      await child.exited;
      await Promise.race([Promise.allSettled(inflight), new Promise((r) => setTimeout(r, 200))]);
      c.ws.terminate();
    }
    expect(kills).toBe(ROUNDS);
    expect(acked.length).toBeGreaterThan(ROUNDS * 3);
  }, 120_000);
});
