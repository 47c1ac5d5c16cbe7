/** NCBI traffic and the cache, seen from outside (issue 5). */
import { SEARCH_PMIDS, SEARCH_URL, SEED_URL } from '../harness/fake-ncbi';
import { assert, assertEqual, type Spec } from '../harness/runner';
import { recordResults, settle, waitForBadgeBasis, waitForOverlay, waitForTopics, overlayText } from './common';

export const backgroundSpecs: Spec[] = [
  {
    name: 'a revisited article makes 0 NCBI requests',
    browsers: ['chromium', 'firefox'],
    async run(session) {
      const page = await session.newPage();
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await page.waitFor(`!/Checking NCBI/.test(deep('[data-exolens="overlay"]').shadowRoot.textContent)`, 'the background answer');
      assert(session.fake.eutilsRequests('efetch').length >= 1, 'the first visit asked NCBI');
      session.fake.resetLog();
      await page.reload();
      await waitForOverlay(page);
      await page.waitFor(`!/Checking NCBI/.test(deep('[data-exolens="overlay"]').shadowRoot.textContent)`, 'the background answer');
      await settle(page);
      assertEqual(session.fake.eutilsRequests().map((r) => r.url.href), [], 'no NCBI request on the revisit');
    },
  },
  {
    name: 'a result page makes exactly one efetch request cold and none warm',
    browsers: ['chromium', 'firefox'],
    async run(session) {
      recordResults(session, SEARCH_PMIDS);
      const page = await session.newPage();
      await page.goto(SEARCH_URL);
      await waitForBadgeBasis(page, 10, 'abstract');
      assertEqual(session.fake.eutilsRequests('efetch').length, 1, 'one batched efetch for 10 PMIDs');
      const ids = new URLSearchParams(session.fake.eutilsRequests('efetch')[0]!.url.search).get('id') ?? '';
      assertEqual(ids.split(',').sort(), [...SEARCH_PMIDS].sort(), 'the batch asked for every PMID on the page');
      session.fake.resetLog();
      await page.reload();
      await waitForBadgeBasis(page, 10, 'abstract');
      await settle(page);
      assertEqual(session.fake.eutilsRequests().length, 0, 'no NCBI request when warm');
    },
  },
  {
    name: 'NCBI answering 429 then 200 still ends with the badges shown',
    browsers: ['chromium', 'firefox'],
    async run(session) {
      recordResults(session, SEARCH_PMIDS);
      session.fake.eutilsOverride = (_request, attempt) =>
        attempt === 1 ? { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"error":"API rate limit exceeded"}' } : undefined;
      const page = await session.newPage();
      await page.goto(SEARCH_URL);
      await waitForBadgeBasis(page, 10, 'abstract', 30_000);
      assertEqual(session.fake.eutilsRequests('efetch').length, 2, 'one rate-limited attempt, one retry');
    },
  },
  {
    name: 'NCBI down (HTTP 500): page-only analysis plus a clear status; the page stays usable',
    browsers: ['chromium', 'firefox'],
    timeoutMs: 90_000,
    async run(session) {
      session.fake.eutilsOverride = () => ({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal Server Error' });
      const page = await session.newPage();
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await waitForTopics(page, ['wound-healing']);
      await page.waitFor(`/page-only analysis/i.test(deep('[data-exolens="overlay"]').shadowRoot.querySelector('[role="status"]')?.textContent ?? '')`, 'a page-only status line', 60_000);
      assert(!/Checking NCBI/.test(await overlayText(page)), 'no endless spinner');
      assertEqual(await page.evaluate(`document.querySelector('h1.heading-title') !== null`), true, 'the host page is intact');
    },
  },
  {
    name: 'NCBI returning malformed XML: page-only analysis plus a clear status',
    browsers: ['chromium'],
    timeoutMs: 60_000,
    async run(session) {
      session.fake.eutilsOverride = () => ({ status: 200, headers: { 'content-type': 'text/xml' }, body: '<PubmedArticleSet><PubmedArticle><MedlineCitation>' });
      const page = await session.newPage();
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await page.waitFor(`/page-only analysis/i.test(deep('[data-exolens="overlay"]').shadowRoot.querySelector('[role="status"]')?.textContent ?? '')`, 'a page-only status line', 45_000);
    },
  },
  {
    name: 'NCBI timing out: page-only analysis plus a clear status',
    browsers: ['chromium'],
    timeoutMs: 120_000,
    async run(session) {
      session.fake.eutilsOverride = () => 'hang';
      const page = await session.newPage();
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await waitForTopics(page, ['wound-healing']);
      await page.waitFor(`/page-only analysis/i.test(deep('[data-exolens="overlay"]').shadowRoot.querySelector('[role="status"]')?.textContent ?? '')`, 'a page-only status line', 100_000);
    },
  },
  {
    name: 'a service-worker restart between two visits still serves from the cache',
    browsers: ['chromium'],
    async run(session) {
      const page = await session.newPage();
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await page.waitFor(`!/Checking NCBI/.test(deep('[data-exolens="overlay"]').shadowRoot.textContent)`, 'the background answer');
      await session.stopWorker!();
      session.fake.resetLog();
      await page.reload();
      await waitForOverlay(page);
      await page.waitFor(`!/Checking NCBI/.test(deep('[data-exolens="overlay"]').shadowRoot.textContent)`, 'the background answer after the restart');
      await settle(page);
      assertEqual(session.fake.eutilsRequests().length, 0, 'the restarted worker served the cache');
    },
  },
];
