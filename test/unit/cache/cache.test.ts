import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RECENCY_FLUSH_DELAY_MS, createCache, type CacheOptions, type CacheProblem } from '@/utils/cache/cache';
import { analysisCacheKey, recordCacheKey } from '@/utils/cache/keys';
import { createMemoryStore, type KeyValueStore, type MemoryStore } from '@/utils/cache/store';

function setup<S extends KeyValueStore = MemoryStore>(overrides: Partial<CacheOptions> = {}, store: S = createMemoryStore() as KeyValueStore as S) {
  let now = 1_000;
  const problems: CacheProblem[] = [];
  const clock = { now: () => now };
  const options: CacheOptions = { store, namespace: 'test', maxBytes: 10_000, clock, onCorrupt: (problem) => problems.push(problem), ...overrides };
  return {
    store,
    problems,
    options,
    cache: createCache(options),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A string value of `size` characters; its stored entry is about 360 bytes for 300 (key and metadata add the rest). */
const blob = (size: number) => 'x'.repeat(size);

/** A memory store that records which keys each set() wrote. */
function recordingStore() {
  const memory = createMemoryStore();
  const writes: string[][] = [];
  const store: MemoryStore = {
    ...memory,
    set: async (items) => {
      writes.push(Object.keys(items));
      await memory.set(items);
    },
  };
  return { store, writes };
}

describe('createCache basics', () => {
  it('stores, reads, deletes and clears', async () => {
    const { cache } = setup();
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', { title: 'A' });
    await cache.set('b', [1, 2]);
    expect(await cache.get('a')).toEqual({ title: 'A' });
    expect(await cache.getMany(['a', 'b', 'missing'])).toEqual(new Map<string, unknown>([['a', { title: 'A' }], ['b', [1, 2]]]));
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
    expect((await cache.stats()).entries).toBe(1);
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('keeps namespaces apart and leaves other keys of the store alone', async () => {
    const store = createMemoryStore({ 'settings:v1': { theme: 'dark' } });
    const one = setup({ namespace: 'records' }, store).cache;
    const two = setup({ namespace: 'analyses' }, store).cache;
    await one.set('k', 1);
    await two.set('k', 2);
    expect(await one.get('k')).toBe(1);
    await one.clear();
    expect(await two.get('k')).toBe(2);
    expect(store.snapshot()['settings:v1']).toEqual({ theme: 'dark' });
  });
});

describe('eviction by bytes (LRU)', () => {
  it('evicts the least recently used entries once over maxBytes', async () => {
    const { cache } = setup({ maxBytes: 1_200 }); // room for three ~360-byte entries, not four
    await cache.set('a', blob(300));
    await cache.set('b', blob(300));
    await cache.set('c', blob(300));
    expect(await cache.get('a')).toBeDefined(); // a is now most recently used
    await cache.set('d', blob(300)); // over budget: b (least recent) goes
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('c')).toBeDefined();
    expect(await cache.get('d')).toBeDefined();
    const stats = await cache.stats();
    expect(stats.entries).toBe(3);
    expect(stats.bytes).toBeLessThanOrEqual(1_200);
  });

  it('removes evicted entries from the store, not just from the index', async () => {
    const { cache, store } = setup({ maxBytes: 500 });
    await cache.set('a', blob(300));
    await cache.set('b', blob(300));
    expect(Object.keys(store.snapshot()).sort()).toEqual(['test:entry:b', 'test:index']);
  });

  it('does not store a value larger than the whole budget (and drops its old value)', async () => {
    const { cache } = setup({ maxBytes: 500 });
    await cache.set('a', 'small');
    await cache.set('a', blob(600));
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});

describe('TTL', () => {
  it('treats expired entries as misses and removes them', async () => {
    const { cache, advance, store } = setup({ ttlMs: 60_000 });
    await cache.set('a', 1);
    await cache.set('forever', 2, { ttlMs: 10 * 60_000 });
    advance(59_999);
    expect(await cache.get('a')).toBe(1);
    advance(1);
    expect(await cache.get('a')).toBeUndefined();
    expect(store.snapshot()['test:entry:a']).toBeUndefined();
    expect(await cache.get('forever')).toBe(2);
  });
});

describe('getOrLoad', () => {
  it('runs one loader for concurrent callers of the same key (single flight)', async () => {
    const { cache } = setup();
    let calls = 0;
    let release: (value: string) => void = () => undefined;
    const loader = () => {
      calls += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const callers = Promise.all([cache.getOrLoad('k', loader), cache.getOrLoad('k', loader), cache.getOrLoad('k', loader)]);
    await new Promise((resolve) => setImmediate(resolve));
    release('loaded');
    expect(await callers).toEqual(['loaded', 'loaded', 'loaded']);
    expect(calls).toBe(1);
    // Now cached: no further loader call.
    expect(await cache.getOrLoad('k', loader)).toBe('loaded');
    expect(calls).toBe(1);
  });

  it('does not cache a failed load and lets the next caller try again', async () => {
    const { cache } = setup();
    await expect(cache.getOrLoad('k', () => Promise.reject(new Error('NCBI down')))).rejects.toThrow('NCBI down');
    expect(await cache.getOrLoad('k', () => Promise.resolve(42))).toBe(42);
  });
});

describe('persistence across service-worker restarts', () => {
  it('a new cache object over the same store sees the same entries and, once flushed, the same LRU order', async () => {
    const store = createMemoryStore();
    const first = setup({ maxBytes: 1_200 }, store).cache;
    await first.set('a', blob(300));
    await first.set('b', blob(300));
    await first.get('a');
    await first.flush(); // hits are saved lazily (see 'coalesced recency writes')
    const second = setup({ maxBytes: 1_200 }, store).cache;
    expect(await second.stats()).toEqual(await first.stats());
    await second.set('c', blob(300));
    await second.set('d', blob(300)); // over budget: b is least recently used, also for the new object
    expect(await second.get('b')).toBeUndefined();
    expect(await second.get('a')).toBeDefined();
  });

  it('writes the entry before the index that names it', async () => {
    const { store: recording, writes } = recordingStore();
    await setup({}, recording).cache.set('a', 1);
    expect(writes).toEqual([['test:entry:a'], ['test:index']]);
  });

  it('stores many entries with one entry write and one index write', async () => {
    const { store: recording, writes } = recordingStore();
    const { cache } = setup({ maxBytes: 20_000 }, recording);
    await cache.set('old', 'x'.repeat(5_000));
    writes.length = 0;
    const items = Array.from({ length: 200 }, (_, i) => [`k${i}`, { n: i }] as const);
    await cache.setMany(items);
    expect(writes.map((keys) => keys.length)).toEqual([200, 1]);
    expect(writes[1]).toEqual(['test:index']);
    const many = await cache.getMany<{ n: number }>(items.map(([key]) => key));
    expect(many.size).toBe(200);
    expect(many.get('k199')).toEqual({ n: 199 });
  });

  it('adopts an entry whose index update was lost (worker killed between the two writes)', async () => {
    const store = createMemoryStore();
    const { cache } = setup({}, store);
    await cache.set('a', 1);
    // Simulate the kill: the entry for b reached the store, the index did not.
    const indexBefore = store.snapshot()['test:index'];
    await cache.set('b', 2);
    await store.set({ 'test:index': indexBefore });
    const restarted = setup({}, store);
    expect(await restarted.cache.stats()).toMatchObject({ entries: 2 });
    expect(await restarted.cache.get('b')).toBe(2);
    expect(restarted.problems).toEqual([]);
  });

  it('adopts a lagging entry on read when the store cannot list keys', async () => {
    const memory = createMemoryStore();
    const withoutKeys: KeyValueStore = { get: memory.get, set: memory.set, remove: memory.remove };
    await setup({}, memory).cache.set('a', 1);
    await memory.remove(['test:index']);
    const { cache } = setup({}, withoutKeys);
    expect(await cache.get('a')).toBe(1);
    expect((await cache.stats()).entries).toBe(1);
  });
});

describe('coalesced recency writes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the LRU order of 50 hits with one deferred index write', async () => {
    const { store, writes } = recordingStore();
    const { cache } = setup({}, store);
    await cache.set('a', 1);
    await cache.set('b', 2);
    writes.length = 0;
    for (let round = 0; round < 25; round++) {
      expect(await cache.get('a')).toBe(1);
      expect(await cache.get('b')).toBe(2);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(DEFAULT_RECENCY_FLUSH_DELAY_MS);
    expect(writes).toEqual([['test:index']]);
    // b was read last, so it is now the most recently used.
    expect(store.snapshot()['test:index']).toMatchObject({ entries: [['a', expect.any(Number)], ['b', expect.any(Number)]] });
    await vi.advanceTimersByTimeAsync(10 * DEFAULT_RECENCY_FLUSH_DELAY_MS);
    expect(writes).toHaveLength(1);
  });

  it('honours a configured delay, and flush() writes at once (then nothing is pending)', async () => {
    const { store, writes } = recordingStore();
    const { cache } = setup({ recencyFlushDelayMs: 50 }, store);
    await cache.set('a', 1);
    await cache.set('b', 2);
    writes.length = 0;
    await cache.flush();
    expect(writes).toEqual([]); // nothing to save
    await cache.get('a');
    await vi.advanceTimersByTimeAsync(49);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([['test:index']]);
    await cache.get('b');
    await cache.flush();
    expect(writes).toEqual([['test:index'], ['test:index']]);
    await vi.advanceTimersByTimeAsync(DEFAULT_RECENCY_FLUSH_DELAY_MS);
    expect(writes).toHaveLength(2);
  });

  it('a write saves pending recency with its own index write, leaving no deferred one', async () => {
    const { store, writes } = recordingStore();
    const { cache } = setup({}, store);
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.get('a');
    writes.length = 0;
    await cache.set('c', 3);
    expect(writes).toEqual([['test:entry:c'], ['test:index']]);
    const order = (store.snapshot()['test:index'] as { entries: [string, number][] }).entries.map(([key]) => key);
    expect(order).toEqual(['b', 'a', 'c']);
    await vi.advanceTimersByTimeAsync(DEFAULT_RECENCY_FLUSH_DELAY_MS);
    expect(writes).toHaveLength(2);
  });

  it('evicts by the recency of unsaved hits', async () => {
    const { store, writes } = recordingStore();
    const { cache } = setup({ maxBytes: 1_200 }, store);
    await cache.set('a', blob(300));
    await cache.set('b', blob(300));
    await cache.set('c', blob(300));
    await cache.get('a'); // not yet written to the stored index
    await cache.set('d', blob(300));
    expect(Object.keys(store.snapshot()).sort()).toEqual(['test:entry:a', 'test:entry:c', 'test:entry:d', 'test:index']);
    expect(writes.flat().filter((key) => key === 'test:index')).toHaveLength(4);
  });

  it('a worker killed before the deferred write loses only recency, never entries', async () => {
    const { store } = recordingStore();
    const first = setup({ maxBytes: 1_200 }, store).cache;
    await first.set('a', blob(300));
    await first.set('b', blob(300));
    await first.get('a'); // killed now: this hit is never saved
    const restarted = setup({ maxBytes: 1_200 }, store).cache;
    expect(await restarted.stats()).toMatchObject({ entries: 2 });
    expect(await restarted.get('a')).toBe(blob(300));
    expect(await restarted.get('b')).toBe(blob(300));
  });

  it('clear() cancels a pending recency write', async () => {
    const { store, writes } = recordingStore();
    const { cache } = setup({}, store);
    await cache.set('a', 1);
    await cache.get('a');
    await cache.clear();
    writes.length = 0;
    await vi.advanceTimersByTimeAsync(DEFAULT_RECENCY_FLUSH_DELAY_MS);
    expect(writes).toEqual([]);
    expect(store.snapshot()).toEqual({});
  });

  it('keeps hits dirty when the deferred write fails, and flush() retries it', async () => {
    const memory = createMemoryStore();
    let failIndexWrites = false;
    const flaky: MemoryStore = {
      ...memory,
      set: async (items) => {
        if (failIndexWrites && 'test:index' in items) throw new Error('quota exceeded');
        await memory.set(items);
      },
    };
    const { cache } = setup({}, flaky);
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.get('a');
    failIndexWrites = true;
    await vi.advanceTimersByTimeAsync(DEFAULT_RECENCY_FLUSH_DELAY_MS); // fails quietly
    failIndexWrites = false;
    await cache.flush();
    const order = (memory.snapshot()['test:index'] as { entries: [string, number][] }).entries.map(([key]) => key);
    expect(order).toEqual(['b', 'a']);
  });
});

describe('corruption', () => {
  it('drops a corrupted index with a warning and rebuilds it from the stored entries', async () => {
    const store = createMemoryStore();
    await setup({}, store).cache.set('a', 'kept');
    await store.set({ 'test:index': { version: 1, entries: 'garbage' } });
    const { cache, problems } = setup({}, store);
    expect(await cache.get('a')).toBe('kept');
    expect(problems).toEqual([{ key: 'test:index', reason: 'cache index has an unexpected shape; rebuilding it' }]);
  });

  it('drops a corrupted entry with a warning and reports a miss', async () => {
    const store = createMemoryStore();
    const { cache, problems } = setup({}, store);
    await cache.set('a', 1);
    await store.set({ 'test:entry:a': { value: 1, storedAt: 'yesterday' } });
    expect(await cache.get('a')).toBeUndefined();
    expect(problems).toEqual([{ key: 'test:entry:a', reason: 'cache entry has an unexpected shape; dropped' }]);
    expect(store.snapshot()['test:entry:a']).toBeUndefined();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('drops corrupted entries found while rebuilding', async () => {
    const store = createMemoryStore({ 'test:entry:broken': 'not an entry' });
    const { cache, problems } = setup({}, store);
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
    expect(problems.map((problem) => problem.key)).toEqual(['test:entry:broken']);
    expect(store.snapshot()).not.toHaveProperty('test:entry:broken');
  });
});

describe('cache keys', () => {
  it('include the KB version and coverage for analyses, a format version for records', () => {
    expect(analysisCacheKey('pmid:32392899', 'kb-2026.1', 'abstract')).toBe('analysis:kb-2026.1:abstract:pmid:32392899');
    expect(analysisCacheKey('pmid:1', 'kb-2', 'abstract')).not.toBe(analysisCacheKey('pmid:1', 'kb-3', 'abstract'));
    expect(recordCacheKey('993')).toBe('record:v1:993');
  });
});
