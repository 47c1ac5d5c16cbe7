import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/utils/ncbi/limiter';
import { createVirtualClock } from './virtual-clock';

/** Grant times of `count` acquisitions made at once. */
async function grantTimes(rate: number, count: number): Promise<number[]> {
  const clock = createVirtualClock(1_000);
  const limiter = createRateLimiter(clock, rate);
  const times: number[] = [];
  await clock.run(Promise.all(Array.from({ length: count }, () => limiter.acquire().then(() => times.push(clock.now() - 1_000)))));
  return times;
}

/** The largest number of grants inside any 1000 ms window. */
function maxPerSecond(times: number[]): number {
  return Math.max(...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length));
}

describe('createRateLimiter (virtual time)', () => {
  it('spreads 10 requests at 3/s over at least 3 s, never more than 3 in any second', async () => {
    const times = await grantTimes(3, 10);
    expect(times).toHaveLength(10);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBeGreaterThanOrEqual(3000);
    expect(maxPerSecond(times)).toBeLessThanOrEqual(3);
  });

  it('allows 10/s with a key: 10 requests within 1 s', async () => {
    const times = await grantTimes(10, 10);
    expect(times.at(-1)).toBeLessThan(1000);
    expect(maxPerSecond(times)).toBeLessThanOrEqual(10);
    const twenty = await grantTimes(10, 20);
    expect(twenty.at(-1)).toBeGreaterThanOrEqual(1900);
  });

  it('grants in FIFO order', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(clock, 3);
    const order: number[] = [];
    await clock.run(Promise.all([0, 1, 2, 3, 4].map((n) => limiter.acquire().then(() => order.push(n)))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('changes rate at runtime', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(clock, 3);
    const times: number[] = [];
    const first = Promise.all([0, 1, 2].map(() => limiter.acquire().then(() => times.push(clock.now()))));
    await clock.run(first);
    limiter.setRate(10);
    expect(limiter.getRate()).toBe(10);
    await clock.run(Promise.all([0, 1, 2].map(() => limiter.acquire().then(() => times.push(clock.now())))));
    // After the switch, grants are 100 ms apart instead of 334 ms.
    expect(times.slice(3).map((time, index) => time - (times[index + 2] ?? 0))).toEqual([100, 100, 100]);
    expect(() => limiter.setRate(0)).toThrow(RangeError);
  });

  it('pauses everyone until a given time (Retry-After)', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(clock, 10);
    await clock.run(limiter.acquire());
    limiter.pauseUntil(5_000);
    limiter.pauseUntil(2_000); // never shortens a pause
    const times: number[] = [];
    await clock.run(Promise.all([0, 1].map(() => limiter.acquire().then(() => times.push(clock.now())))));
    expect(times).toEqual([5_000, 5_100]);
  });

  it('removes a waiter whose signal aborts and keeps serving the others', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(clock, 3);
    await clock.run(limiter.acquire());
    const controller = new AbortController();
    const cancelled = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    expect(limiter.pending()).toBe(2);
    controller.abort(new Error('tab closed'));
    await expect(cancelled).rejects.toThrow('tab closed');
    expect(limiter.pending()).toBe(1);
    await clock.run(next);
    expect(clock.now()).toBe(334);
  });
});
