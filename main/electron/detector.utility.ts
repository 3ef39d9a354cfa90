import { systemPreferences, utilityProcess } from 'electron';
import type { DetectorProcess, SpawnDetector } from '../core/detect/detector.process';

/**
 * The window detector in the app: an Electron utility process (a Node child Electron manages), so a native crash
 * in nut-js takes down only that process. The host's supervisor restarts it.
 */
export function utilityDetector(script: string): SpawnDetector {
  return (): DetectorProcess => {
    const child = utilityProcess.fork(script, [], {
      serviceName: 'Tactful window detector',
      stdio: 'inherit',
    });
    return {
      send: (m) => child.postMessage(m),
      onMessage: (fn) => child.on('message', fn),
      onExit: (fn) => child.on('exit', (code) => fn(code)),
      kill: () => void child.kill(),
      get pid() {
        return child.pid;
      },
    };
  };
}

/**
 * macOS lets an app read other apps' window titles and press keys only with the Accessibility permission.
 * Asked without the system prompt: the UI explains where to grant it.
 */
export function macAccessibilityMissing(): boolean {
  return process.platform === 'darwin' && !systemPreferences.isTrustedAccessibilityClient(false);
}
