/**
 * A size-bounded LRU cache with TTL over a KeyValueStore (browser.storage.local in the
 * extension). It must survive the MV3 service worker being stopped at any moment:
 *
 * - the index (LRU order and sizes) lives in the store, beside the entries;
 * - an entry is written before the index names it, so a worker killed in between leaves an
 *   entry the index does not know yet; it is adopted when read, or when the index is next
 *   loaded (rebuilt from the store's keys);
 * - anything read back is validated; a corrupted index or entry is dropped and reported
 *   through `onCorrupt`, never thrown;
 * - a hit only changes recency, which is cheap to lose: it marks the index dirty and one
 *   deferred write (`recencyFlushDelayMs`) saves all the hits since, instead of a storage write
 *   per hit. Anything that adds or removes entries writes the index at once (which also saves
 *   pending recency). A worker killed before the deferred write loses only that recency.
 *
 * All operations of one cache object run one at a time, so their index updates don't interleave.
 */
import { z } from 'zod';
import type { KeyValueStore } from './store';

export type CacheProblem = { key: string; reason: string };

export type CacheOptions = {
  store: KeyValueStore;
  /** Prefix for this cache's keys in the store; different caches must use different namespaces. */
  namespace: string;
  /** Budget for stored entries, counted as JSON length. */
  maxBytes: number;
  /** Default time to live; entries live until evicted when absent. */
  ttlMs?: number;
  clock: { now(): number };
  onCorrupt?: (problem: CacheProblem) => void;
  /** How long hits may wait before their LRU order is written; default DEFAULT_RECENCY_FLUSH_DELAY_MS. */
  recencyFlushDelayMs?: number;
};

/** Well inside the ~30 s an idle MV3 worker lives, and long enough to batch a page's worth of hits. */
export const DEFAULT_RECENCY_FLUSH_DELAY_MS = 1_000;

export type Cache = {
  get<T>(key: string): Promise<T | undefined>;
  /** `undefined` values are not stored (JSON has no undefined). A value larger than maxBytes is not stored either. */
  set(key: string, value: unknown, options?: { ttlMs?: number }): Promise<void>;
  /** Like set, for many entries at once: one store write for the entries and one for the index. */
  setMany(items: readonly (readonly [string, unknown])[], options?: { ttlMs?: number }): Promise<void>;
  /** Hit: the stored value. Miss: runs `loader` once for all concurrent callers of the same key, stores and returns its result. */
  getOrLoad<T>(key: string, loader: () => Promise<T>): Promise<T>;
  /** Hits only. */
  getMany<T>(keys: string[]): Promise<Map<string, T>>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  stats(): Promise<{ entries: number; bytes: number }>;
  /** Writes recency not yet saved (hits since the last index write); a no-op when there is none. */
  flush(): Promise<void>;
};

const EntrySchema = z.object({
  value: z.unknown().refine((value) => value !== undefined, 'missing value'),
  storedAt: z.number(),
  expiresAt: z.number().nullable(),
});
type StoredEntry = z.infer<typeof EntrySchema>;

const IndexSchema = z.object({
  version: z.literal(1),
  /** [key, bytes], least recently used first. */
  entries: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
});

