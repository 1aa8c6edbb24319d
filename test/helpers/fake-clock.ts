/**
 * A fake clock for timers: replaces `Date.now`, `setInterval` and
 * `clearInterval` until `uninstall()`; `tick(ms)` moves time on and runs the
 * intervals that fall due, in order. (`setTimeout` and animation frames stay
 * real: the test runner and Lit need them.)
 */
export interface FakeClock {
  tick(ms: number): void;
  uninstall(): void;
  /** Intervals that are scheduled now. */
  readonly pending: number;
}

interface Interval {
  readonly fn: () => void;
  readonly every: number;
  due: number;
}

export function installFakeClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)): FakeClock {
  const realNow = Date.now;
  const realSet = window.setInterval.bind(window);
  const realClear = window.clearInterval.bind(window);
  let now = start;
  let nextId = 1;
  const intervals = new Map<number, Interval>();

  Date.now = () => now;
  window.setInterval = ((handler: TimerHandler, timeout = 0) => {
    if (typeof handler !== 'function') throw new Error('fake clock: string handlers are not supported');
    const every = Math.max(1, timeout);
    const id = nextId++;
    intervals.set(id, { fn: handler as () => void, every, due: now + every });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
  }) as typeof window.clearInterval;

  return {
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        let next: [number, Interval] | undefined;
        for (const entry of intervals) if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
        if (!next) break;
        const [id, interval] = next;
        now = interval.due;
        interval.due += interval.every;
        interval.fn();
        // The callback may have cleared its own interval.
        if (!intervals.has(id)) continue;
      }
      now = end;
    },
    uninstall() {
      Date.now = realNow;
      window.setInterval = realSet;
      window.clearInterval = realClear;
    },
    get pending() {
      return intervals.size;
    },
  };
}
