import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { replay } from '../../shared/meeting/meeting.replay';
import { meetingView } from '../../shared/meeting/meeting.view';
import { readJournal } from '../../main/core/journal/journal';
import { STRICT_ENV, UNEXPECTED_EXIT } from '../../main/core/safety.net';
import { BUILT_SERVE } from './child.host';
import { TestClient } from './ws.client';

export { BUILT_SERVE } from './child.host';

/** What an acknowledged command must have left in the journal at the position the host named. */
const EXPECTED: Partial<Record<MeetingCommand['type'], MeetingEvent['type'][]>> = {
  start: ['started'],
  next: ['itemChanged'],
  addTime: ['timeAdded'],
  toggleOffTopic: ['offTopicStarted', 'offTopicStopped'],
  togglePause: ['paused', 'resumed'],
  undo: ['undone'],
  end: ['ended'],
  addFollowUp: ['followUpAdded'],
  editNotes: ['notesEdited'],
};

export interface SoakResult {
  kills: number;
  meetings: number;
  commandsSent: number;
  eventsAcknowledged: number;
  /** Acknowledged events missing from the journal (or a different event in their place): must be 0. */
  eventsLost: number;
  /** Restarts whose resumed state differed from a replay of the journal: must be 0. */
  stateMismatches: number;
  /** Milliseconds from spawning the host to its first snapshot, median over restarts. */
  restartMs: number;
}

function startServe(dataDir: string): Promise<{ proc: ChildProcess; wsUrl: string; token: string }> {
  const proc = spawn(process.execPath, [BUILT_SERVE, '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [STRICT_ENV]: '1' },
  });
  const errors: string[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => errors.push(l));
  // A strict host ends itself on an error its safety net caught: a bug, which must fail the soak, not pass as a kill.
  proc.once('exit', (code) => {
    if (code === UNEXPECTED_EXIT) unexpectedExits.push(errors.join('\n'));
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: proc.stdout! }).on('line', (l) => {
      const m = /^Tactful listening on http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)$/.exec(l);
      if (m) resolve({ proc, wsUrl: `ws://127.0.0.1:${m[1]}/ws`, token: m[2]! });
    });
    proc.once('exit', (c) => reject(new Error(`host exited (${c}) before listening: ${errors.join('\n')}`)));
  });
}

/** Errors the hosts' safety nets caught during a soak (each one fails it). */
const unexpectedExits: string[] = [];

/**
 * Scripted meetings against the built host in a child process, SIGKILLed at random moments `rounds` times. After
 * each restart every acknowledged event must be in its meeting's journal, at the position the host acknowledged,
 * and the resumed meeting must equal a replay of that journal.
 */
export async function soak(rounds: number, seed = 20261123): Promise<SoakResult> {
  if (!existsSync(BUILT_SERVE)) throw new Error('out/main/serve.js is missing: run "npm run build" first');
  const dataDir = mkdtempSync(join(tmpdir(), 'tactful-soak-'));
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const acked = new Map<string, { seq: number; types: MeetingEvent['type'][] }[]>();
  const r: SoakResult = {
    kills: 0,
    meetings: 0,
    commandsSent: 0,
    eventsAcknowledged: 0,
    eventsLost: 0,
    stateMismatches: 0,
    restartMs: 0,
  };
  const restartTimes: number[] = [];
  try {
    for (let round = 0; round <= rounds; round++) {
      const t0 = performance.now();
      const host = await startServe(dataDir);
      const c = await TestClient.connect(host.wsUrl, { token: host.token });
      const greeting = await c.next((p) => p.type === 'snapshot');
      restartTimes.push(performance.now() - t0);
      let open = greeting.type === 'snapshot' ? greeting.snapshot.view : null;

      // Every acknowledged event of every meeting is where the host said it was.
      for (const [id, list] of acked) {
        const { events } = readJournal(join(dataDir, 'meetings', `${id}.jsonl`));
        for (const a of list) if (!events[a.seq] || !a.types.includes(events[a.seq]!.type)) r.eventsLost++;
        // What a client is shown after the restart is exactly the view of the replayed journal.
        const replayed = meetingView(replay(events), events.length);
        if (open?.id === id && !isDeepStrictEqual(open, JSON.parse(JSON.stringify(replayed))))
          r.stateMismatches++;
      }
      if (round === rounds) {
        host.proc.kill('SIGTERM');
        await new Promise((res) => host.proc.once('exit', res));
        await c.close();
        break;
      }

      // A meeting runs (or a new one starts): commands as fast as the socket takes them, until the kill.
      if (!open || open.status === 'ended') {
        if (open) await c.request({ type: 'meeting.close' });
        const id = `soak-${++r.meetings}`;
        const created = await c.request({
          type: 'meeting.create',
          plan: {
            id,
            title: `Soak ${r.meetings}`,
            capSec: 1800,
            chatAtEndSec: 120,
            items: [
              { id: 'a', title: 'A', budgetSec: 600 },
              { id: 'b', title: 'B', budgetSec: 600 },
              { id: 'c', title: 'C', budgetSec: 300 },
            ],
          },
        });
        if (!created.ok) throw new Error(`could not plan a meeting: ${created.error.key}`);
        open = { id } as typeof open;
      }
      const meetingId = open!.id;
      const stop = Date.now() + 20 + Math.floor(rnd() * 180);
      const inflight: Promise<void>[] = [];
      while (Date.now() < stop) {
        const x = rnd();
        const command: MeetingCommand =
          x < 0.06
            ? { type: 'start' }
            : x < 0.14
              ? { type: 'next' }
              : x < 0.3
                ? { type: 'toggleOffTopic' }
                : x < 0.38
                  ? { type: 'togglePause' }
                  : x < 0.45
                    ? { type: 'undo' }
                    : x < 0.48
                      ? { type: 'addFollowUp', id: `f${r.commandsSent}`, text: 'Send the mock-ups' }
                      : x < 0.5
                        ? { type: 'editNotes', text: `Note ${r.commandsSent}` }
                        : x < 0.51
                          ? { type: 'end' }
                          : { type: 'addTime', itemId: 'a', sec: 1 + Math.floor(rnd() * 120) };
        r.commandsSent++;
        inflight.push(
          c
            .request({ type: 'meeting.command', command })
            .then((res) => {
              if (!res.ok) return;
              r.eventsAcknowledged++;
              const list = acked.get(meetingId) ?? [];
              list.push({ seq: res.result.seq, types: EXPECTED[command.type]! });
              acked.set(meetingId, list);
            })
            .catch(() => undefined),
        );
        await new Promise((res) => setTimeout(res, 1));
      }
      host.proc.kill('SIGKILL');
      r.kills++;
      await new Promise((res) => host.proc.once('exit', res));
      await Promise.race([Promise.allSettled(inflight), new Promise((res) => setTimeout(res, 100))]);
      c.ws.terminate();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (unexpectedExits.length > 0)
    throw new Error(
      `the host's safety net caught an error during the soak:\n${unexpectedExits.join('\n---\n')}`,
    );
  restartTimes.sort((a, b) => a - b);
  r.restartMs = Math.round(restartTimes[Math.floor(restartTimes.length / 2)]!);
  return r;
}
