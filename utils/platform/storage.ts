/**
 * Every storage key ExoLens uses, declared once. Values that users create (settings, the
 * library) carry a schema version and are validated on read; caches live under their own
 * prefix (see utils/cache) so clearing them never touches user data.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../cache/store';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings';
import { SETTINGS_KEY } from '../storage-keys';

/**
 * Settings, version 2. Version 1 (ExoLens 0.0.x) stored only `{ email, apiKey }`: the
 * migration renames them so a user's NCBI identity survives the upgrade.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: { email?: unknown; apiKey?: unknown } | null) =>
      normalizeSettings({ ...DEFAULT_SETTINGS, ncbiEmail: v1?.email, ncbiApiKey: v1?.apiKey }),
  },
});

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** The last settings write of this context, so that the next one reads what it wrote. */
let settingsWrites: Promise<unknown> = Promise.resolve();

/**
 * Merges a patch into the stored settings and returns the result. Writes run one after another:
 * each is a read, a merge and a write, and two switches flipped in quick succession would
 * otherwise both read the old settings, the second write undoing the first.
 */
export function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const write = settingsWrites.then(async () => {
    const next = normalizeSettings({ ...(await readSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  settingsWrites = write.catch(() => undefined);
  return write;
}

/** browser.storage.local as the KeyValueStore the pure cache and library code expect. */
export function localStore(): KeyValueStore {
  const area = browser.storage.local;
  return {
    get: async (keys) => (await area.get(keys)) as Record<string, unknown>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    // getKeys (Chrome 130+, Firefox 143+) lists keys without reading every cached value.
    keys: async () => {
      const withKeys = area as typeof area & { getKeys?: () => Promise<string[]> };
      return typeof withKeys.getKeys === 'function' ? withKeys.getKeys() : Object.keys(await area.get(null));
    },
  };
}

/** Per-tab summaries for the popup: session storage survives a worker restart, not a browser restart. */
export function sessionStore(): KeyValueStore {
  const area = browser.storage.session;
  return {
    get: async (keys) => (await area.get(keys)) as Record<string, unknown>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
