/**
 * The analyzer's words in content scripts: the package's kb.bin, the knowledge base compiled by
 * the build (utils/knowledge/kb-data.ts checked against its schema, then compiled into the
 * analyzer's tables and encoded by utils/analysis/kb-binary.ts: see wxt.config.ts). Bundled and
 * compiled on each page, the same data cost each script ~13 kB gzip of its 40 kB budget and ~50 ms
 * before the first analysis; read from the package (while the settings are read) it installs in
 * a few milliseconds. It is web-accessible on the NCBI sites only, at a per-session URL in Chrome.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { installCompiledKnowledgeBase } from '../../analysis/engine';
import { decodeCompiledKb } from '../../analysis/kb-binary';

const KB_PATH = '/kb.bin';

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
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new Error(`ExoLens could not read its knowledge base (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    installCompiledKnowledgeBase(decodeCompiledKb(bytes));
  } catch (error) {
    throw new Error(`ExoLens's knowledge base is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
