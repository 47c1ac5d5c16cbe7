/**
 * Real headless Chromium (Debian's /usr/bin/chromium via playwright-core) with the built
 * extension loaded. Every request to an NCBI host, from pages and from the extension's
 * service worker alike, is answered by the recorded NCBI through context.route.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { FakeNcbi } from './fake-ncbi';
import { pageDriver, wrap } from './page-helpers';
import type { BrowserSession, PageDriver } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function answer(route: Route, fake: FakeNcbi): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return route.continue();
  if (!url.hostname.endsWith('ncbi.nlm.nih.gov')) return route.abort('blockedbyclient');
  const outcome = fake.handle({ method: request.method(), url, body: request.postData() ?? '' });
  if (outcome === 'hang') return; // never answered: the extension's own timeout must cope
  if (outcome === 'abort') return route.abort('connectionreset');
  return route.fulfill({ status: outcome.status, headers: outcome.headers, body: outcome.body });
}

/** The shared driver, plus downloads, which only Playwright reports. */
function driver(page: Page): PageDriver {
  return {
    ...pageDriver(page),
    async download(expression) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.evaluate(wrap(expression))]);
      const path = await file.path();
      return { filename: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
    },
  };
}

export type ChromiumOptions = {
  headless?: boolean;
  /** Talk to the real NCBI instead of the recorded one (the demo without ../shared). */
  live?: boolean;
  /** The scheme pages and the extension see (prefers-color-scheme); light unless asked. */
  colorScheme?: 'light' | 'dark';
};

export async function launchChromium(extensionDir: string, fake: FakeNcbi, options: ChromiumOptions = {}): Promise<BrowserSession> {
  const ext = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'exolens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const pageErrors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  if (!options.live) await context.route('**/*', (route) => answer(route, fake));
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    name: 'chromium',
    fake,
    pageErrors,
    async newPage() {
      return driver(await context.newPage());
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      if (path.startsWith('popup')) await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return driver(page);
    },
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    closed: new Promise<void>((resolve) => context.once('close', () => resolve())),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
