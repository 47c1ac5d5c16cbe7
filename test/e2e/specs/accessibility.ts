/**
 * Accessibility audits with axe-core (WCAG 2 A/AA and best practices) of everything ExoLens draws:
 * the article panel and the result badges in their open shadow roots, the bulk-save bar, the popup
 * and the options page. Colour contrast of the dark theme is checked by a unit test on the theme
 * (test/unit/components/contrast.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SEARCH_URL, SEED_URL } from '../harness/fake-ncbi';
import { assert, assertEqual, type Spec } from '../harness/runner';
import type { PageDriver } from '../harness/types';
import { waitForOverlay } from './common';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations in `context` (an axe context object, as page-side source), one line each. */
async function violations(page: PageDriver, context: string): Promise<string[]> {
  await page.addScript(AXE_SOURCE);
  const result = await page.evaluate<{ checked: number; found: string[] }>(
    `axe.run(${context}, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((r) => ({
      checked: r.passes.reduce((n, rule) => n + rule.nodes.length, 0),
      found: r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')),
    }))`,
  );
  // An empty context would pass vacuously: the audit must have looked at our elements.
  assert(result.checked > 0, `axe checked nothing in ${context}`);
  return result.found;
}

export const accessibilitySpecs: Spec[] = [
  {
    name: 'axe finds no WCAG A/AA or best-practice violation in the panel, badges, bulk bar, popup and options',
    browsers: ['chromium', 'firefox'],
    timeoutMs: 90_000,
    async run(session) {
      const article = await session.newPage();
      await article.goto(SEED_URL);
      await waitForOverlay(article);
      assertEqual(await violations(article, `{ include: [{ fromShadowDom: ['[data-exolens="overlay"]', '[data-exolens-root]'] }] }`), [], 'the article panel');

      const results = await session.newPage();
      await results.goto(SEARCH_URL);
      await results.waitFor(`document.querySelectorAll('[data-exolens="badge"]').length >= 10`, '10 badges');
      assertEqual(
        await violations(results, `{ include: [
          { fromShadowDom: ['[data-exolens="badge"]', '[data-exolens-badge-root]'] },
          { fromShadowDom: ['[data-exolens="bulk-save"]', '[data-exolens-bulk-root]'] },
        ] }`),
        [],
        'the badges and the bulk-save bar',
      );

      for (const path of ['popup.html', 'options.html']) {
        const page = await session.openExtensionPage!(path);
        await page.waitFor(`document.querySelector('h1')`, `${path} rendered`);
        assertEqual(await violations(page, 'document'), [], path);
      }
    },
  },
];
