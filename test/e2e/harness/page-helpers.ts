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
