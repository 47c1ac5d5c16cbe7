/**
 * `npm run demo`: builds ExoLens and opens it in Chromium on the seed article
 * (PMID 32392899), recorded from ../shared and served at its real URL, so it works offline.
 *   --screenshot   also write PNGs to docs/screenshots/ (the README shows them; the panel also in
 *                  the dark theme)
 * Without a display (CI, SSH) it runs headless and writes the screenshots instead of
 * opening a window. Without ../shared it opens the live PubMed page.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FakeNcbi, LIST_200_URL, SEED_URL } from '../test/e2e/harness/fake-ncbi';
import { launchChromium } from '../test/e2e/harness/chromium';
import { SHARED_DIR } from '../test/shared';
import { waitForOverlay } from '../test/e2e/specs/common';
import { buildExtension } from './lib/build';
import { checkBrowsers } from './lib/browsers';

const wantScreenshots = process.argv.includes('--screenshot');
const headless = !process.env.DISPLAY;
const SHOTS = 'docs/screenshots';

async function main(): Promise<void> {
  const chromium = checkBrowsers().find((b) => b.name === 'chromium')!;
  if (!chromium.present) throw new Error(`Chromium is not installed at ${chromium.path}. Install it: ${chromium.install}`);
  buildExtension(['chromium']);
  const recorded = existsSync(join(SHARED_DIR, 'seed'));
  if (!recorded) console.log(`No recorded pages (${SHARED_DIR} is absent): opening the live PubMed page.`);
  const session = await launchChromium('.output/chrome-mv3', new FakeNcbi(), { headless, live: !recorded });
  const page = await session.newPage();
  await page.goto(SEED_URL);
  await waitForOverlay(page, 30_000);
  console.log('ExoLens overlay is ready on the seed article.');

  if (wantScreenshots || headless) {
    mkdirSync(SHOTS, { recursive: true });
    await page.evaluate(`new Promise((r) => setTimeout(r, 1500))`);
    await page.screenshot(join(SHOTS, 'overlay-seed-article.png'));
    if (recorded) {
      const results = await session.newPage();
      await results.goto(LIST_200_URL); // a synthetic list on the field's topics
      await results.waitFor(`document.querySelectorAll('[data-exolens="badge"]').length > 0`, 'badges');
      await results.evaluate(`new Promise((r) => setTimeout(r, 1500))`);
      await results.evaluate(`document.querySelector('[data-exolens="bulk-save"]').scrollIntoView({ block: 'start' })`);
      await results.screenshot(join(SHOTS, 'badges-search-results.png'));
    }
    // Save the seed review, then show the popup as it looks over that tab.
    await page.evaluate(`deep('[data-exolens="overlay"]').shadowRoot.querySelector('[data-action="save"]').click()`);
    await page.waitFor(`deep('[data-exolens="overlay"]').shadowRoot.querySelector('[data-saved="true"]')`, 'the article saved');
    const popup = await session.openExtensionPage!('popup.html');
    const tabId = await popup.evaluate<number>(`chrome.tabs.query({ url: '${SEED_URL}' }).then((tabs) => tabs[0].id)`);
    await popup.goto(`${await popup.evaluate<string>('location.origin')}/popup.html?tab=${tabId}`);
    await popup.waitFor(`document.querySelector('[data-exolens-ref]')`, 'the saved reference in the popup');
    await popup.evaluate(`new Promise((r) => setTimeout(r, 500))`);
    await popup.screenshot(join(SHOTS, 'popup.png'));
    // The panel in the dark theme (prefers-color-scheme: dark), in a browser of its own.
    const dark = await launchChromium('.output/chrome-mv3', new FakeNcbi(), { headless: true, live: !recorded, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(SEED_URL);
    await waitForOverlay(darkPage, 30_000);
    await darkPage.evaluate(`new Promise((r) => setTimeout(r, 1500))`);
    await darkPage.screenshot(join(SHOTS, 'overlay-seed-article-dark.png'));
    await dark.close();
    console.log(`Screenshots written to ${SHOTS}/`);
  }
  if (headless) {
    await session.close();
    return;
  }
  console.log('Close the browser window to end the demo.');
  await session.closed;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
