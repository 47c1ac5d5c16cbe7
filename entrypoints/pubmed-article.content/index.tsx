/**
 * PubMed article pages: the analysis overlay.
 * Runs on: https://pubmed.ncbi.nlm.nih.gov/<PMID>/ (also with ?from_term=… and #anchors).
 * Every other PubMed page is the result-list script's (../pubmed-results.content): each page
 * type has its own script, so neither carries the other's code.
 */
import { isPubmedArticlePage } from '../../utils/pages/detect';
import { PUBMED_ARTICLE_MATCHES } from '../../utils/pages/match-patterns';
import { extractPubmedArticle } from '../../utils/pages/pubmed-article';
import { showArticleOverlay } from '../../utils/platform/content/article-overlay';
import { MARKS } from '../../utils/platform/content/marks';

export default defineContentScript({
  matches: PUBMED_ARTICLE_MATCHES,
  runAt: 'document_idle',
  // The overlay's stylesheet is a file of the package for loadOverlayCss(), never page CSS.
  cssInjectionMode: 'ui',
  async main(ctx) {
    performance.mark(MARKS.start);
    const url = new URL(location.href);
    if (!isPubmedArticlePage(url, document)) return; // e.g. a PubMed book page
    await showArticleOverlay(ctx, () => extractPubmedArticle(document, url));
  },
});
