/**
 * PMC article pages, new (pmc.ncbi.nlm.nih.gov) and old (www.ncbi.nlm.nih.gov/pmc): the
 * overlay, with the QC checklist run over the page's full text.
 */
// The analyzer (which the overlay runs) is imported first for its place in the bundle: rollup lays
// modules out in import order, and with the knowledge base and analyzer ahead of the UI code this
// script compresses ~0.7 kB smaller (gzip only looks 32 kB back). Keep this import first.
import '../../utils/analysis/analyze';
import { isPmcArticlePage } from '../../utils/pages/detect';
import { PMC_ARTICLE_MATCHES } from '../../utils/pages/match-patterns';
import { extractPmcArticle } from '../../utils/pages/pmc-article';
import { showArticleOverlay } from '../../utils/platform/content/article-overlay';
import { MARKS } from '../../utils/platform/content/marks';

export default defineContentScript({
  matches: PMC_ARTICLE_MATCHES,
  runAt: 'document_idle',
  // The overlay's stylesheet is a file of the package for loadOverlayCss(), never page CSS.
  cssInjectionMode: 'ui',
  async main(ctx) {
    performance.mark(MARKS.start);
    const url = new URL(location.href);
    if (!isPmcArticlePage(url, document)) return;
    await showArticleOverlay(ctx, () => extractPmcArticle(document, url));
  },
});
