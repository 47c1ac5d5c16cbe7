import { describe, expect, it } from 'vitest';
import { createBackground, type BackgroundDeps } from '../../../utils/background/services';
import { LIBRARY_KEY, LIBRARY_QUARANTINE_KEY } from '../../../utils/storage-keys';
import { createMemoryStore } from '../../../utils/cache/store';
import type { NcbiClient } from '../../../utils/ncbi/client';
import { parsePubmedArticleSet } from '../../../utils/ncbi/pubmed-xml';
import type { ArticleInput } from '../../../utils/model';
import { parseRequest, type Request } from '../../../utils/protocol';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { NOTES, QC_ITEMS } from '../../../utils/knowledge';
import { readShared } from '../../shared';

const EXOSOME_REVIEW = parsePubmedArticleSet(readShared('fixtures', 'eutils', 'efetch-pubmed-37693885-exosome-review-coi-keywords-refs.xml'))[0]!;
const RETRACTED = parsePubmedArticleSet(readShared('fixtures', 'eutils', 'efetch-pubmed-993-retracted-publication.xml'))[0]!;
const RECORDS = new Map([EXOSOME_REVIEW, RETRACTED].map((record) => [record.ids.pmid!, record]));

function scriptedNcbi(overrides: Partial<NcbiClient> = {}) {
  const calls: string[][] = [];
  const client: NcbiClient = {
    async fetchPubmed(pmids) {
      calls.push([...pmids]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Map(pmids.flatMap((pmid) => (RECORDS.has(pmid) ? [[pmid, RECORDS.get(pmid)!] as const] : [])));
    },
    async fetchPmcFullText() {
      return undefined;
    },
    async convertIds() {
      return [];
    },
    async testApiKey() {
      return { ok: true };
    },
    ...overrides,
  };
  return { client, calls };
}

function setup(ncbi = scriptedNcbi(), local = createMemoryStore()) {
  const pushed: string[] = [];
  const deps: BackgroundDeps = {
    local,
    session: createMemoryStore(),
    ncbi: ncbi.client,
    readSettings: async () => ({ ...DEFAULT_SETTINGS, fetchFullText: false }),
    pushStatus: (_tab, status) => pushed.push(status.text),
    now: () => Date.parse('2026-11-27T10:00:00Z'),
  };
  return { background: createBackground(deps), calls: ncbi.calls, local, pushed };
}

function pageOf(record: ArticleInput): ArticleInput {
  // What a PubMed page shows: title and abstract, not the record's publication types or notices.
  return { ids: { pmid: record.ids.pmid }, title: record.title, abstract: record.abstract, keywords: [], mesh: [], publicationTypes: [] };
}

async function ask<T extends Request['type']>(background: ReturnType<typeof createBackground>, request: Extract<Request, { type: T }>, tabId = 1) {
  const answer = await background.handle(request, { tabId });
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

describe('background: articles', () => {
  it('enriches the page analysis from the NCBI record and serves a revisit from the cache', async () => {
    const { background, calls } = setup();
    const first = await ask(background, { type: 'article/analyze', page: pageOf(RETRACTED) });
    expect(first.source).toBe('ncbi');
    expect(first.analysis.notes.map((note) => note.id)).toContain('retracted'); // only the record knows
    expect(calls).toEqual([[RETRACTED.ids.pmid]]);
    const again = await ask(background, { type: 'article/analyze', page: pageOf(RETRACTED) });
    expect(again.source).toBe('cache');
    expect(calls).toHaveLength(1);
  });

  it('two tabs asking for the same PMID at once cause one request', async () => {
    const { background, calls } = setup();
    await Promise.all([1, 2].map((tabId) => ask(background, { type: 'article/analyze', page: pageOf(EXOSOME_REVIEW) }, tabId)));
    expect(calls).toHaveLength(1);
  });

  it('falls back to the page-only analysis with a clear status when NCBI fails, and does not cache it', async () => {
    let fail = true;
    const ncbi = scriptedNcbi({
      async fetchPubmed(pmids) {
        if (fail) throw new Error('NCBI error (HTTP 500)');
        return new Map(pmids.map((pmid) => [pmid, RECORDS.get(pmid)!]));
      },
    });
    const { background } = setup(ncbi);
    const down = await ask(background, { type: 'article/analyze', page: pageOf(RETRACTED) });
    expect(down.source).toBe('page');
    expect(down.status?.text).toMatch(/page-only analysis/);
    fail = false;
    const up = await ask(background, { type: 'article/analyze', page: pageOf(RETRACTED) });
    expect(up.source).toBe('ncbi');
  });

  it('a new background over the same storage (a restarted worker) still serves from the cache', async () => {
    const local = createMemoryStore();
    const first = setup(scriptedNcbi(), local);
    await ask(first.background, { type: 'article/analyze', page: pageOf(EXOSOME_REVIEW) });
    const restarted = setup(scriptedNcbi(), local);
    const answer = await ask(restarted.background, { type: 'article/analyze', page: pageOf(EXOSOME_REVIEW) });
    expect(answer.source).toBe('cache');
    expect(restarted.calls).toHaveLength(0);
  });

  it('finds the PubMed record of a page that names only a DOI through the ID converter', async () => {
    const converted: string[][] = [];
    const ncbi = scriptedNcbi({
      async convertIds(ids) {
        converted.push(ids);
        return [{ requested: ids[0], pmid: RETRACTED.ids.pmid }];
      },
    });
    const { background, calls } = setup(ncbi);
    const page = { ...pageOf(RETRACTED), ids: { doi: '10.1000/only-a-doi' } };
    const answer = await ask(background, { type: 'article/analyze', page });
    expect(converted).toEqual([['10.1000/only-a-doi']]);
    expect(calls).toEqual([[RETRACTED.ids.pmid]]);
    expect(answer.input.ids.pmid).toBe(RETRACTED.ids.pmid);
    expect(answer.analysis.notes.map((note) => note.id)).toContain('retracted');
  });
});

describe('background: result lists', () => {
  it('fetches every uncached PMID of a page in one request, then none', async () => {
    const { background, calls } = setup();
    const items = [EXOSOME_REVIEW, RETRACTED].map((record) => ({ pmid: record.ids.pmid!, title: record.title, snippet: '', publicationTypes: [] }));
    const cold = await ask(background, { type: 'results/analyze', items });
    expect(calls).toEqual([[EXOSOME_REVIEW.ids.pmid, RETRACTED.ids.pmid]]);
    expect(cold.items[RETRACTED.ids.pmid!]?.summary.retracted).toBe(true);
    expect(cold.items[EXOSOME_REVIEW.ids.pmid!]?.basis).toBe('abstract');
    await ask(background, { type: 'results/analyze', items });
    expect(calls).toHaveLength(1);
  });
});

describe('background: library', () => {
  it('keeps every one of 100 concurrent saves', async () => {
    const { background } = setup();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        ask(background, { type: 'library/save', input: { ids: { pmid: String(1000 + i) }, title: `Article ${i}`, abstract: [], keywords: [], mesh: [], publicationTypes: [] } }),
      ),
    );
    const list = await ask(background, { type: 'library/list' });
    expect(list.entries).toHaveLength(100);
  });

  it('deduplicates a second save of the same article and reports it saved', async () => {
    const { background } = setup();
    const first = await ask(background, { type: 'library/save', input: pageOf(EXOSOME_REVIEW) });
    const second = await ask(background, { type: 'library/save', input: { ...pageOf(EXOSOME_REVIEW), title: 'Same PMID, other title' } });
    expect(first.added).toBe(true);
    expect(second.added).toBe(false);
    const status = await ask(background, { type: 'library/status', ids: [{ pmid: EXOSOME_REVIEW.ids.pmid }, { pmid: '1' }] });
    expect(status.saved).toEqual([true, false]);
  });

  it('bulk-saves PMIDs from one batched fetch and names the ones NCBI does not have', async () => {
    const { background, calls } = setup();
    const answer = await ask(background, { type: 'library/save-pmids', pmids: [EXOSOME_REVIEW.ids.pmid!, '424242'] });
    expect(answer.saved).toEqual([EXOSOME_REVIEW.ids.pmid]);
    expect(answer.missing).toEqual(['424242']);
    expect(calls).toHaveLength(1);
  });

  it('keeps a corrupted library value aside instead of dropping it', async () => {
    const local = createMemoryStore({ [LIBRARY_KEY]: 'not a library' });
    const { background } = setup(scriptedNcbi(), local);
    const list = await ask(background, { type: 'library/list' });
    expect(list.entries).toEqual([]);
    const kept = local.snapshot()[LIBRARY_QUARANTINE_KEY] as { values: unknown[] }[];
    expect(kept[0]?.values).toContain('not a library');
  });

  it('exports what it saved', async () => {
    const { background } = setup();
    await ask(background, { type: 'library/save', input: EXOSOME_REVIEW });
    const ris = await ask(background, { type: 'library/export', format: 'ris' });
    expect(ris.count).toBe(1);
    expect(ris.text).toContain(`${EXOSOME_REVIEW.ids.pmid}`);
    expect(ris.filename).toMatch(/\.ris$/);
  });
});

