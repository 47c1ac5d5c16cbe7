import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// NCBI hosts only: pages we read and the API we call. Nothing else.
export const NCBI_PAGE_MATCHES = {
  pubmed: ['https://pubmed.ncbi.nlm.nih.gov/*'],
  pmc: ['https://pmc.ncbi.nlm.nih.gov/articles/*', 'https://www.ncbi.nlm.nih.gov/pmc/articles/*'],
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
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
  manifest: ({ browser }) => ({
    name: 'ExoLens',
    description:
      'MSC-exosome skin-therapy topics, MISEV quality-control notes and a references library on PubMed and PMC.',
    permissions: ['storage'],
    host_permissions: ['https://eutils.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/*', 'https://pubmed.ncbi.nlm.nih.gov/*', 'https://pmc.ncbi.nlm.nih.gov/*'],
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
