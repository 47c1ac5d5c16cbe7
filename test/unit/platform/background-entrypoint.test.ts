/**
 * The background entrypoint on WXT's fake browser (@webext-core/fake-browser 1.5.2): messages go
 * through fakeBrowser.runtime.sendMessage, which calls our listener with no sendResponse and
 * resolves with its returned value; storage is the fake's in-memory storage.local/session.
 * The article below is synthetic (written for this test).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import type { ArticleInput } from '@/utils/model';
import { publishKnowledgeBase, readPageSettings } from '@/utils/platform/content/page-storage';
import { KNOWLEDGE_BASE_ID_KEY, KNOWLEDGE_BASE_KEY, OVERLAY_CSS_KEY } from '@/utils/storage-keys';
import '@/utils/analysis/analyze';
import { compiledKnowledgeBase } from '@/utils/analysis/engine';
import { encodeCompiledKb, fromBase64 } from '@/utils/analysis/kb-binary';

const SYNTHETIC_ARTICLE: ArticleInput = {
  ids: { doi: '10.5555/synthetic.exolens.1' },
  title: 'Synthetic test article: MSC-derived exosomes in a murine wound model',
  abstract: [{ text: 'Synthetic abstract written for a unit test. Exosomes from mesenchymal stem cells accelerated wound closure in mice.' }],
  keywords: ['exosomes'],
  mesh: [],
  publicationTypes: ['Journal Article'],
  year: '2024',
};

type CommandListener = (command: string) => unknown;

/**
 * fake-browser 1.5.2 has no commands.onCommand (its addListener throws "not implemented"): stand
 * in an event that only records listeners, so tests can fire a command.
 */
function recordCommandListeners(): CommandListener[] {
  const listeners: CommandListener[] = [];
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    listeners.push(listener as CommandListener);
  });
  return listeners;
}

function startWorker(): void {
  void background.main();
}

async function send(message: unknown): Promise<unknown> {
  return fakeBrowser.runtime.sendMessage(message);
}

const KB_BIN = encodeCompiledKb(compiledKnowledgeBase());

/** The package's files as the worker fetches them (kb.bin, which it publishes); nothing else. */
function servePackage(): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => (String(url).endsWith('/kb.bin') ? new Response(new Blob([KB_BIN as Uint8Array<ArrayBuffer>])) : new Response('', { status: 404 }))));
}

beforeEach(() => {
  fakeBrowser.reset();
  servePackage();
  vi.stubEnv('EXOLENS_KB_BIN_ID', 'build-1'); // what wxt.config.ts defines in a build
});

