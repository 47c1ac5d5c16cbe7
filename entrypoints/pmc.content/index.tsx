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
import { loadOverlayCss, mountArticleOverlay } from '../../utils/platform/content/article-overlay';
import { readPageSettings } from '../../utils/platform/content/page-storage';
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
    const { settings, overlayCollapsed, overlayCss } = await readPageSettings();
    if (!settings.showOverlay) return;
    const extraction = extractPmcArticle(document, url);
    // The page's own text is analysed at once: the panel is ready before any network.
    const analysis = analyze(extraction.input);
    // The stylesheet normally comes with the settings; until the background has stored it (just
    // after an install), it is read from the package.
    const css = overlayCss ?? (await loadOverlayCss());
    ctx.onInvalidated(mountArticleOverlay(extraction, analysis, settings, overlayCollapsed, css));
  },
});
