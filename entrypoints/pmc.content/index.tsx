/**
 * PMC article pages, new (pmc.ncbi.nlm.nih.gov) and old (www.ncbi.nlm.nih.gov/pmc): the
 * overlay, with the QC checklist run over the page's full text.
 */
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
