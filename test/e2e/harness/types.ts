import type { FakeNcbi } from './fake-ncbi';

export type BrowserName = 'chromium' | 'firefox';

/** One tab, driven the same way in both browsers. Page-side code is passed as a string
 * (see page-helpers.ts) so no bundler helper leaks into the page. */
export interface PageDriver {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JS expression (the page helpers `deep`, `deepAll`, `sleep` are in scope). */
  evaluate<T>(expression: string): Promise<T>;
  /** Runs a script's source in the page as it is (a library, e.g. axe-core), outside the helpers' wrapper. */
  addScript(source: string): Promise<void>;
  /** Polls the expression until it is truthy; rejects with `what` in the message on timeout. */
  waitFor(expression: string, what: string, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Runs the expression (e.g. a click) and returns the file it downloads (Chromium only). */
  download?(expression: string): Promise<{ filename: string; text: string }>;
  close(): Promise<void>;
}

export interface BrowserSession {
  name: BrowserName;
  fake: FakeNcbi;
  newPage(): Promise<PageDriver>;
  /** Opens an extension page (popup.html, options.html) as a tab, where the browser allows it. */
  openExtensionPage?(path: string): Promise<PageDriver>;
  /** Stops the background service worker (it restarts on the next event). */
  stopWorker?(): Promise<void>;
  /** Console errors and uncaught exceptions seen in pages, for "nothing executed / no crash" checks. */
  pageErrors: string[];
  /** Resolves when the user closes the browser (headed demo). */
  closed?: Promise<void>;
  close(): Promise<void>;
}
