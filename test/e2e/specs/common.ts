/** Page-side expressions shared by the specs (strings: they run in the page, see page-helpers). */
import type { BrowserSession, PageDriver } from '../harness/types';

export const OVERLAY = `deep('[data-exolens="overlay"]')`;
export const OVERLAY_ROOT = `${OVERLAY}?.shadowRoot?.querySelector('[data-exolens-root]')`;

export async function waitForOverlay(page: PageDriver, timeoutMs = 15_000): Promise<void> {
  await page.waitFor(`${OVERLAY}?.shadowRoot?.querySelector('[data-ready="true"]')`, 'the overlay to be ready (data-ready="true")', timeoutMs);
}

export function overlayTopics(page: PageDriver): Promise<string[]> {
  return page.evaluate(`[...(${OVERLAY}?.shadowRoot?.querySelectorAll('[data-topic]') ?? [])].map((el) => el.getAttribute('data-topic'))`);
}

export function overlayQc(page: PageDriver): Promise<Record<string, string>> {
  return page.evaluate(
    `Object.fromEntries([...(${OVERLAY}?.shadowRoot?.querySelectorAll('[data-qc]') ?? [])].map((el) => [el.getAttribute('data-qc'), el.getAttribute('data-status')]))`,
  );
}

export function overlayNotes(page: PageDriver): Promise<string[]> {
  return page.evaluate(`[...(${OVERLAY}?.shadowRoot?.querySelectorAll('[data-note]') ?? [])].map((el) => el.getAttribute('data-note'))`);
}

export function overlayText(page: PageDriver): Promise<string> {
  return page.evaluate(`${OVERLAY}?.shadowRoot?.textContent ?? ''`);
}

/** Waits until every topic in `expected` is shown (the background's enriched answer may come second). */
export async function waitForTopics(page: PageDriver, expected: string[], timeoutMs = 15_000): Promise<void> {
  const list = JSON.stringify(expected);
  await page.waitFor(
    `(() => { const shown = [...(${OVERLAY}?.shadowRoot?.querySelectorAll('[data-topic]') ?? [])].map((el) => el.getAttribute('data-topic')); return ${list}.every((id) => shown.includes(id)); })()`,
    `topics ${list} in the overlay`,
    timeoutMs,
  );
}

export function badgePmids(page: PageDriver): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('[data-exolens="badge"]')].map((el) => el.getAttribute('data-pmid'))`);
}

export async function waitForBadgeBasis(page: PageDriver, count: number, basis: string, timeoutMs = 20_000): Promise<void> {
  await page.waitFor(
    `[...document.querySelectorAll('[data-exolens="badge"]')].filter((host) => host.shadowRoot?.querySelector('[data-basis="${basis}"]')).length >= ${count}`,
    `${count} badges based on "${basis}"`,
    timeoutMs,
  );
}

/** The result page's PMIDs get synthetic efetch records (the fixtures have none for them). */
export function recordResults(session: BrowserSession, pmids: string[]): void {
  for (const pmid of pmids) {
    session.fake.setRecord({
      pmid,
      title: `Synthetic record ${pmid}: adipose MSC-derived exosomes accelerate diabetic wound healing`,
      abstract: 'Exosomes were isolated by ultracentrifugation and characterised by NTA and TEM. Topical exosomes accelerated wound closure in diabetic mice.',
    });
  }
}

/** Lets the page run for a while: before checking that something did not happen, or that nothing more happens. */
export async function settle(page: PageDriver, ms = 800): Promise<void> {
  await page.evaluate(`new Promise((resolve) => setTimeout(resolve, ${ms}))`);
}
