/**
 * utils/platform/storage.ts on WXT's fake browser (in-memory storage areas). The settings item's
 * migration runs when the module is evaluated, so migration tests seed storage first and then
 * import a fresh copy of the module; the rest share the statically imported one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, normalizeSettings } from '@/utils/settings';
import * as platformStorage from '@/utils/platform/storage';

/** @wxt-dev/storage keeps an item's schema version beside it, under the key plus '$'. */
const SETTINGS_KEY = 'settings';
const SETTINGS_META_KEY = 'settings$';

async function freshStorageModule(): Promise<typeof platformStorage> {
  vi.resetModules();
  return import('@/utils/platform/storage');
}

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings item (version 2)', () => {
  it('gives the defaults on a fresh install, and stamps version 2 on the first write', async () => {
    const { readSettings, writeSettings } = platformStorage;
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await writeSettings({ showBadges: false });
    expect(await stored(SETTINGS_META_KEY)).toEqual({ v: 2 });
    expect(await stored(SETTINGS_KEY)).toEqual({ ...DEFAULT_SETTINGS, showBadges: false });
  });

  it.each([
    ['without a version stamp', undefined],
    ['stamped version 1', { v: 1 }],
  ])('upgrades a v1 value %s, keeping the NCBI e-mail and API key', async (_label, meta) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { email: 'reader@example.org', apiKey: 'abcdef0123456789' } });
    if (meta) await fakeBrowser.storage.local.set({ [SETTINGS_META_KEY]: meta });
    const { readSettings } = await freshStorageModule();
    const expected = { ...DEFAULT_SETTINGS, ncbiEmail: 'reader@example.org', ncbiApiKey: 'abcdef0123456789' };
    expect(await readSettings()).toEqual(expected);
    // The migrated value is written back with the new version, so it runs only once.
    expect(await stored(SETTINGS_KEY)).toEqual(expected);
    expect(await stored(SETTINGS_META_KEY)).toEqual({ v: 2 });
  });

  it('upgrades a v1 value with unusable fields to the defaults for those fields', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { email: 42, apiKey: 'k'.repeat(500) } });
    const { readSettings } = await freshStorageModule();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('does not re-migrate a v2 value, and replaces only its corrupted fields', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ncbiEmail: 'reader@example.org', showBadges: 'yes', hiddenTopics: ['psoriasis'], fetchFullText: false },
      [SETTINGS_META_KEY]: { v: 2 },
    });
    const { readSettings } = await freshStorageModule();
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      ncbiEmail: 'reader@example.org',
      hiddenTopics: ['psoriasis'],
      fetchFullText: false,
    });
  });

  it('writeSettings merges a patch into the stored settings and returns the result', async () => {
    const { readSettings, writeSettings } = platformStorage;
    await writeSettings({ ncbiEmail: 'reader@example.org' });
    const after = await writeSettings({ showOverlay: false, hiddenTopics: ['hair-growth'] });
    const expected = { ...DEFAULT_SETTINGS, ncbiEmail: 'reader@example.org', showOverlay: false, hiddenTopics: ['hair-growth'] };
    expect(after).toEqual(expected);
    expect(await readSettings()).toEqual(expected);
  });

  it('writeSettings keeps every patch of writes not awaited in turn (two switches flipped at once)', async () => {
    const { readSettings, writeSettings } = platformStorage;
    const [first, second] = await Promise.all([writeSettings({ showBadges: false }), writeSettings({ showOverlay: false })]);
    expect(first).toEqual({ ...DEFAULT_SETTINGS, showBadges: false });
    expect(second).toEqual({ ...DEFAULT_SETTINGS, showBadges: false, showOverlay: false });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, showBadges: false, showOverlay: false });
  });

  it('writeSettings goes on after a write that failed', async () => {
    const { readSettings, writeSettings } = platformStorage;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writeSettings({ showBadges: false })).rejects.toThrow('quota');
    set.mockRestore();
    expect(await writeSettings({ showOverlay: false })).toEqual({ ...DEFAULT_SETTINGS, showOverlay: false });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, showOverlay: false });
  });

  it('writeSettings normalizes what it stores', async () => {
    const { writeSettings } = platformStorage;
    const patch = { showBadges: 'no', hiddenTopics: ['not-a-topic'] } as unknown as Partial<typeof DEFAULT_SETTINGS>;
    expect(await writeSettings(patch)).toEqual(DEFAULT_SETTINGS);
    expect(await stored(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('normalizeSettings', () => {
  it('falls back field by field and ignores unknown fields', async () => {
    
    expect(normalizeSettings({ ncbiApiKey: 'abc', showOverlay: null, fetchFullText: 0, extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, ncbiApiKey: 'abc' });
    expect(normalizeSettings({ ncbiEmail: 'x'.repeat(321) }).ncbiEmail).toBe('');
    expect(normalizeSettings({ hiddenTopics: 'psoriasis' }).hiddenTopics).toEqual([]);
  });

  it('keeps the known hidden topics once each, dropping unknown ids', async () => {
    
    expect(normalizeSettings({ hiddenTopics: ['wound-healing', 'bogus', 7, 'wound-healing', 'psoriasis'] }).hiddenTopics).toEqual([
      'wound-healing',
      'psoriasis',
    ]);
  });

  it.each([null, undefined, 'settings', 7, []])('gives the defaults for %j', async (raw) => {
    
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy, never the shared defaults object', async () => {
    
    const settings = normalizeSettings(undefined);
    settings.hiddenTopics.push('psoriasis');
    expect(DEFAULT_SETTINGS.hiddenTopics).toEqual([]);
  });
});

describe('storage areas as KeyValueStore', () => {
  it('localStore reads, writes, removes and lists keys of storage.local', async () => {
    const { localStore } = platformStorage;
    const store = localStore();
    await store.set({ a: 1, b: { nested: true } });
    expect(await store.get(['a', 'b', 'missing'])).toEqual({ a: 1, b: { nested: true } });
    expect((await store.keys?.())?.sort()).toEqual(['a', 'b']);
    await store.remove(['a']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ b: { nested: true } });
  });

  it('sessionStore uses storage.session, not storage.local', async () => {
    const { sessionStore } = platformStorage;
    await sessionStore().set({ 'tab:1': { kind: 'none' } });
    expect(await fakeBrowser.storage.session.get('tab:1')).toEqual({ 'tab:1': { kind: 'none' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
