/**
 * Everything the background worker does, as plain code with injected dependencies (store,
 * NCBI client, settings, clock), so it runs in vitest and Node as well as in the service
 * worker. entrypoints/background wires it to the browser.
 *
 * - Articles: page analysis enriched from NCBI, cached by id + KB version + coverage.
 * - Result lists: one batched efetch for every PMID not yet cached, never one per article.
 * - Library: all writes go through one queue, so saves from many tabs never overwrite each other.
 */
import { analyze } from '../analysis/analyze';
import { badgeSummary } from '../badge-summary';
import { createCache, type Cache } from '../cache/cache';
import { analysisCacheKey, recordCacheKey } from '../cache/keys';
import type { KeyValueStore } from '../cache/store';
import { KB_VERSION } from '../knowledge/kb-data';
import { NOTE_TEXTS, QC_GUIDELINES, QC_NOTES } from '../knowledge/kb-docs';
import { entryFromArticle, findDuplicate } from '../library/entry';
import { EXPORTERS, IMPORTERS, exportFilename, EXPORT_FORMATS } from '../library/formats';
import { emptyLibrary, importEntries, migrateLibrary, remove, setNote, setTags, upsert, type Library } from '../library/store';
import type { LibraryEntry } from '../library/types';
import type { Analysis, ArticleInput, Coverage } from '../model';
import type { NcbiClient } from '../ncbi/client';
import { describeStatus, type NcbiStatus } from '../ncbi/status';
import type { Envelope, Request, Response, ResponseMap, StatusLine, TabSummary } from '../protocol';
import type { Settings } from '../settings';
import { LIBRARY_KEY, LIBRARY_QUARANTINE_KEY } from '../storage-keys';
import { mergeArticle, withoutFullText } from './merge';

const RECORD_TTL_MS = 7 * 24 * 3600 * 1000;

export type BackgroundDeps = {
  local: KeyValueStore;
  session: KeyValueStore;
  ncbi: NcbiClient;
  readSettings(): Promise<Settings>;
  /** Tells a tab what NCBI is doing (retrying, rate limited); best effort. */
  pushStatus(tabId: number, status: StatusLine): void;
  now(): number;
  onProblem?(message: string): void;
};

type CachedAnalysis = { analysis: Analysis; input: ArticleInput };

export type Sender = { tabId?: number };

function statusLine(status: NcbiStatus): StatusLine {
  const kind = status.kind === 'ok' ? 'ok' : status.kind === 'error' || status.kind === 'offline' ? 'warning' : 'info';
  return { kind, text: describeStatus(status) };
}

function failureLine(error: unknown): StatusLine {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /network|offline|failed to fetch/i.test(message);
  return {
    kind: 'warning',
    text: offline ? 'Offline: showing page-only analysis' : `NCBI unavailable (${message}): showing page-only analysis`,
  };
}

