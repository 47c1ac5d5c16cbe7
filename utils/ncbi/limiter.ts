/**
 * One limiter for all NCBI traffic of the extension: NCBI allows 3 requests/s per IP without an
 * API key and 10/s with one, and blocks clients that exceed it. Requests are granted in FIFO
 * order, evenly spaced (1000/rate ms apart), which keeps every 1-second window within the limit.
 * A 429 can pause everyone until a given time (Retry-After).
 */
import { abortReason, type Clock } from './clock';

export const RATE_WITHOUT_KEY = 3;
export const RATE_WITH_KEY = 10;

export type RateLimiter = {
  /** Resolves when the caller may send one request; rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Requests per second; takes effect for the next grant. */
  setRate(requestsPerSecond: number): void;
  getRate(): number;
  /** Nobody is granted before `time` (clock ms). Never shortens an existing pause. */
  pauseUntil(time: number): void;
  /** Callers waiting now. */
  pending(): number;
};

type Waiter = { resolve: () => void; reject: (reason: unknown) => void; signal?: AbortSignal; onAbort?: () => void };

export function createRateLimiter(clock: Clock, requestsPerSecond = RATE_WITHOUT_KEY): RateLimiter {
  let rate = validRate(requestsPerSecond);
  let nextGrantAt = -Infinity;
  let pausedUntil = -Infinity;
  const queue: Waiter[] = [];
  let pumping = false;
  /** Cut short the pump's current sleep when the schedule changes (rate, pause, aborted head). */
  let wake: AbortController | undefined;

  function validRate(value: number): number {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Rate must be a positive number, got ${value}`);
    return value;
  }

  function interval(): number {
    return Math.ceil(1000 / rate);
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.length > 0) {
        const waitMs = Math.max(nextGrantAt, pausedUntil) - clock.now();
        if (waitMs > 0) {
          wake = new AbortController();
          try {
            await clock.sleep(waitMs, wake.signal);
          } catch {
            // Woken early: recompute the schedule.
          }
          wake = undefined;
          continue;
        }
        const waiter = queue.shift();
        if (!waiter) break;
        if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        nextGrantAt = clock.now() + interval();
        waiter.resolve();
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortReason(signal));
          return;
        }
        const waiter: Waiter = { resolve, reject };
        if (signal) {
          waiter.signal = signal;
          waiter.onAbort = () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(abortReason(signal));
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        queue.push(waiter);
        void pump();
      });
    },
    setRate(requestsPerSecond) {
      const next = validRate(requestsPerSecond);
      if (next === rate) return;
      // Re-space the already scheduled grant to the new interval.
      nextGrantAt = nextGrantAt - interval() + Math.ceil(1000 / next);
      rate = next;
      wake?.abort();
    },
    getRate: () => rate,
    pauseUntil(time) {
      if (time <= pausedUntil) return;
      pausedUntil = time;
      wake?.abort();
    },
    pending: () => queue.length,
  };
}
