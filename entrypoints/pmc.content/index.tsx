/**
 * PMC article pages, new (pmc.ncbi.nlm.nih.gov) and old (www.ncbi.nlm.nih.gov/pmc): the
 * overlay, with the QC checklist run over the page's full text.
 */
import { detectPage } from '../../utils/pages/detect';
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
    const page = detectPage(new URL(location.href), document);
    if (page.kind !== 'pmc-article') return;
    const { settings, overlayCollapsed } = await readPageSettings();
    if (!settings.showOverlay) return;
    ctx.onInvalidated(mountArticleOverlay(extractPmcArticle(document, new URL(location.href)), settings, overlayCollapsed));
  },
});
