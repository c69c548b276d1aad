/**
 * The sandbox's clock.
 *
 * In `manual` mode time moves only when `advance()` is called, so tests
 * and demos decide exactly when invitations and links expire. In `real`
 * mode the clock starts at the start time and runs with real elapsed
 * time, and `advance()` still jumps it forward.
 */
export type ClockMode = 'manual' | 'real';

export class Clock {
  private base: number;
  private realBase: number;

  constructor(
    readonly startMs: number,
    readonly mode: ClockMode,
    private readonly realNow: () => number = () => Date.now(),
  ) {
    this.base = startMs;
    this.realBase = realNow();
  }

  /** The current instant in epoch milliseconds. */
  now(): number {
    if (this.mode === 'manual') {
      return this.base;
    }
    return this.base + Math.max(0, this.realNow() - this.realBase);
  }

  /** Moves the clock forward; a negative amount is refused. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError('The sandbox clock only moves forward.');
    }
    this.set(this.now() + ms);
  }

  /**
   * Puts the clock at an instant. Used by `reset()` and to replay a saved
   * journal; everyday code only moves it forward.
   */
  set(ms: number): void {
    this.base = ms;
    this.realBase = this.realNow();
  }
}
