/**
 * A recorded NCBI: serves the real pages in ../shared/fixtures (and synthetic ones from
 * test/fixtures) at their real URLs, and answers E-utilities from fixtures. One instance
 * is shared by the Chromium (context.route) and Firefox (local HTTPS server) harnesses, so
 * both browsers see exactly the same NCBI and the same request log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, readShared, sharedPath } from '../../shared';
import { buildSeedArticlePage } from '../../fixtures/seed-page';
import { buildResultsPage } from '../../fixtures/pages/search-200';
import { pubmedArticleXml, pubmedArticleSetXml, type SyntheticRecord } from './synthetic-efetch';

export type FakeRequest = { method: string; url: URL; body: string };
export type FakeResponse = { status: number; headers?: Record<string, string>; body: string };
/** 'hang' never answers (a timeout); 'abort' drops the connection (a network error). */
export type Outcome = FakeResponse | 'hang' | 'abort';
export type EutilsOverride = (request: FakeRequest, attempt: number) => Outcome | undefined;

const html = (body: string, status = 200): FakeResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const xml = (body: string, status = 200): FakeResponse => ({
  status,
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body,
});

export const SEED_PMID = '32392899';
/** The seed article's PubMed page. */
export const SEED_URL = `https://pubmed.ncbi.nlm.nih.gov/${SEED_PMID}/`;
export const SEARCH_URL = 'https://pubmed.ncbi.nlm.nih.gov/?term=%28hypertension%5BTitle%5D%29+AND+%28food%5BText+Word%5D%29&page=2';
/** The PMIDs of SEARCH_URL's ten results, in page order. */
export const SEARCH_PMIDS = ['35910428', '26449129', '35417736', '39975789', '40405724', '31023830', '33541612', '28818842', '39067698', '23627503'];
export const LIST_200_URL = 'https://pubmed.ncbi.nlm.nih.gov/?term=exosome+skin&size=200';

function projectFixture(...parts: string[]): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** The seed review as NCBI's efetch would describe it, built from its text in ../shared/seed. */
function seedRecord(): SyntheticRecord {
  const page = readShared('seed', '000_165664daff88175c.txt');
  const lines = page.split('\n').map((line) => line.trim());
  const abstractStart = lines.findIndex((line) => line.startsWith('Exosomes are nano-sized'));
  const keywordsLine = lines.find((line) => line.startsWith('Keywords:')) ?? '';
  const coiIndex = lines.indexOf('Conflict of interest statement');
  return {
    pmid: SEED_PMID,
    pmcid: 'PMC7290908',
    doi: '10.3390/cells9051157',
    title: lines[0] ?? '',
    abstract: lines[abstractStart] ?? '',
    keywords: keywordsLine.replace(/^Keywords:\s*/, '').replace(/\.$/, '').split(/;\s*/),
    coi: coiIndex >= 0 ? (lines[coiIndex + 2] ?? '') : '',
    publicationTypes: ['Journal Article', 'Review'],
    journal: 'Cells',
    year: '2020',
  };
}

export class FakeNcbi {
  readonly log: FakeRequest[] = [];
  private readonly pages = new Map<string, () => string>();
  private readonly records = new Map<string, () => string>();
  private attempts = new Map<string, number>();
  eutilsOverride: EutilsOverride | undefined;

