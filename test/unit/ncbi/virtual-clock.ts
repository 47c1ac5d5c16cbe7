/**
 * A Clock whose time only moves when a test says so. `run(promise)` drives the event loop:
 * it lets pending promise callbacks settle, then fires the earliest sleeper, until the
 * promise settles; so a test of "10 requests at 3/s" takes milliseconds of real time.
 */
import type { Clock } from '@/utils/ncbi/clock';

type Sleeper = { at: number; seq: number; resolve: () => void };

export type VirtualClock = Clock & {
  /** Advances until `promise` settles; fails if nothing is left to wake it. */
  run<T>(promise: Promise<T>): Promise<T>;
};

/** Lets every queued microtask and I/O callback run (fake fetches resolve on these). */
function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function createVirtualClock(start = 0): VirtualClock {
  let now = start;
  let seq = 0;
  const sleepers: Sleeper[] = [];

  /** Wakes the earliest sleeper, moving time to its deadline; false when nobody sleeps. */
  function fireNext(): boolean {
    sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = sleepers[0];
    if (!next) return false;
    sleepers.shift();
    now = Math.max(now, next.at);
    next.resolve();
    return true;
  }

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const sleeper: Sleeper = { at: now + Math.max(0, ms), seq: seq++, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener(
          'abort',
          () => {
            const index = sleepers.indexOf(sleeper);
            if (index >= 0) sleepers.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
    async run<T>(promise: Promise<T>): Promise<T> {
      let settled = false;
      const observed = promise.then(
        (value) => {
          settled = true;
          return value;
        },
        (error: unknown) => {
          settled = true;
          throw error;
        },
      );
      observed.catch(() => undefined);
      await flush();
      while (!settled) {
        if (!fireNext()) {
          await flush();
          if (!settled) throw new Error('Deadlock: the promise is pending and no sleeper is left to wake it');
          break;
        }
        await flush();
      }
      return observed;
    },
  };
}
