import type { HostToDetector } from '../../shared/detect/detector.protocol';
import type { DetectorProcess } from '../../main/core/detect/detector.process';

/** A detector process the test drives by hand. */
export class FakeChild implements DetectorProcess {
  readonly sent: HostToDetector[] = [];
  private message: (m: unknown) => void = () => undefined;
  private exit: (code: number | null) => void = () => undefined;
  killed = false;
  pid = Math.floor(Math.random() * 1e6);
  send(m: HostToDetector) {
    this.sent.push(m);
  }
  onMessage(fn: (m: unknown) => void) {
    this.message = fn;
  }
  onExit(fn: (code: number | null) => void) {
    this.exit = fn;
  }
  kill() {
    this.killed = true;
  }
  say(m: unknown) {
    this.message(m);
  }
  die(code: number | null = null) {
    this.exit(code);
  }
}
