import { fork } from 'node:child_process';
import type { HostToDetector } from '../../../shared/detect/detector.protocol';

/**
 * The detector as the host sees it, whichever way it was started: `child_process.fork` here, Electron's
 * `utilityProcess` in the app (main/electron adapts that one to this shape).
 */
export interface DetectorProcess {
  send(m: HostToDetector): void;
  onMessage(fn: (m: unknown) => void): void;
  onExit(fn: (code: number | null) => void): void;
  kill(): void;
  readonly pid: number | undefined;
}

export type SpawnDetector = () => DetectorProcess;

/** Starts the detector script as a Node child with an IPC channel; `execArgv` lets tests run it from source. */
export function forkDetector(script: string, execArgv: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  return (): DetectorProcess => {
    const child = fork(script, [], { execArgv, env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    // A send racing the child's death must not throw into the host.
    child.on('error', () => undefined);
    return {
      send: (m) => {
        if (child.connected) child.send(m, (e) => e && undefined);
      },
      onMessage: (fn) => child.on('message', fn),
      onExit: (fn) => child.on('exit', (code) => fn(code)),
      kill: () => child.kill('SIGKILL'),
      get pid() {
        return child.pid;
      },
    };
  };
}
