/**
 * The article overlay's app on WXT's fake browser: saving an article's cited references in
 * batches, with a background that fails part-way. The article and its references are synthetic.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mountArticleOverlay, overlayStartsCollapsed } from '@/utils/platform/content/article-overlay';
import { readPageSettings, rememberOverlayCollapsed } from '@/utils/platform/content/page-storage';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { ArticleInput } from '@/utils/model';
import { makeAnalysis } from '../components/analysis-fixture';

const PMIDS = Array.from({ length: 30 }, (_, i) => String(90_000_001 + i));
const ARTICLE: ArticleInput = {
  ids: { pmid: '90000000' },
  title: 'Synthetic article citing thirty synthetic references',
  abstract: [{ text: 'Synthetic abstract.' }],
  keywords: [],
  mesh: [],
  publicationTypes: [],
  references: PMIDS.map((pmid) => ({ text: `Synthetic reference ${pmid}`, pmid })),
};

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  fakeBrowser.reset();
});

/** A background that saves the first batch of references, then fails; every other request fails plainly. */
function backgroundFailingOnSecondBatch(): void {
  let batches = 0;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as { type: string; pmids?: string[] };
    if (request.type !== 'library/save-pmids') return { ok: false, error: 'not in this test' };
    batches++;
    return batches === 1 ? { ok: true, value: { saved: request.pmids, missing: [] } } : { ok: false, error: 'NCBI is not answering' };
  });
}

describe('article overlay: saving cited references', () => {
  it('keeps the error of a failed batch on screen, with how many were saved before it', async () => {
    backgroundFailingOnSecondBatch();
    await act(() => {
      unmount = mountArticleOverlay({ input: ARTICLE, sources: {} }, makeAnalysis(), DEFAULT_SETTINGS, false, '');
    });
    const root = document.querySelector('[data-exolens="overlay"]')?.shadowRoot;
    const button = root?.querySelector<HTMLButtonElement>('[data-action="save-references"]');
    expect(button).toBeTruthy();
    await act(() => button?.click());
    await vi.waitFor(() => expect(root?.textContent).toMatch(/Saving references stopped after 20 of 30: NCBI is not answering/));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root?.textContent).toMatch(/Saving references stopped after 20 of 30/);
    expect(root?.textContent).not.toMatch(/saved \d+ of 30 cited references/);
  });
});

describe('article overlay: collapsed or open at first', () => {
  it('keeps the user\'s last choice; before one, starts collapsed on a phone-sized viewport only', async () => {
    expect((await readPageSettings()).overlayCollapsed).toBeUndefined();
    expect(overlayStartsCollapsed(undefined, 390)).toBe(true);
    expect(overlayStartsCollapsed(undefined, 1280)).toBe(false);
    await rememberOverlayCollapsed(false);
    const chosen = (await readPageSettings()).overlayCollapsed;
    expect(chosen).toBe(false);
    expect(overlayStartsCollapsed(chosen, 390)).toBe(false);
    expect(overlayStartsCollapsed(true, 1280)).toBe(true);
  });
});
