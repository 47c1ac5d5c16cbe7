/**
 * The storage the cache sits on. The shape is browser.storage.local's (get/set/remove by keys,
 * getKeys), so the background passes that object straight in; tests use createMemoryStore().
 */
export type KeyValueStore = {
  /** Values of the keys that exist; missing keys are absent from the result. */
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** All keys, when the backend can list them (used to rebuild a lagging index). */
  keys?(): Promise<string[]>;
};

/**
 * An in-memory store with storage.local semantics: values are copied on the way in and out
 * (JSON round trip), so callers can't mutate what is stored.
 */
export type MemoryStore = KeyValueStore & {
  /** A copy of everything stored (for assertions). */
  snapshot(): Record<string, unknown>;
};

export function createMemoryStore(initial: Record<string, unknown> = {}): MemoryStore {
  const data = new Map<string, string>();
  for (const [key, value] of Object.entries(initial)) data.set(key, JSON.stringify(value));
  return {
    async get(keys) {
      const result: Record<string, unknown> = {};
      for (const key of keys) {
        const raw = data.get(key);
        if (raw !== undefined) result[key] = JSON.parse(raw) as unknown;
      }
      return result;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) {
        if (value === undefined) continue;
        data.set(key, JSON.stringify(value));
      }
    },
    async remove(keys) {
      for (const key of keys) data.delete(key);
    },
    async keys() {
      return [...data.keys()];
    },
    snapshot() {
      return Object.fromEntries([...data].map(([key, raw]) => [key, JSON.parse(raw) as unknown]));
    },
  };
}
