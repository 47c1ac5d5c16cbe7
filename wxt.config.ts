import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledKnowledgeBase, installKnowledgeBase } from './utils/analysis/engine';
import { encodeCompiledKb } from './utils/analysis/kb-binary';
import { KB_DATA } from './utils/knowledge/kb-data';
import { kbSchema } from './utils/knowledge/schema';
import { NCBI_HOST_PERMISSIONS } from './utils/pages/match-patterns';

/** The compiled knowledge base in the package (utils/platform/content/knowledge-base.ts reads it). */
const KB_FILE = 'kb.bin';

/**
 * The knowledge base compiled into the analyzer's tables (utils/analysis/kb-binary.ts), after a
 * check against its schema, so that no build ships a malformed KB; and the file's id: version +
 * content hash, which tells a stored copy of another build's file apart even when only the
 * compiler changed.
 */
function compileKnowledgeBase(): { bytes: Uint8Array; id: string } {
  const parsed = kbSchema.safeParse(KB_DATA);
  if (!parsed.success) throw new Error(`utils/knowledge/kb-data.ts does not pass its schema: ${parsed.error.message}`);
  installKnowledgeBase(KB_DATA);
  const bytes = encodeCompiledKb(compiledKnowledgeBase());
  return { bytes, id: `${KB_DATA.version}+${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}` };
}
const KB_BIN = compileKnowledgeBase();

/** WXT's own `wxt/browser` (globalThis.browser or chrome), which the polyfill module aliases away. */
const WXT_NATIVE_BROWSER = fileURLToPath(import.meta.resolve('wxt/browser'));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox sources zip holds what builds the extension, not a local test run's results.
  zip: { excludeSources: ['test-results/**'] },
  vite: () => ({
    plugins: [preact()],
    // Which stored kb.bin is this build's (utils/platform/content/knowledge-base.ts).
    define: { 'import.meta.env.EXOLENS_KB_BIN_ID': JSON.stringify(KB_BIN.id) },
    build: {
      rollupOptions: {
        // zod 4 ships /*#__PURE__*/ comments rollup cannot place; they are harmless noise in every build.
        onLog(level, log, handler) {
          if (log.code === 'INVALID_ANNOTATION') return;
          handler(level, log);
        },
      },
    },
  }),
  hooks: {
    // Content scripts are parsed on every PubMed/PMC page and must stay within 40 kB gzip (issue 4).
    // - terser packs them ~1 kB smaller than esbuild. The background, popup and options keep
    //   esbuild: terser there would add ~7 s to every build for bytes no page loads.
    // - They use the browsers' own promise-based namespace (WXT's `wxt/browser` without the polyfill
    //   module's alias): ~2.6 kB of API tables the scripts do not need, as the few APIs they call
    //   (runtime.sendMessage, runtime.getURL, listeners that return nothing, storage.local,
    //   storage.onChanged) return promises natively in Chrome MV3 and Firefox. Everything else keeps
    //   the polyfill. Dev builds stay unminified.
    'vite:build:extendConfig'(entrypoints, config) {
      if (config.build?.minify === false || !entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020 } };
      const alias = config.resolve?.alias ?? [];
      const aliases = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: WXT_NATIVE_BROWSER }, ...aliases] };
    },
    // The compiled knowledge base as a package file (kb.bin): content scripts install it rather
    // than bundle the cues and compile them on every page (~13 kB gzip of each script's 40 kB
    // budget, ~50 ms a page).
    'build:publicAssets'(wxt, files) {
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      const compiled = join(wxt.config.wxtDir, KB_FILE);
      writeFileSync(compiled, KB_BIN.bytes);
      files.push({ absoluteSrc: compiled, relativeDest: KB_FILE });
    },
    // The article overlays' stylesheets are web-accessible on their scripts' pages (cssInjectionMode
    // "ui"); WXT lists each page's origin once per match pattern: keep one of each.
    'build:manifestGenerated'(_wxt, manifest) {
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && resource.matches) resource.matches = [...new Set(resource.matches)];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'ExoLens',
    description:
      'MSC-exosome skin-therapy topics, MISEV quality-control notes and a references library on PubMed and PMC.',
    // unlimitedStorage: the references library must never be lost to the 10 MB quota.
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: NCBI_HOST_PERMISSIONS,
    // kb.bin (see build:publicAssets) for the content scripts, on their sites only; a URL that
    // changes per session in Chrome, so pages cannot probe for the extension with it.
    web_accessible_resources: [
      {
        resources: [KB_FILE],
        matches: ['https://pubmed.ncbi.nlm.nih.gov/*', 'https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/*'],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the article in this tab to the ExoLens library',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'exolens@exolens.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