describe('background entrypoint: message boundary', () => {
  beforeEach(() => {
    recordCommandListeners();
    startWorker();
  });

  it.each([
    ['null', null],
    ['a string', 'cache/stats'],
    ['no type', { pmid: '1' }],
    ['an unknown type', { type: 'library/steal' }],
    ['a missing field', { type: 'library/save' }],
    ['a wrongly typed field', { type: 'library/save', input: { ...SYNTHETIC_ARTICLE, title: 42 } }],
    ['a hostile PMID', { type: 'library/save-pmids', pmids: ['1;drop'] }],
  ])('answers %s with an error envelope instead of throwing', async (_label, message) => {
    const answer = await send(message);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected message of type /) });
  });

  it("publishes the overlay's stylesheet where the article scripts read their settings, once per version", async () => {
    await vi.waitFor(async () => expect((await readPageSettings()).overlayCss).toMatch(/:host\s*\{/));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    startWorker(); // a worker woken again: the stored stylesheet is current
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(OVERLAY_CSS_KEY)).toHaveProperty(OVERLAY_CSS_KEY));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(set.mock.calls.filter(([items]) => OVERLAY_CSS_KEY in (items as object))).toHaveLength(0);
    // A corrupted value is no stylesheet: the script then reads the file from the package.
    await fakeBrowser.storage.local.set({ [OVERLAY_CSS_KEY]: 42 });
    expect((await readPageSettings()).overlayCss).toBeUndefined();
  });

  it("publishes the compiled knowledge base (the package file) where the content scripts read their settings, once per build's file", async () => {
    await vi.waitFor(async () => expect((await readPageSettings()).knowledgeBase?.id).toBe('build-1'));
    expect(fromBase64((await readPageSettings()).knowledgeBase?.base64 ?? '')).toEqual(KB_BIN);
    const fetch = vi.mocked(globalThis.fetch);
    fetch.mockClear();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    startWorker(); // a worker woken again: the stored copy is this build's, neither it nor the file is read
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(set.mock.calls.filter(([items]) => KNOWLEDGE_BASE_KEY in (items as object))).toHaveLength(0);
    expect(get.mock.calls.filter(([keys]) => [keys].flat().includes(KNOWLEDGE_BASE_KEY))).toHaveLength(0);
    expect(get.mock.calls.filter(([keys]) => [keys].flat().includes(KNOWLEDGE_BASE_ID_KEY))).not.toHaveLength(0);
    expect(fetch.mock.calls.filter(([url]) => String(url).endsWith('/kb.bin'))).toHaveLength(0);
    vi.stubEnv('EXOLENS_KB_BIN_ID', 'build-2'); // an update
    startWorker();
    await vi.waitFor(async () => expect((await readPageSettings()).knowledgeBase?.id).toBe('build-2'));
    // A corrupted value is no knowledge base: the scripts then read the file from the package.
    await fakeBrowser.storage.local.set({ [KNOWLEDGE_BASE_KEY]: { id: 'build-2' } });
    expect((await readPageSettings()).knowledgeBase).toBeUndefined();
    // A build without the id stores nothing, and says why.
    await expect(publishKnowledgeBase('', async () => 'AAAA')).rejects.toThrow(/no kb\.bin id/);
  });

  it('answers cache/stats with the entry count and bytes of the caches', async () => {
    expect(await send({ type: 'cache/stats' })).toEqual({ ok: true, value: { entries: 0, bytes: 0 } });
    // A DOI-only article: NCBI's ID converter (answered here) knows no PubMed record for it,
    // so the page analysis is what gets cached in storage.local.
    const fetch = vi.fn(async (_url: string) =>
      new Response(JSON.stringify({ status: 'ok', records: [{ doi: SYNTHETIC_ARTICLE.ids.doi, status: 'error', errmsg: 'invalid article id' }] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const analyzed = await send({ type: 'article/analyze', page: SYNTHETIC_ARTICLE });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toContain('/pmc/utils/idconv/');
    expect(analyzed).toMatchObject({ ok: true, value: { input: { title: SYNTHETIC_ARTICLE.title } } });
    const stats = (await send({ type: 'cache/stats' })) as { ok: true; value: { entries: number; bytes: number } };
    expect(stats.value.entries).toBe(1);
    expect(stats.value.bytes).toBeGreaterThan(JSON.stringify(SYNTHETIC_ARTICLE).length);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((key) => key.startsWith('analysis:entry:'))).toBe(true);
    expect(await send({ type: 'cache/clear' })).toEqual({ ok: true, value: { ok: true } });
    expect(await send({ type: 'cache/stats' })).toEqual({ ok: true, value: { entries: 0, bytes: 0 } });
  });

  it('saves to the library and lists it back, through storage that outlives the worker', async () => {
    const saved = await send({ type: 'library/save', input: SYNTHETIC_ARTICLE });
    expect(saved).toMatchObject({ ok: true, value: { added: true, key: expect.any(String) } });
    const listed = (await send({ type: 'library/list' })) as { ok: true; value: { entries: { key: string; title: string }[] } };
    expect(listed.ok).toBe(true);
    expect(listed.value.entries.map((entry) => entry.title)).toEqual([SYNTHETIC_ARTICLE.title]);
    expect(listed.value.entries[0]?.key).toBe((saved as { value: { key: string } }).value.key);

    // A new worker (listeners gone, storage kept) sees the same library; saving again is a duplicate.
    fakeBrowser.runtime.resetState();
    startWorker();
    const again = (await send({ type: 'library/list' })) as typeof listed;
    expect(again.value.entries.map((entry) => entry.title)).toEqual([SYNTHETIC_ARTICLE.title]);
    expect(await send({ type: 'library/save', input: SYNTHETIC_ARTICLE })).toMatchObject({ ok: true, value: { added: false } });
  });
});

describe('background entrypoint: keyboard command', () => {
  it('asks the active tab to save its article on the save-article command, and ignores others', async () => {
    const listeners = recordCommandListeners();
    startWorker();
    expect(listeners).toHaveLength(1);
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ windowId: window.id!, url: 'https://pubmed.ncbi.nlm.nih.gov/1/' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const sent: [number, unknown][] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
    });
    await listeners[0]!('other-command');
    expect(sent).toEqual([]);
    await listeners[0]!('save-article');
    expect(sent).toEqual([[tab.id, { type: 'exolens/save-current' }]]);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('still answers messages where the browser has no commands API (Firefox for Android)', async () => {
    const commands = fakeBrowser.commands;
    Object.assign(fakeBrowser, { commands: undefined });
    try {
      startWorker();
      expect(await send({ type: 'cache/stats' })).toEqual({ ok: true, value: { entries: 0, bytes: 0 } });
    } finally {
      Object.assign(fakeBrowser, { commands });
    }
  });
});
