/**
 * The background worker: wiring only. Listeners are registered synchronously at the top
 * level so a worker woken by a message or command never misses it; all state lives in
 * storage (the worker can be killed at any time).
 */
import { browser } from 'wxt/browser';
import { createBackground } from '../../utils/background/services';
import { systemClock } from '../../utils/ncbi/clock';
import { createNcbiClient } from '../../utils/ncbi/client';
import { createRateLimiter } from '../../utils/ncbi/limiter';
import { parseRequest, type StatusPush } from '../../utils/protocol';
import { localStore, readSettings, sessionStore } from '../../utils/platform/storage';
import { publishKnowledgeBase, publishOverlayCss } from '../../utils/platform/content/page-storage';
import { packagedKnowledgeBase } from '../../utils/platform/content/knowledge-base';
import sharedCss from '../../components/shared/shared.css?inline';
import overlayCss from '../../components/overlay/overlay.css?inline';

export default defineBackground(() => {
  const ncbi = createNcbiClient({
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    limiter: createRateLimiter(systemClock),
    getSettings: async () => {
      const settings = await readSettings();
      return { email: settings.ncbiEmail || undefined, apiKey: settings.ncbiApiKey || undefined };
    },
    onStatus: (status) => background.onNcbiStatus(status),
    // A user is waiting on the page: give up within ~30 s and show the page-only analysis.
    timeoutMs: 10_000,
    maxRetries: 2,
  });

  const background = createBackground({
    local: localStore(),
    session: sessionStore(),
    ncbi,
    readSettings,
    now: () => Date.now(),
    pushStatus(tabId, status) {
      const push: StatusPush = { type: 'exolens/status', status };
      // Best effort: the tab may have gone or have no content script.
      try {
        browser.tabs.sendMessage(tabId, push).catch(() => undefined);
      } catch {
        // tabs.sendMessage can also throw synchronously (no receiving end in some browsers)
      }
    },
    onProblem: (message) => console.warn(`ExoLens: ${message}`),
  });

  // Works with the polyfill (a returned Promise) and with WXT's fake browser in tests.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse?: (answer: unknown) => void) => {
    const parsed = parseRequest(raw);
    const answer = parsed.ok ? background.handle(parsed.request, { tabId: sender.tab?.id }) : Promise.resolve({ ok: false as const, error: parsed.error });
    if (typeof sendResponse !== 'function') return answer;
    void answer.then(sendResponse);
    return true;
  });

  // The article overlay's stylesheet, for its content scripts' first storage read (not in their
  // bundles: see utils/platform/content/article-overlay.tsx, loadOverlayCss).
  publishOverlayCss(sharedCss + overlayCss).catch((error: unknown) => console.warn('ExoLens: overlay stylesheet not stored', error));
  // The compiled knowledge base likewise (the content scripts fetch kb.bin until it is stored).
  publishKnowledgeBase(import.meta.env.EXOLENS_KB_BIN_ID, packagedKnowledgeBase).catch((error: unknown) =>
    console.warn('ExoLens: knowledge base not stored', error),
  );

  // Optional: Firefox for Android has no commands API (no keyboard shortcuts), and messages must still work there.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'save-article') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'exolens/save-current' }).catch(() => undefined);
  });
});
