/**
 * Page-side helpers, as source text. `deepAll` walks open shadow roots, which is also how
 * the tests prove the overlay's shadow roots are open.
 */
export const PAGE_PRELUDE = `
const deepAll = (selector, root = document) => {
  const found = [];
  const walk = (node) => {
    found.push(...node.querySelectorAll(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return found;
};
const deep = (selector, root) => deepAll(selector, root)[0] ?? null;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
`;

import type { PageDriver } from './types';

/** What Playwright's and Puppeteer's pages both offer, which is all the shared driver needs. */
export type AutomatedPage = {
  goto(url: string, options: { waitUntil: 'domcontentloaded' }): Promise<unknown>;
  reload(options: { waitUntil: 'domcontentloaded' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  screenshot(options: { path: `${string}.png` }): Promise<unknown>;
  close(): Promise<void>;
};

/** The same PageDriver over either automation library. */
export function pageDriver(page: AutomatedPage): PageDriver {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async reload() {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    evaluate: <T,>(expression: string) => page.evaluate(wrap(expression)) as Promise<T>,
    async addScript(source) {
      // A trailing expression, so that the script's completion value (which may be a function) never has to cross back.
      await page.evaluate(`${source}\n;0`);
    },
    // Only a boolean crosses back: a returned DOM node would have to be serialised.
    waitFor: (expression, what, timeoutMs = 15_000) => poll(() => page.evaluate(wrap(`!!(${expression})`)), what, timeoutMs),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export function wrap(expression: string): string {
  return `(async () => { ${PAGE_PRELUDE}\n return (${expression}); })()`;
}

export async function poll(check: () => Promise<unknown>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
}
