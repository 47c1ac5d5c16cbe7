/**
 * What content scripts read and write in storage, straight through the native API: the
 * versioned WXT items (utils/platform/storage.ts) stay in the background, popup and options,
 * keeping their library out of every page's bundle. Values are validated on read
 * (normalizeSettings), so a value the background has not migrated yet still yields settings.
 */
import { normalizeSettings, type Settings } from '../../settings';
import { OVERLAY_COLLAPSED_KEY, OVERLAY_CSS_KEY, SETTINGS_KEY } from '../../storage-keys';
import { browser } from 'wxt/browser';

export type PageSettings = {
  settings: Settings;
  overlayCollapsed: boolean;
  /** The overlay's stylesheet as the background published it; undefined until it has. */
  overlayCss: string | undefined;
};

export async function readPageSettings(): Promise<PageSettings> {
  const values = await browser.storage.local.get([SETTINGS_KEY, OVERLAY_COLLAPSED_KEY, OVERLAY_CSS_KEY]);
  const css = values[OVERLAY_CSS_KEY];
  return {
    settings: normalizeSettings(values[SETTINGS_KEY]),
    overlayCollapsed: values[OVERLAY_COLLAPSED_KEY] === true,
    overlayCss: typeof css === 'string' && css.length > 0 ? css : undefined,
  };
}

/**
 * Background side: keep the overlay's stylesheet (from the background's bundle) where the article
 * scripts read their settings, so the panel waits for no file. Written only when it differs (a
 * new version of the extension), read on every worker start.
 */
export async function publishOverlayCss(css: string): Promise<void> {
  const values = await browser.storage.local.get(OVERLAY_CSS_KEY);
  if (values[OVERLAY_CSS_KEY] !== css) await browser.storage.local.set({ [OVERLAY_CSS_KEY]: css });
}

export async function rememberOverlayCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [OVERLAY_COLLAPSED_KEY]: collapsed });
}