export function createBackground(deps: BackgroundDeps) {
  const clock = { now: deps.now };
  const reportCorrupt = (problem: { key: string; reason: string }) => deps.onProblem?.(`cache entry ${problem.key} dropped: ${problem.reason}`);
  const analyses: Cache = createCache({ store: deps.local, namespace: 'analysis', maxBytes: 6_000_000, clock, onCorrupt: reportCorrupt });
  const records: Cache = createCache({ store: deps.local, namespace: 'record', maxBytes: 6_000_000, ttlMs: RECORD_TTL_MS, clock, onCorrupt: reportCorrupt });
  const inflightAnalyses = new Map<string, Promise<{ value: CachedAnalysis; source: 'ncbi' | 'page'; status: StatusLine | null }>>();
  const inflightRecords = new Map<string, Promise<ArticleInput | undefined>>();
  const activeTabs = new Map<number, number>();

  /** Runs `work` with status pushes going to `tabId` while it lasts. */
  async function forTab<T>(tabId: number | undefined, work: () => Promise<T>): Promise<T> {
    if (tabId === undefined) return work();
    activeTabs.set(tabId, (activeTabs.get(tabId) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (activeTabs.get(tabId) ?? 1) - 1;
      if (left <= 0) activeTabs.delete(tabId);
      else activeTabs.set(tabId, left);
    }
  }

  function onNcbiStatus(status: NcbiStatus): void {
    // Success reaches the tab with the answer itself; pushes are for waits and failures.
    if (status.kind === 'ok') return;
    const line = statusLine(status);
    for (const tabId of activeTabs.keys()) deps.pushStatus(tabId, line);
  }

  // ---------------------------------------------------------------- records

  /**
   * Full PubMed records for these PMIDs: from the cache, else in one batched efetch (the
   * client splits above 200 ids). Concurrent callers asking for the same PMID share one
   * request. Missing PMIDs (NCBI has no record) are absent from the map.
   */
  async function recordsFor(pmids: string[]): Promise<Map<string, ArticleInput>> {
    const unique = [...new Set(pmids)];
    const found = new Map<string, ArticleInput>();
    const cached = await records.getMany<ArticleInput>(unique.map(recordCacheKey));
    const toFetch: string[] = [];
    const waiting: Promise<void>[] = [];
    for (const pmid of unique) {
      const hit = cached.get(recordCacheKey(pmid));
      if (hit) found.set(pmid, hit);
      else if (inflightRecords.has(pmid)) {
        waiting.push(inflightRecords.get(pmid)!.then((record) => void (record && found.set(pmid, record))));
      } else toFetch.push(pmid);
    }
    if (toFetch.length > 0) {
      const batch = deps.ncbi.fetchPubmed(toFetch).then(async (fetched) => {
        await records.setMany([...fetched].map(([pmid, record]) => [recordCacheKey(pmid), withoutFullText(record)] as const));
        return fetched;
      });
      for (const pmid of toFetch) {
        const one = batch.then((fetched) => fetched.get(pmid));
        inflightRecords.set(pmid, one);
        void one.catch(() => undefined).finally(() => inflightRecords.delete(pmid));
      }
      const fetched = await batch;
      for (const [pmid, record] of fetched) found.set(pmid, record);
    }
    await Promise.all(waiting);
    return found;
  }

  async function fullTextFor(pmcid: string): Promise<ArticleInput | undefined> {
    const key = recordCacheKey(`pmc-${pmcid}`);
    return records.getOrLoad(key, async () => (await deps.ncbi.fetchPmcFullText(pmcid)) ?? null).then((value) => value ?? undefined);
  }

  // ---------------------------------------------------------------- articles

  function articleId(input: ArticleInput): string | undefined {
    return input.ids.pmid ?? input.ids.pmcid ?? (input.ids.doi ? `doi:${input.ids.doi}` : undefined);
  }

  async function analyzeArticle(page: ArticleInput, tabId: number | undefined): Promise<ResponseMap['article/analyze']> {
    const settings = await deps.readSettings();
    const id = articleId(page);
    const pmcid = page.ids.pmcid;
    const wantFullText = !page.fullText?.length && settings.fetchFullText && !!pmcid;
    const coverage: Coverage = page.fullText?.length || wantFullText ? 'full-text' : 'abstract';
    if (!id) {
      const analysis = analyze(page);
      return { analysis, input: page, source: 'page', status: null, saved: await isSaved(page) };
    }
    const key = analysisCacheKey(id, KB_VERSION, coverage);
    const cached = await analyses.get<CachedAnalysis>(key);
    if (cached) {
      await rememberTab(tabId, { kind: 'article', page: cached.input, analysis: cached.analysis, saved: false });
      return { ...cached, source: 'cache', status: null, saved: await isSaved(cached.input) };
    }
    let pending = inflightAnalyses.get(key);
    if (!pending) {
      pending = (async () => {
        let status: StatusLine | null = null;
        let record: ArticleInput | undefined;
        let fullText: ArticleInput | undefined;
        let complete = true;
        let asked = false;
        let pmid = page.ids.pmid;
        // A page that names only a PMCID or DOI: NCBI's ID converter finds the PubMed record.
        const convertible = page.ids.pmcid ?? page.ids.doi;
        if (!pmid && convertible) {
          asked = true;
          try {
            pmid = (await deps.ncbi.convertIds([convertible]))[0]?.pmid;
          } catch (error) {
            complete = false;
            status = failureLine(error);
          }
        }
        if (pmid) {
          asked = true;
          try {
            record = (await recordsFor([pmid])).get(pmid);
          } catch (error) {
            complete = false;
            status = failureLine(error);
          }
        }
        const fullTextPmcid = pmcid ?? record?.ids.pmcid;
        if (complete && !page.fullText?.length && settings.fetchFullText && fullTextPmcid) {
          asked = true;
          try {
            fullText = await fullTextFor(fullTextPmcid);
          } catch (error) {
            complete = false;
            status = failureLine(error);
          }
        }
        const merged = mergeArticle(page, record, fullText);
        const value: CachedAnalysis = { analysis: analyze(merged), input: withoutFullText(merged) };
        // A partial answer (NCBI failed) is shown but not cached: the next visit tries again.
        if (complete) await analyses.set(key, value);
        return { value, source: complete && asked ? ('ncbi' as const) : ('page' as const), status };
      })();
      inflightAnalyses.set(key, pending);
      void pending.catch(() => undefined).finally(() => inflightAnalyses.delete(key));
    }
    const result = await forTab(tabId, () => pending!);
    const saved = await isSaved(result.value.input);
    await rememberTab(tabId, { kind: 'article', page: result.value.input, analysis: result.value.analysis, saved });
    return { ...result.value, source: result.source, status: result.status, saved };
  }

  async function analyzeResults(
    items: Extract<Request, { type: 'results/analyze' }>['items'],
    tabId: number | undefined,
  ): Promise<ResponseMap['results/analyze']> {
    const out: ResponseMap['results/analyze']['items'] = {};
    const pmids = [...new Set(items.map((item) => item.pmid))];
    const keys = pmids.map((pmid) => analysisCacheKey(pmid, KB_VERSION, 'abstract'));
    const cached = await analyses.getMany<CachedAnalysis>(keys);
    const missing: string[] = [];
    pmids.forEach((pmid, index) => {
      const hit = cached.get(keys[index]!);
      if (hit) out[pmid] = { summary: badgeSummary(hit.analysis), basis: 'abstract' };
      else missing.push(pmid);
    });
    let status: StatusLine | null = null;
    if (missing.length > 0) {
      try {
        const fetched = await forTab(tabId, () => recordsFor(missing));
        const fresh: [string, CachedAnalysis][] = [];
        for (const pmid of missing) {
          const record = fetched.get(pmid);
          if (!record) continue;
          const value: CachedAnalysis = { analysis: analyze(record), input: record };
          fresh.push([analysisCacheKey(pmid, KB_VERSION, 'abstract'), value]);
          out[pmid] = { summary: badgeSummary(value.analysis), basis: 'abstract' };
        }
        await analyses.setMany(fresh);
      } catch (error) {
        status = failureLine(error);
      }
    }
    const savedPmids = await libraryPmids();
    const saved = pmids.filter((pmid) => savedPmids.has(pmid));
    return { items: out, saved, status };
  }

  // ---------------------------------------------------------------- tabs

  async function rememberTab(tabId: number | undefined, summary: TabSummary): Promise<void> {
    if (tabId === undefined) return;
    await deps.session.set({ [`tab:${tabId}`]: summary });
  }

  async function tabSummary(tabId: number): Promise<TabSummary> {
    const value = (await deps.session.get([`tab:${tabId}`]))[`tab:${tabId}`] as TabSummary | undefined;
    if (!value) return { kind: 'none' };
    if (value.kind === 'article') return { ...value, saved: await isSaved(value.page) };
    if (value.kind === 'results') {
      const savedPmids = await libraryPmids();
      const savedCount = value.pmids.filter((pmid) => savedPmids.has(pmid)).length;
      return { ...value, savedCount };
    }
    return value;
  }

  // ---------------------------------------------------------------- library (single writer)

  let library: Library | undefined;
  let writes: Promise<unknown> = Promise.resolve();

  async function readLibrary(): Promise<Library> {
    if (library) return library;
    const raw = (await deps.local.get([LIBRARY_KEY]))[LIBRARY_KEY];
    const migrated = migrateLibrary(raw, new Date(deps.now()));
    if (migrated.quarantined.length > 0) {
      // Kept aside, never dropped: a later version (or a human) can still recover them.
      const previous = (await deps.local.get([LIBRARY_QUARANTINE_KEY]))[LIBRARY_QUARANTINE_KEY];
      const kept = Array.isArray(previous) ? previous : [];
      await deps.local.set({ [LIBRARY_QUARANTINE_KEY]: [...kept, { at: new Date(deps.now()).toISOString(), problems: migrated.problems, values: migrated.quarantined }] });
      for (const problem of migrated.problems) deps.onProblem?.(`library: ${problem}`);
    }
    library = migrated.library;
    if (raw !== undefined && (migrated.quarantined.length > 0 || (raw as { version?: unknown })?.version !== library.version)) {
      await deps.local.set({ [LIBRARY_KEY]: library });
    }
    return library;
  }

  /** Serialises every read-modify-write of the library. */
  function writeLibrary<T>(change: (current: Library) => { library: Library; result: T }): Promise<T> {
    const next = writes.then(async () => {
      const current = await readLibrary();
      const { library: updated, result } = change(current);
      if (updated !== current) {
        await deps.local.set({ [LIBRARY_KEY]: updated });
        library = updated;
      }
      return result;
    });
    writes = next.catch(() => undefined);
    return next;
  }

  /** The PMIDs in the library, for checking a whole result page at once. */
  async function libraryPmids(): Promise<Set<string>> {
    return new Set((await readLibrary()).entries.flatMap((entry) => (entry.ids.pmid ? [entry.ids.pmid] : [])));
  }

  async function isSaved(input: ArticleInput): Promise<boolean> {
    const current = await readLibrary();
    return !!findDuplicate(current.entries, entryFromArticle(input, undefined, new Date(deps.now())));
  }

  async function cachedAnalysisFor(input: ArticleInput): Promise<Analysis> {
    const id = articleId(input);
    if (id) {
      for (const coverage of ['full-text', 'abstract'] as const) {
        const hit = await analyses.get<CachedAnalysis>(analysisCacheKey(id, KB_VERSION, coverage));
        if (hit) return hit.analysis;
      }
    }
    return analyze(input);
  }

  async function saveArticle(input: ArticleInput): Promise<ResponseMap['library/save']> {
    const entry = entryFromArticle(withoutFullText(input), await cachedAnalysisFor(input), new Date(deps.now()));
    return writeLibrary((current) => {
      const result = upsert(current, entry);
      return { library: result.library, result: { key: result.entry.key, added: result.status === 'added' } };
    });
  }

  async function savePmids(pmids: string[]): Promise<ResponseMap['library/save-pmids']> {
    const fetched = await recordsFor(pmids);
    const entries: LibraryEntry[] = [];
    for (const pmid of pmids) {
      const record = fetched.get(pmid);
      if (record) entries.push(entryFromArticle(record, await cachedAnalysisFor(record), new Date(deps.now())));
    }
    await writeLibrary((current) => {
      let next = current;
      for (const entry of entries) next = upsert(next, entry).library;
      return { library: next, result: undefined };
    });
    const saved = entries.map((entry) => entry.ids.pmid!).filter(Boolean);
    return { saved, missing: pmids.filter((pmid) => !fetched.has(pmid)) };
  }

  async function libraryStatus(ids: ArticleInput['ids'][]): Promise<ResponseMap['library/status']> {
    const current = await readLibrary();
    const keys = ids.map((one) => findDuplicate(current.entries, entryFromArticle({ ids: one, title: '', abstract: [], keywords: [], mesh: [], publicationTypes: [] }, undefined, new Date(deps.now())))?.key ?? null);
    return { saved: keys.map((key) => key !== null), keys };
  }

  async function exportLibrary(format: keyof typeof EXPORTERS, keys: string[] | undefined): Promise<ResponseMap['library/export']> {
    const current = await readLibrary();
    const wanted = keys ? new Set(keys) : undefined;
    const entries = wanted ? current.entries.filter((entry) => wanted.has(entry.key)) : current.entries;
    const meta = EXPORT_FORMATS.find((one) => one.id === format)!;
    return { filename: exportFilename(format, new Date(deps.now())), mime: meta.mime, text: EXPORTERS[format](entries), count: entries.length };
  }

  // ---------------------------------------------------------------- dispatch

  async function dispatch(request: Request, sender: Sender): Promise<unknown> {
    switch (request.type) {
      case 'article/analyze':
        return analyzeArticle(request.page, sender.tabId);
      case 'results/analyze':
        return analyzeResults(request.items, sender.tabId);
      case 'tab/report':
        await rememberTab(sender.tabId, { kind: 'results', pmids: request.summary.pmids, savedCount: 0 });
        return { ok: true };
      case 'tab/summary':
        return tabSummary(request.tabId);
      case 'kb/texts':
        return { qcNotes: QC_NOTES, qcGuidelines: QC_GUIDELINES, noteTexts: NOTE_TEXTS };
      case 'library/save':
        return saveArticle(request.input);
      case 'library/save-pmids':
        return savePmids(request.pmids);
      case 'library/remove':
        return writeLibrary((current) => {
          const next = remove(current, request.key);
          return { library: next, result: { removed: next.entries.length !== current.entries.length } };
        });
      case 'library/status':
        return libraryStatus(request.ids);
      case 'library/list': {
        const current = await readLibrary();
        return { entries: current.entries, problems: [] };
      }
      case 'library/update':
        return writeLibrary((current) => {
          const now = new Date(deps.now());
          let next = current;
          if (request.tags) next = setTags(next, request.key, request.tags, now);
          if (request.note !== undefined) next = setNote(next, request.key, request.note, now);
          return { library: next, result: { ok: next.entries.some((entry) => entry.key === request.key) } };
        });
      case 'library/import': {
        const parsed = IMPORTERS[request.format](request.text);
        return writeLibrary((current) => {
          const result = importEntries(current, parsed.entries);
          return { library: result.library, result: { added: result.added, merged: result.merged, problems: parsed.problems } };
        });
      }
      case 'library/export':
        return exportLibrary(request.format, request.keys);
      case 'library/erase':
        return writeLibrary(() => ({ library: emptyLibrary(), result: { ok: true as const } }));
      case 'cache/stats': {
        const [a, r] = await Promise.all([analyses.stats(), records.stats()]);
        return { entries: a.entries + r.entries, bytes: a.bytes + r.bytes };
      }
      case 'cache/clear':
        await Promise.all([analyses.clear(), records.clear()]);
        return { ok: true };
      case 'ncbi/test-key': {
        const check = await deps.ncbi.testApiKey(request.apiKey);
        return check.ok
          ? { ok: true, message: 'NCBI accepted the key: up to 10 requests per second.' }
          : { ok: false, message: check.reason };
      }
    }
  }

  return {
    onNcbiStatus,
    /** Never throws: every outcome is an envelope the caller can render. */
    async handle<T extends Request['type']>(request: Extract<Request, { type: T }>, sender: Sender): Promise<Envelope<Response<T>>> {
      try {
        return { ok: true, value: (await dispatch(request, sender)) as Response<T> };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