export function createCache(options: CacheOptions): Cache {
  const { store, namespace, maxBytes, clock, onCorrupt } = options;
  const recencyFlushDelayMs = options.recencyFlushDelayMs ?? DEFAULT_RECENCY_FLUSH_DELAY_MS;
  if (!(maxBytes > 0)) throw new RangeError('maxBytes must be positive');
  const indexKey = `${namespace}:index`;
  const entryPrefix = `${namespace}:entry:`;
  const entryKey = (key: string): string => entryPrefix + key;

  /** key → bytes, in LRU order (Map iteration order = insertion order; touching re-inserts). */
  let index = new Map<string, number>();
  let loaded: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<string, Promise<unknown>>();
  /** The in-memory LRU order differs from the stored index only by hits (same keys, same sizes). */
  let recencyDirty = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  function exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      loaded ??= loadIndex().catch((error: unknown) => {
        loaded = undefined; // let the next operation try again
        throw error;
      });
      await loaded;
      return operation();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function totalBytes(): number {
    let total = 0;
    for (const bytes of index.values()) total += bytes;
    return total;
  }

  async function persistIndex(): Promise<void> {
    await store.set({ [indexKey]: { version: 1, entries: [...index] } });
    forgetPendingRecency();
  }

  function forgetPendingRecency(): void {
    recencyDirty = false;
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
  }

  /** One deferred index write for any number of hits. */
  function recencyChanged(): void {
    recencyDirty = true;
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      // Only LRU order is at stake; a failed write stays dirty and the next write or flush retries it.
      cache.flush().catch(() => undefined);
    }, recencyFlushDelayMs);
  }

  function sizeOf(key: string, entry: StoredEntry): number {
    return entryKey(key).length + JSON.stringify(entry).length;
  }

  async function loadIndex(): Promise<void> {
    const raw = (await store.get([indexKey]))[indexKey];
    const parsed = IndexSchema.safeParse(raw);
    let dirty = false;
    if (parsed.success) {
      index = new Map(parsed.data.entries);
    } else if (raw !== undefined) {
      onCorrupt?.({ key: indexKey, reason: 'cache index has an unexpected shape; rebuilding it' });
      dirty = true;
    }
    if (store.keys) {
      const stored = new Set((await store.keys()).filter((key) => key.startsWith(entryPrefix)).map((key) => key.slice(entryPrefix.length)));
      for (const key of index.keys()) {
        if (!stored.has(key)) {
          index.delete(key);
          dirty = true;
        }
      }
      const unknown = [...stored].filter((key) => !index.has(key));
      if (unknown.length > 0) {
        // Entries written by a worker that stopped before updating the index.
        const values = await store.get(unknown.map(entryKey));
        const adopted: [string, StoredEntry][] = [];
        const broken: string[] = [];
        for (const key of unknown) {
          const entry = EntrySchema.safeParse(values[entryKey(key)]);
          if (entry.success) adopted.push([key, entry.data]);
          else {
            onCorrupt?.({ key: entryKey(key), reason: 'cache entry has an unexpected shape; dropped' });
            broken.push(entryKey(key));
          }
        }
        adopted.sort((a, b) => a[1].storedAt - b[1].storedAt);
        for (const [key, entry] of adopted) index.set(key, sizeOf(key, entry));
        if (broken.length > 0) await store.remove(broken);
        dirty = true;
      }
    }
    if (dirty) {
      const evicted = evictOverBudget();
      await persistIndex();
      if (evicted.length > 0) await store.remove(evicted.map(entryKey));
    }
  }

  /** Drops least-recently-used keys until within budget, never `keep`. Returns the dropped keys. */
  function evictOverBudget(keep: ReadonlySet<string> = new Set()): string[] {
    const evicted: string[] = [];
    let total = totalBytes();
    for (const [key, bytes] of index) {
      if (total <= maxBytes) break;
      if (keep.has(key)) continue;
      index.delete(key);
      total -= bytes;
      evicted.push(key);
    }
    return evicted;
  }

  /** Reads, validates, expires and touches entries. Caller holds the queue. */
  async function readEntries(keys: string[]): Promise<Map<string, unknown>> {
    const unique = [...new Set(keys)];
    const values = await store.get(unique.map(entryKey));
    const hits = new Map<string, unknown>();
    const dropped: string[] = [];
    /** Keys added to or removed from the index: written at once, and may need an eviction. */
    let membershipChanged = false;
    let touched = false;
    const now = clock.now();
    for (const key of unique) {
      const raw = values[entryKey(key)];
      if (raw === undefined) {
        membershipChanged = index.delete(key) || membershipChanged;
        continue;
      }
      const entry = EntrySchema.safeParse(raw);
      if (!entry.success) {
        onCorrupt?.({ key: entryKey(key), reason: 'cache entry has an unexpected shape; dropped' });
      }
      if (!entry.success || (entry.data.expiresAt !== null && entry.data.expiresAt <= now)) {
        dropped.push(entryKey(key));
        membershipChanged = index.delete(key) || membershipChanged;
        continue;
      }
      const known = index.get(key);
      // Unknown to the index: an entry whose index write was lost, adopted now.
      if (known === undefined) membershipChanged = true;
      else touched = true;
      index.delete(key);
      index.set(key, known ?? sizeOf(key, entry.data));
      hits.set(key, entry.data.value);
    }
    let evicted: string[] = [];
    if (membershipChanged) {
      evicted = evictOverBudget().filter((key) => !hits.has(key));
      await persistIndex();
    } else if (touched) {
      recencyChanged();
    }
    const toRemove = [...dropped, ...evicted.map(entryKey)];
    if (toRemove.length > 0) await store.remove(toRemove);
    return hits;
  }

  /**
   * Stores entries with one entry write and one index write, however many there are (a
   * result page stores 200 records and 200 analyses at once).
   */
  async function write(items: readonly (readonly [string, unknown])[], ttlMs: number | undefined): Promise<void> {
    const now = clock.now();
    const entries: Record<string, StoredEntry> = {};
    const sizes = new Map<string, number>();
    const tooBig: string[] = [];
    for (const [key, value] of items) {
      if (value === undefined) continue;
      const entry: StoredEntry = { value, storedAt: now, expiresAt: ttlMs === undefined ? null : now + ttlMs };
      const bytes = sizeOf(key, entry);
      // Too big to ever fit: don't let an older value of the same key linger.
      if (bytes > maxBytes) tooBig.push(key);
      else {
        entries[entryKey(key)] = entry;
        sizes.set(key, bytes);
      }
    }
    let indexChanged = false;
    for (const key of tooBig) indexChanged = index.delete(key) || indexChanged;
    if (sizes.size > 0) await store.set(entries);
    for (const [key, bytes] of sizes) {
      index.delete(key);
      index.set(key, bytes);
      indexChanged = true;
    }
    const evicted = evictOverBudget(new Set(sizes.keys()));
    if (indexChanged) await persistIndex();
    const toRemove = [...tooBig, ...evicted].map(entryKey);
    if (toRemove.length > 0) await store.remove(toRemove);
  }

  const cache: Cache = {
    get: <T>(key: string) => exclusive(async () => (await readEntries([key])).get(key) as T | undefined),

    set: (key, value, setOptions) => exclusive(() => write([[key, value]], setOptions?.ttlMs ?? options.ttlMs)),

    setMany: (items, setOptions) => exclusive(() => write(items, setOptions?.ttlMs ?? options.ttlMs)),

    getOrLoad<T>(key: string, loader: () => Promise<T>): Promise<T> {
      const pending = inFlight.get(key);
      if (pending) return pending as Promise<T>;
      const load = (async () => {
        const hit = await exclusive(() => readEntries([key]));
        if (hit.has(key)) return hit.get(key) as T;
        const value = await loader();
        await cache.set(key, value);
        return value;
      })();
      inFlight.set(key, load);
      const forget = (): void => {
        inFlight.delete(key);
      };
      load.then(forget, forget);
      return load;
    },

    getMany: <T>(keys: string[]) => exclusive(async () => (await readEntries(keys)) as Map<string, T>),

    delete: (key) =>
      exclusive(async () => {
        await store.remove([entryKey(key)]);
        if (index.delete(key)) await persistIndex();
      }),

    clear: () =>
      exclusive(async () => {
        const keys = new Set([...index.keys()].map(entryKey));
        if (store.keys) for (const key of await store.keys()) if (key.startsWith(entryPrefix)) keys.add(key);
        index = new Map();
        await store.remove([...keys, indexKey]);
        forgetPendingRecency();
      }),

    stats: () => exclusive(async () => ({ entries: index.size, bytes: totalBytes() })),

    flush: () =>
      exclusive(async () => {
        if (recencyDirty) await persistIndex();
      }),
  };
  return cache;
}
