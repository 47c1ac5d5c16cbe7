import { describe, expect, it } from 'vitest';
import { systemClock } from '@/utils/ncbi/clock';

describe('systemClock', () => {
  it('sleeps on real timers', async () => {
    const started = systemClock.now();
    await systemClock.sleep(20);
    expect(systemClock.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('rejects with the abort reason, before or during the sleep', async () => {
    const early = new AbortController();
    early.abort(new Error('already'));
    await expect(systemClock.sleep(10_000, early.signal)).rejects.toThrow('already');
    const late = new AbortController();
    const sleeping = systemClock.sleep(10_000, late.signal);
    late.abort(new Error('later'));
    await expect(sleeping).rejects.toThrow('later');
  });
});
