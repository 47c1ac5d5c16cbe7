/**
 * PMC article pages, new (pmc.ncbi.nlm.nih.gov) and old (www.ncbi.nlm.nih.gov/pmc): the
 * overlay, with the QC checklist run over the page's full text.
 */
// The analyzer is imported first on purpose: rollup lays modules out in import order, and with
// the knowledge base and analyzer ahead of the UI code this script compresses ~0.7 kB smaller
// (gzip only looks 32 kB back). Keep this import first.
import { analyze } from '../../utils/analysis/analyze';
import { isPmcArticlePage } from '../../utils/pages/detect';
import { PMC_ARTICLE_MATCHES } from '../../utils/pages/match-patterns';
import { extractPmcArticle } from '../../utils/pages/pmc-article';
import { mountArticleOverlay } from '../../utils/platform/content/article-overlay';
import { readPageSettings } from '../../utils/platform/content/page-storage';
import { MARKS } from '../../utils/platform/content/marks';

export default defineContentScript({
  matches: PMC_ARTICLE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(MARKS.start);
    const url = new URL(location.href);
    if (!isPmcArticlePage(url, document)) return;
    const { settings, overlayCollapsed } = await readPageSettings();
    if (!settings.showOverlay) return;
    const extraction = extractPmcArticle(document, url);
    // The page's own text is analysed at once: the panel is ready before any network.
    ctx.onInvalidated(mountArticleOverlay(extraction, analyze(extraction.input), settings, overlayCollapsed));
  },
});
