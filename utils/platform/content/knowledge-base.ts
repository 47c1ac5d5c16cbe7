/**
 * The analyzer's words in content scripts: the package's kb.json, which the build writes from
 * utils/knowledge/kb-data.ts after checking it against its schema (wxt.config.ts). Bundled, the
 * same data cost each script ~13 kB gzip of its 40 kB budget and was parsed as script on every
 * page; as a file of the package it is read while the settings are (no added wait) and parsed as
 * JSON. It is web-accessible on the NCBI sites only, at a per-session URL in Chrome.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { installKnowledgeBase } from '../../analysis/engine';
import type { KnowledgeBase } from '../../knowledge/types';

const KB_PATH = '/kb.json';

let loading: Promise<void> | undefined;

/**
 * Reads and installs the knowledge base, once per page (later calls share the first read).
 * Rejects with a message saying what failed; the page then shows the background's analysis only.
 */
export function loadKnowledgeBase(): Promise<void> {
  loading ??= readAndInstall();
  return loading;
}

async function readAndInstall(): Promise<void> {
  const url = browser.runtime.getURL(KB_PATH as PublicPath);
  let kb: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    kb = await response.json();
  } catch (error) {
    throw new Error(`ExoLens could not read its knowledge base (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    installKnowledgeBase(kb as KnowledgeBase);
  } catch (error) {
    throw new Error(`ExoLens's knowledge base is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