  constructor() {
    const shared = (dir: string, file: string) => () => readShared('fixtures', dir, file);
    this.pages.set(SEED_URL, () => buildSeedArticlePage(sharedPath()));
    this.pages.set('https://pubmed.ncbi.nlm.nih.gov/15613317/', shared('pubmed-html', 'pubmed-article-15613317.html'));
    this.pages.set('https://pubmed.ncbi.nlm.nih.gov/23825705/', shared('pubmed-html', 'pubmed-article-23825705.html'));
    this.pages.set(SEARCH_URL, shared('pubmed-search-html', 'pubmed-search-page-2026-full.html'));
    this.pages.set(LIST_200_URL, () => buildResultsPage(200, sharedPath()));
    this.pages.set('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/', shared('pmc-html', 'pmc-article-PMC1280342-www-ncbi-pmc.html'));
    this.pages.set('https://pmc.ncbi.nlm.nih.gov/articles/PMC9000001/', () => projectFixture('pages', 'pmc-new-synthetic.html'));
    this.pages.set('https://pubmed.ncbi.nlm.nih.gov/99000001/', () => projectFixture('pages', 'pubmed-hostile-synthetic.html'));
    this.pages.set('https://pubmed.ncbi.nlm.nih.gov/', () => '<!doctype html><html><head><title>PubMed</title><meta name="ncbi_pdid" content="home"></head><body><main><h1>PubMed</h1></main></body></html>');

    this.records.set(SEED_PMID, () => pubmedArticleXml(seedRecord()));
  }

  /** Register a recorded page at its real URL. */
  setPage(url: string, body: () => string): void {
    this.pages.set(url, body);
  }

  /** Register a synthetic efetch record (e.g. for result-list PMIDs that have no fixture). */
  setRecord(record: SyntheticRecord): void {
    this.records.set(record.pmid, () => pubmedArticleXml(record));
  }

  resetLog(): void {
    this.log.length = 0;
    this.attempts = new Map();
  }

  eutilsRequests(kind?: 'efetch' | 'idconv'): FakeRequest[] {
    return this.log.filter((r) => {
      if (r.url.hostname === 'eutils.ncbi.nlm.nih.gov') return !kind || r.url.pathname.includes(`/${kind}`);
      if (r.url.pathname.includes('/idconv/')) return !kind || kind === 'idconv';
      return false;
    });
  }

  handle(request: FakeRequest): Outcome {
    const { url } = request;
    const isApi = url.hostname === 'eutils.ncbi.nlm.nih.gov' || url.pathname.includes('/pmc/utils/idconv/');
    if (isApi) {
      this.log.push(request);
      const key = `${url.pathname}?${url.search}|${request.body}`;
      const attempt = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, attempt);
      const override = this.eutilsOverride?.(request, attempt);
      if (override) return override;
      return this.eutils(request);
    }
    if (url.hostname === 'pubmed.ncbi.nlm.nih.gov' || url.hostname === 'pmc.ncbi.nlm.nih.gov' || url.hostname === 'www.ncbi.nlm.nih.gov') {
      const page = this.pages.get(url.href.split('#')[0] ?? url.href) ?? this.pages.get(`${url.origin}${url.pathname}`);
      if (page) {
        this.log.push(request);
        return html(page());
      }
    }
    // Page assets (cdn.ncbi.nlm.nih.gov scripts, styles, fonts, analytics): not recorded.
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not recorded' };
  }

  private eutils(request: FakeRequest): FakeResponse {
    const { url } = request;
    const params = new URLSearchParams(request.method === 'POST' ? request.body : url.search);
    if (url.pathname.endsWith('/efetch.fcgi')) {
      const db = params.get('db');
      const ids = (params.get('id') ?? '').split(',').filter(Boolean);
      if (db === 'pubmed') {
        const parts = ids.map((id) => this.records.get(id)?.() ?? '').filter(Boolean);
        return xml(pubmedArticleSetXml(parts));
      }
      if (db === 'pmc') {
        const numeric = ids[0]?.replace(/^PMC/i, '');
        if (numeric === '5559839') return xml(readShared('fixtures', 'eutils', 'efetch-pmc-PMC5559839-jats.xml'));
        return xml('<?xml version="1.0"?><pmc-articleset></pmc-articleset>');
      }
    }
    if (url.pathname.endsWith('/esearch.fcgi')) {
      return { status: 200, headers: { 'content-type': 'application/json' }, body: readShared('fixtures', 'eutils', 'esearch-pubmed-json-count561276.json') };
    }
    return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'unsupported in the recorded NCBI' };
  }
}
