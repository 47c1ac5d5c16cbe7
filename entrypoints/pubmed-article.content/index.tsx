/**
 * PubMed article pages: the analysis overlay.
 * Runs on: https://pubmed.ncbi.nlm.nih.gov/<PMID>/ (also with ?from_term=… and #anchors).
 * Every other PubMed page is the result-list script's (../pubmed-results.content): each page
 * type has its own script, so neither carries the other's code.
 */
// The analyzer is imported first on purpose: rollup lays modules out in import order, and with
// the knowledge base and analyzer ahead of the UI code this script compresses ~0.7 kB smaller
// (gzip only looks 32 kB back). Keep this import first.
import { analyze } from '../../utils/analysis/analyze';
import { isPubmedArticlePage } from '../../utils/pages/detect';
import { PUBMED_ARTICLE_MATCHES } from '../../utils/pages/match-patterns';
import { extractPubmedArticle } from '../../utils/pages/pubmed-article';
import { loadOverlayCss, mountArticleOverlay } from '../../utils/platform/content/article-overlay';
import { MARKS } from '../../utils/platform/content/marks';
import { readPageSettings } from '../../utils/platform/content/page-storage';

export default defineContentScript({
  matches: PUBMED_ARTICLE_MATCHES,
  runAt: 'document_idle',
  // The overlay's stylesheet is a file of the package for loadOverlayCss(), never page CSS.
  cssInjectionMode: 'ui',
  async main(ctx) {
    performance.mark(MARKS.start);
    const url = new URL(location.href);
    if (!isPubmedArticlePage(url, document)) return; // e.g. a PubMed book page
    const { settings, overlayCollapsed, overlayCss } = await readPageSettings();
    if (!settings.showOverlay) return;
    const extraction = extractPubmedArticle(document, url);
    // The page's own text is analysed at once: the panel is ready before any network.
    const analysis = analyze(extraction.input);
    // The stylesheet normally comes with the settings; until the background has stored it (just
    // after an install), it is read from the package.
    const css = overlayCss ?? (await loadOverlayCss());
    ctx.onInvalidated(mountArticleOverlay(extraction, analysis, settings, overlayCollapsed, css));
  },
});
