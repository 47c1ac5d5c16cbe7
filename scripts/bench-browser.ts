/**
 * Content-script timings in real headless Chromium, read from the page's performance marks
 * (utils/platform/content/marks.ts):
 *  - seed article: content script start → overlay ready (data-ready), median of N loads;
 *  - a 200-result list: NCBI data received → all 200 badges updated from full abstracts.
 */
import { FakeNcbi, LIST_200_URL, SEED_PMID } from '../test/e2e/harness/fake-ncbi';
import { launchChromium } from '../test/e2e/harness/chromium';
import { waitForOverlay } from '../test/e2e/specs/common';
import { resultListPmids } from '../test/fixtures/pages/search-200';
import { sharedPath } from '../test/shared';

export type BrowserBench = {
  overlayReadyMs: { median: number; p90: number; max: number; loads: number };
  badges200: { fromSnippetsMs: number; dataToBadgesMs: number };
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const MEASURE = (from: string, to: string) =>
  `(() => { const a = performance.getEntriesByName('${from}')[0]; const b = performance.getEntriesByName('${to}').at(-1); return a && b ? b.startTime - a.startTime : null; })()`;

export async function runBrowserBench(loads = 20): Promise<BrowserBench> {
  const fake = new FakeNcbi();
  for (const pmid of resultListPmids(200, sharedPath())) {
    fake.setRecord({ pmid, title: `Record ${pmid}: MSC exosomes in wound healing`, abstract: 'Exosomes isolated by ultracentrifugation accelerated diabetic wound closure in mice.' });
  }
  const session = await launchChromium('.output/chrome-mv3', fake);
  try {
    const page = await session.newPage();
    const times: number[] = [];
    for (let i = 0; i < loads + 2; i++) {
      await page.goto(`https://pubmed.ncbi.nlm.nih.gov/${SEED_PMID}/`);
      await waitForOverlay(page);
      await page.waitFor(`${MEASURE('exolens:start', 'exolens:overlay-ready')} !== null`, 'the overlay-ready mark');
      const ms = await page.evaluate<number>(MEASURE('exolens:start', 'exolens:overlay-ready'));
      if (i >= 2) times.push(ms); // the first loads warm the browser's caches
    }
    times.sort((a, b) => a - b);
    const list = await session.newPage();
    await list.goto(LIST_200_URL);
    await list.waitFor(`performance.getEntriesByName('exolens:badges-abstracts').length > 0`, 'badges from abstracts', 60_000);
    const fromSnippetsMs = await list.evaluate<number>(MEASURE('exolens:start', 'exolens:badges-snippets'));
    const dataToBadgesMs = await list.evaluate<number>(MEASURE('exolens:results-data', 'exolens:badges-abstracts'));
    return {
      overlayReadyMs: { median: quantile(times, 0.5), p90: quantile(times, 0.9), max: times.at(-1) ?? NaN, loads: times.length },
      badges200: { fromSnippetsMs, dataToBadgesMs },
    };
  } finally {
    await session.close();
  }
}
