/**
 * A small end-to-end runner: every spec runs in a fresh browser profile (so cache and
 * library state never leak between specs), in each browser it names.
 */
import { FakeNcbi } from './fake-ncbi';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, BrowserSession } from './types';

export type Spec = {
  name: string;
  browsers: BrowserName[];
  timeoutMs?: number;
  run(session: BrowserSession): Promise<void>;
};

export type SpecResult = { browser: BrowserName; name: string; ok: boolean; ms: number; error?: string };

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: '.output/chrome-mv3',
  firefox: '.output/firefox-mv3',
};

export async function launch(browser: BrowserName, fake = new FakeNcbi()): Promise<BrowserSession> {
  return browser === 'chromium' ? launchChromium(EXTENSION_DIRS.chromium, fake) : launchFirefox(EXTENSION_DIRS.firefox, fake);
}

function timeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`spec "${name}" exceeded ${ms} ms`)), ms);
    }),
  ]);
}

export async function runSpec(browser: BrowserName, spec: Spec): Promise<SpecResult> {
  const started = Date.now();
  let session: BrowserSession | undefined;
  try {
    session = await launch(browser);
    const active = session;
    await timeout(spec.run(active), spec.timeoutMs ?? 60_000, spec.name);
    return { browser, name: spec.name, ok: true, ms: Date.now() - started };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { browser, name: spec.name, ok: false, ms: Date.now() - started, error: message };
  } finally {
    await session?.close().catch(() => undefined);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`Assertion failed: ${message}\n  expected: ${e}\n  actual:   ${a}`);
}
