/**
 * What content scripts read and write in storage, straight through the native API: the
 * versioned WXT items (utils/platform/storage.ts) stay in the background, popup and options,
 * keeping their library out of every page's bundle. Values are validated on read
 * (normalizeSettings), so a value the background has not migrated yet still yields settings.
 */
import { normalizeSettings, type Settings } from '../../settings';
import { OVERLAY_COLLAPSED_KEY, SETTINGS_KEY } from '../../storage-keys';
import { browser } from 'wxt/browser';

export async function readPageSettings(): Promise<{ settings: Settings; overlayCollapsed: boolean }> {
  const values = await browser.storage.local.get([SETTINGS_KEY, OVERLAY_COLLAPSED_KEY]);
  return { settings: normalizeSettings(values[SETTINGS_KEY]), overlayCollapsed: values[OVERLAY_COLLAPSED_KEY] === true };
}

export async function rememberOverlayCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [OVERLAY_COLLAPSED_KEY]: collapsed });
}
