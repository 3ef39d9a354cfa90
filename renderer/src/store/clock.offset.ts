/**
 * Estimates how far the host's clock is ahead of this one. A snapshot stamped `hostAt` arrives at `receivedAt` after
 * some latency, so hostAt − receivedAt never exceeds the true offset: the largest recent value is the best guess.
 * (Zero in the app and on this computer; real on a phone.)
 */
export class OffsetEstimator {
  private samples: number[] = [];

  constructor(private readonly keep = 20) {}

  add(hostAt: number, receivedAt: number): number {
    this.samples.push(hostAt - receivedAt);
    if (this.samples.length > this.keep) this.samples.shift();
    return this.offset;
  }

  get offset(): number {
    return this.samples.length === 0 ? 0 : Math.max(...this.samples);
  }
}
