/**
 * The facilitator's round timer: counts down from the round length, can be
 * paused and resumed, and says when time is up. Time is read from
 * `Date.now()` (so a throttled background tab stays right); a
 * `setInterval` only asks the element to redraw the clock while it runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often the clock is redrawn while running. */
const TICK_MS = 250;

export class RoundTimer implements ReactiveController {
  private durationMs: number;
  /** Time left when the timer last stopped (or was set). */
  private leftMs: number;
  /** `Date.now()` when it was last started; `undefined` while stopped. */
  private startedAt: number | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    minutes: number,
    /** Called once when the time runs out. */
    private readonly onEnd: () => void,
  ) {
    this.durationMs = minutes * 60_000;
    this.leftMs = this.durationMs;
    host.addController(this);
  }

  get running(): boolean {
    return this.startedAt !== undefined;
  }

  /** Milliseconds left in the round. */
  get left(): number {
    if (this.startedAt === undefined) return this.leftMs;
    return Math.max(0, this.leftMs - (Date.now() - this.startedAt));
  }

  /** Whether the round's time is up. */
  get ended(): boolean {
    return this.left === 0;
  }

  /** Whether the timer has not run since it was last set. */
  get untouched(): boolean {
    return !this.running && this.leftMs === this.durationMs;
  }

  /** The time left as `m:ss` (`14:05`). */
  get display(): string {
    const seconds = Math.ceil(this.left / 1000);
    return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
  }

  start(): void {
    if (this.running || this.ended) return;
    this.startedAt = Date.now();
    this.interval = setInterval(() => {
      this.tick();
    }, TICK_MS);
    this.host.requestUpdate();
  }

  pause(): void {
    if (!this.running) return;
    this.leftMs = this.left;
    this.stop();
  }

  /** Starts or pauses; returns whether it now runs. */
  toggle(): boolean {
    if (this.running) this.pause();
    else this.start();
    return this.running;
  }

  /** Back to the full round length (a new length in minutes, if given); keeps running if it ran. */
  reset(minutes?: number): void {
    const wasRunning = this.running;
    this.stop();
    if (minutes !== undefined) this.durationMs = minutes * 60_000;
    this.leftMs = this.durationMs;
    if (wasRunning) this.start();
  }

  hostConnected(): void {
    // Nothing to do: the timer starts only when the facilitator starts it.
  }

  hostDisconnected(): void {
    this.pause();
  }

  private tick(): void {
    if (this.left === 0) {
      this.leftMs = 0;
      this.stop();
      this.onEnd();
    }
    this.host.requestUpdate();
  }

  private stop(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
    this.startedAt = undefined;
    this.host.requestUpdate();
  }
}
