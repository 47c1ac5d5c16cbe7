/**
 * PubMed result lists: compact badges, and bulk saving.
 * Runs on: searches (https://pubmed.ncbi.nlm.nih.gov/?term=exosome+skin), linked lists
 * (/?linkname=pubmed_pubmed_citedin&from_uid=32392899), collections and the clipboard: every
 * PubMed page but the article pages (../pubmed-article.content). Pages that are neither
 * (home, advanced search, help, errors) get nothing and log nothing.
 */
import { isPubmedResultsPage } from '../../utils/pages/detect';
import { PUBMED_ARTICLE_MATCHES, PUBMED_MATCHES } from '../../utils/pages/match-patterns';
import { loadKnowledgeBase } from '../../utils/platform/content/knowledge-base';
import { MARKS } from '../../utils/platform/content/marks';
import { readPageSettings } from '../../utils/platform/content/page-storage';
import { ResultBadges } from '../../utils/platform/content/result-badges';

export default defineContentScript({
  matches: PUBMED_MATCHES,
  excludeMatches: PUBMED_ARTICLE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(MARKS.start);
    if (!isPubmedResultsPage(new URL(location.href), document)) return;
    const { settings, knowledgeBase } = await readPageSettings();
    if (!settings.showBadges) return;
    const analyses = await loadKnowledgeBase(knowledgeBase).then(
      () => true,
      (error: unknown) => {
        console.warn(error); // the badges then wait for the background's analyses
        return false;
      },
    );
    const badges = new ResultBadges(settings.hiddenTopics, analyses);
    badges.start(document);
    ctx.onInvalidated(() => badges.stop());
  },
});
