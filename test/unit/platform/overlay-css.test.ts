/**
 * The overlay's stylesheet read from the package (the fallback until the background has stored
 * it): the file's text when it loads; an empty stylesheet and a warning when it does not.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadOverlayCss } from '@/utils/platform/content/article-overlay';

describe('loadOverlayCss', () => {
  it("reads the entrypoint's stylesheet from the package", async () => {
    const fetch = vi.fn(async (_url: string) => new Response(':host{all:initial}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await loadOverlayCss()).toBe(':host{all:initial}');
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/\/content-scripts\/[^/]+\.css$/);
  });

  it.each([
    ['a missing file', async () => new Response('not found', { status: 404 })],
    ['a failed read', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('gives an unstyled, working panel and a warning on %s', async (_label, answer) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadOverlayCss()).toBe('');
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^ExoLens: overlay styles unavailable/);
  });
});
