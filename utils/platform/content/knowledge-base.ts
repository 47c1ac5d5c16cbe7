/**
 * The analyzer's words in content scripts: the knowledge base compiled by the build
 * (utils/knowledge/kb-data.ts checked against its schema, compiled into the analyzer's tables and
 * encoded by utils/analysis/kb-binary.ts as the package's kb.bin: see wxt.config.ts). Bundled and
 * compiled on each page, the same data cost each script ~13 kB gzip of its 40 kB budget and ~50 ms
 * before the first analysis. The background publishes kb.bin where the scripts read their
 * settings (publishKnowledgeBase), so a page gets it in that same storage read and installs it in
 * a few milliseconds; until then (just after an install or update) the page fetches the file,
 * which is web-accessible on the NCBI sites only, at a per-session URL in Chrome.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { installCompiledKnowledgeBase } from '../../analysis/engine';
import { decodeCompiledKb, fromBase64, toBase64 } from '../../analysis/kb-binary';
import type { PublishedKnowledgeBase } from './page-storage';

const KB_PATH = '/kb.bin';

let loading: Promise<void> | undefined;

/**
 * Installs the knowledge base, once per page (later calls share the first): the published copy
 * when it is this build's file (the id wxt.config.ts compiles in: knowledge base version and
 * content hash, so an update that changes only the compiler is told apart), else the package's.
 * Rejects with a message saying what failed; the page then shows the background's analysis only.
 */
export function loadKnowledgeBase(published: PublishedKnowledgeBase | undefined): Promise<void> {
  loading ??= install(published);
  return loading;
}

async function install(published: PublishedKnowledgeBase | undefined): Promise<void> {
  if (published && published.id === import.meta.env.EXOLENS_KB_BIN_ID) {
    try {
      installCompiledKnowledgeBase(decodeCompiledKb(fromBase64(published.base64).buffer as ArrayBuffer));
      return;
    } catch (error) {
      console.warn('ExoLens: the stored knowledge base is unusable; reading the package file', error);
    }
  }
  await readAndInstall();
}

/** The package's kb.bin; rejects with a message naming the file and what failed. */
async function readKbBin(): Promise<ArrayBuffer> {
  const url = browser.runtime.getURL(KB_PATH as PublicPath);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.arrayBuffer();
  } catch (error) {
    throw new Error(`ExoLens could not read its knowledge base (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readAndInstall(): Promise<void> {
  const bytes = await readKbBin();
  try {
    installCompiledKnowledgeBase(decodeCompiledKb(bytes));
  } catch (error) {
    throw new Error(`ExoLens's knowledge base is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Background side: the package's kb.bin in base64, for publishKnowledgeBase. */
export async function packagedKnowledgeBase(): Promise<string> {
  return toBase64(new Uint8Array(await readKbBin()));
}
