/** Storage keys shared by the background's pure services and the browser wiring. */

/** The references library (schema and migrations: utils/library/store.ts). Only the background writes it. */
export const LIBRARY_KEY = 'library';
/** Library values that failed validation, kept aside (never silently dropped). */
export const LIBRARY_QUARANTINE_KEY = 'libraryQuarantine';
/** User settings (shape: utils/settings.ts; versioned item: utils/platform/storage.ts). */
export const SETTINGS_KEY = 'settings';
/** Whether the article overlay is collapsed to its pill (remembered across pages). */
export const OVERLAY_COLLAPSED_KEY = 'overlayCollapsed';
/**
 * The article overlay's stylesheet, published by the background from its own bundle so that the
 * overlay gets it in the same storage read as the settings (utils/platform/content/page-storage.ts).
 */
export const OVERLAY_CSS_KEY = 'overlayCss';
/**
 * The compiled knowledge base (the package's kb.bin, base64) with its version, published by the
 * background so that content scripts get it in the same storage read as their settings instead of
 * fetching the file (utils/platform/content/knowledge-base.ts).
 */
export const KNOWLEDGE_BASE_KEY = 'knowledgeBase';
/**
 * The id of the stored copy under KNOWLEDGE_BASE_KEY, written with it: a worker (which MV3 starts
 * again and again) checks this short value instead of reading the ~370 kB copy to compare ids.
 */
export const KNOWLEDGE_BASE_ID_KEY = 'knowledgeBaseId';
