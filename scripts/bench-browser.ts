/**
 * Content-script timings in real headless Chromium, read from the page's performance marks
 * (utils/platform/content/marks.ts):
 *  - seed article: content script start → overlay ready (data-ready), median of N loads, and the
 *    page's DOMContentLoaded → overlay ready (what a reader waits for from the page's own parse:
 *    it also counts the script's evaluation, which the start mark does not);
 *  - the cache's bytes after one article (the seed review, record + analysis);
 *  - a 200-result list, cold then warm: NCBI requests, badges from snippets after start, and
 *    request → all 200 badges updated from full abstracts (data received → badges, too).
 */
import { FakeNcbi, LIST_200_URL, SEED_URL } from '../test/e2e/harness/fake-ncbi';
import { launchChromium } from '../test/e2e/harness/chromium';
import { waitForOverlay } from '../test/e2e/specs/common';
import type { BrowserSession } from '../test/e2e/harness/types';
import { resultListPmids } from '../test/fixtures/pages/search-200';
import { sharedPath } from '../test/shared';

export type BrowserBench = Awaited<ReturnType<typeof runBrowserBench>>;

/** The cache's entries and bytes, asked of the background from an extension page. */
async function cacheStats(session: BrowserSession): Promise<{ entries: number; bytes: number }> {
  const page = await session.openExtensionPage!('options.html');
  const stats = await page.evaluate<{ entries: number; bytes: number }>(`chrome.runtime.sendMessage({ type: 'cache/stats' }).then((answer) => answer.value)`);
  await page.close();
  return stats;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const MEASURE = (from: string, to: string) =>
  `(() => { const a = performance.getEntriesByName('${from}')[0]; const b = performance.getEntriesByName('${to}').at(-1); return a && b ? b.startTime - a.startTime : null; })()`;

export async function runBrowserBench(loads = 20) {
  const fake = new FakeNcbi();
  for (const pmid of resultListPmids(200, sharedPath())) {
    fake.setRecord({ pmid, title: `Record ${pmid}: MSC exosomes in wound healing`, abstract: 'Exosomes isolated by ultracentrifugation accelerated diabetic wound closure in mice.' });
  }
  const session = await launchChromium('.output/chrome-mv3', fake);
  try {
    const page = await session.newPage();
    const times: number[] = [];
    const fromDcl: number[] = [];
    for (let i = 0; i < loads + 2; i++) {
      await page.goto(SEED_URL);
      await waitForOverlay(page);
      await page.waitFor(`${MEASURE('exolens:start', 'exolens:overlay-ready')} !== null`, 'the overlay-ready mark');
      const ms = await page.evaluate<number>(MEASURE('exolens:start', 'exolens:overlay-ready'));
      const dcl = await page.evaluate<number>(
        `performance.getEntriesByName('exolens:overlay-ready').at(-1).startTime - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`,
      );
      if (i >= 2) {
        // the first loads warm the browser's caches
        times.push(ms);
        fromDcl.push(dcl);
      }
    }
    times.sort((a, b) => a - b);
    fromDcl.sort((a, b) => a - b);
    const cache = await cacheStats(session);
    const list = await session.newPage();
    const runs: Record<'cold' | 'warm', { requests: number; fromSnippetsMs: number; dataToBadgesMs: number; requestToBadgesMs: number }> = {} as never;
    for (const run of ['cold', 'warm'] as const) {
      fake.resetLog();
      await list.goto(LIST_200_URL);
      await list.waitFor(`performance.getEntriesByName('exolens:badges-abstracts').length > 0`, 'badges from abstracts', 60_000);
      runs[run] = {
        requests: fake.eutilsRequests().length,
        fromSnippetsMs: await list.evaluate<number>(MEASURE('exolens:start', 'exolens:badges-snippets')),
        dataToBadgesMs: await list.evaluate<number>(MEASURE('exolens:results-data', 'exolens:badges-abstracts')),
        requestToBadgesMs: await list.evaluate<number>(MEASURE('exolens:results-request', 'exolens:badges-abstracts')),
      };
    }
    return {
      overlayReadyMs: { median: quantile(times, 0.5), p90: quantile(times, 0.9), max: times.at(-1) ?? NaN, loads: times.length },
      overlayReadyAfterDomContentLoadedMs: { median: quantile(fromDcl, 0.5), p90: quantile(fromDcl, 0.9) },
      seedArticleCache: cache,
      badges200: runs,
    };
  } finally {
    await session.close();
  }
}
