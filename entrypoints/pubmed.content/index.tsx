/**
 * PubMed: the overlay on article pages, badges on result lists. Pages that are neither
 * (home, advanced search, help, errors) get nothing and log nothing.
 */
import { detectPage } from '../../utils/pages/detect';
import { extractPubmedArticle } from '../../utils/pages/pubmed-article';
import { mountArticleOverlay } from '../../utils/platform/content/article-overlay';
import { ResultBadges } from '../../utils/platform/content/result-badges';
import { readSettings } from '../../utils/platform/storage';
import { MARKS } from '../../utils/platform/content/marks';

export default defineContentScript({
  matches: ['https://pubmed.ncbi.nlm.nih.gov/*'],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(MARKS.start);
    const page = detectPage(new URL(location.href), document);
    if (page.kind !== 'pubmed-article' && page.kind !== 'pubmed-results') return;
    const settings = await readSettings();
    if (page.kind === 'pubmed-article') {
      if (!settings.showOverlay) return;
      const unmount = await mountArticleOverlay(extractPubmedArticle(document, new URL(location.href)), settings);
      ctx.onInvalidated(unmount);
    } else {
      if (!settings.showBadges) return;
      const badges = new ResultBadges();
      badges.start(document);
      ctx.onInvalidated(() => badges.stop());
    }
  },
});
