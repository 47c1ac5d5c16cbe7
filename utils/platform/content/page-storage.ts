/**
 * What content scripts read and write in storage, straight through the native API: the
 * versioned WXT items (utils/platform/storage.ts) stay in the background, popup and options,
 * keeping their library out of every page's bundle. Values are validated on read
 * (normalizeSettings), so a value the background has not migrated yet still yields settings.
 */
import { normalizeSettings, type Settings } from '../../settings';
import { KNOWLEDGE_BASE_ID_KEY, KNOWLEDGE_BASE_KEY, OVERLAY_COLLAPSED_KEY, OVERLAY_CSS_KEY, SETTINGS_KEY } from '../../storage-keys';
import { browser } from 'wxt/browser';

/**
 * The compiled knowledge base as the background publishes it: kb.bin in base64, and the build's
 * id of that file (knowledge base version + content hash: import.meta.env.EXOLENS_KB_BIN_ID).
 */
export type PublishedKnowledgeBase = { id: string; base64: string };

export type PageSettings = {
  settings: Settings;
  /** The user's last choice for the article panel; undefined until they have made one. */
  overlayCollapsed: boolean | undefined;
  /** The overlay's stylesheet as the background published it; undefined until it has. */
  overlayCss: string | undefined;
  /** The compiled knowledge base as the background published it; undefined until it has. */
  knowledgeBase: PublishedKnowledgeBase | undefined;
};

function isPublishedKnowledgeBase(value: unknown): value is PublishedKnowledgeBase {
  const v = value as Partial<PublishedKnowledgeBase> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.base64 === 'string' && v.base64.length > 0;
}

export async function readPageSettings(): Promise<PageSettings> {
  const values = await browser.storage.local.get([SETTINGS_KEY, OVERLAY_COLLAPSED_KEY, OVERLAY_CSS_KEY, KNOWLEDGE_BASE_KEY]);
  const css = values[OVERLAY_CSS_KEY];
  const kb = values[KNOWLEDGE_BASE_KEY];
  return {
    settings: normalizeSettings(values[SETTINGS_KEY]),
    overlayCollapsed: typeof values[OVERLAY_COLLAPSED_KEY] === 'boolean' ? values[OVERLAY_COLLAPSED_KEY] : undefined,
    overlayCss: typeof css === 'string' && css.length > 0 ? css : undefined,
    knowledgeBase: isPublishedKnowledgeBase(kb) ? kb : undefined,
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

/**
 * Background side: keep the compiled knowledge base where the content scripts read their settings,
 * so that they need not fetch kb.bin. On every worker start; only the stored copy's id is read, and
 * the file is read (readBase64) and stored, with its id in the same write, only when that id is not
 * this build's. A copy damaged since then stays until the next build: the scripts check its id and
 * shape, and fetch the file instead.
 */
export async function publishKnowledgeBase(id: string, readBase64: () => Promise<string>): Promise<void> {
  if (!id) throw new Error('this build has no kb.bin id (see wxt.config.ts)');
  const values = await browser.storage.local.get(KNOWLEDGE_BASE_ID_KEY);
  if (values[KNOWLEDGE_BASE_ID_KEY] === id) return;
  const kb: PublishedKnowledgeBase = { id, base64: await readBase64() };
  await browser.storage.local.set({ [KNOWLEDGE_BASE_KEY]: kb, [KNOWLEDGE_BASE_ID_KEY]: id });
}

export async function rememberOverlayCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [OVERLAY_COLLAPSED_KEY]: collapsed });
}