describe('background: knowledge-base texts', () => {
  it('sends the overlay every QC note, QC guideline list and note text (kb/texts), which the content scripts do not bundle', async () => {
    const { background } = setup();
    expect(parseRequest({ type: 'kb/texts' }).ok).toBe(true);
    const texts = await ask(background, { type: 'kb/texts' });
    expect(Object.keys(texts.qcNotes)).toEqual(QC_ITEMS.map((item) => item.id));
    expect(Object.keys(texts.qcGuidelines)).toEqual(QC_ITEMS.map((item) => item.id));
    expect(Object.keys(texts.noteTexts)).toEqual(NOTES.map((note) => note.id));
    expect(texts.qcNotes['qc-isolation']).toMatch(/precipitation co-isolates proteins/);
    expect(texts.noteTexts.regulatory).toMatch(/FDA/);
  });
});

describe('protocol boundary', () => {
  it.each([
    [null, /type \(none\)/],
    [{ type: 'no/such' }, /no\/such/],
    [{ type: 'library/save' }, /input/],
    [{ type: 'results/analyze', items: [{ pmid: '12; DROP', title: '', snippet: '', publicationTypes: [] }] }, /pmid/],
    [{ type: 'library/save-pmids', pmids: [] }, /pmids/],
  ])('rejects %j with a clear error', (raw, message) => {
    const parsed = parseRequest(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('accepts a well-formed request', () => {
    expect(parseRequest({ type: 'cache/stats' }).ok).toBe(true);
  });
});
