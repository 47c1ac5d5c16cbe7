/**
 * PMC article pages, new (pmc.ncbi.nlm.nih.gov) and old (www.ncbi.nlm.nih.gov/pmc): the
 * overlay, with the QC checklist run over the page's full text.
 */
import { detectPage } from '../../utils/pages/detect';
import { extractPmcArticle } from '../../utils/pages/pmc-article';
import { mountArticleOverlay } from '../../utils/platform/content/article-overlay';
import { readSettings } from '../../utils/platform/storage';
import { MARKS } from '../../utils/platform/content/marks';

export default defineContentScript({
  matches: ['https://pmc.ncbi.nlm.nih.gov/articles/*', 'https://www.ncbi.nlm.nih.gov/pmc/articles/*'],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(MARKS.start);
    const page = detectPage(new URL(location.href), document);
    if (page.kind !== 'pmc-article') return;
    const settings = await readSettings();
    if (!settings.showOverlay) return;
    const unmount = await mountArticleOverlay(extractPmcArticle(document, new URL(location.href)), settings);
    ctx.onInvalidated(unmount);
  },
});
