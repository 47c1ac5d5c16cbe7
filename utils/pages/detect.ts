/**
 * Which kind of NCBI page this is: small pure URL predicates, then a document check so that
 * pages with the right URL but no article markup (error pages, book pages) are none of them.
 * One predicate per page kind, so each content script bundles only the check it makes.
 *
 * Test URLs:
 *   https://pubmed.ncbi.nlm.nih.gov/32392899/                                   article
 *   https://pubmed.ncbi.nlm.nih.gov/32392899/?from_term=exosome&from_pos=1#abstract article
 *   https://pubmed.ncbi.nlm.nih.gov/?term=msc+exosome+skin                       results
 *   https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed&from_uid=32392899    results (similar articles)
 *   https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_citedin&from_uid=32392899 results (cited by)
 *   https://pubmed.ncbi.nlm.nih.gov/collections/12345/  /clipboard/              results
 *   https://pubmed.ncbi.nlm.nih.gov/  /advanced/  /help/  /trending/             none
 *   https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/                           pmc article (new site)
 *   https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/                        pmc article (old site)
 *   https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/pdf/cells-09-01157.pdf      none
 */
import { metaContent, normalizePmcid } from './common';

const PUBMED_HOST = 'pubmed.ncbi.nlm.nih.gov';
const PMC_NEW_HOST = 'pmc.ncbi.nlm.nih.gov';
const PMC_OLD_HOSTS = new Set(['www.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov']);

/** Query parameters that make PubMed's root path a result list rather than the home page. */
const RESULT_PARAMS = ['term', 'linkname', 'cmd', 'size', 'filter', 'sort', 'page', 'from_uid'];

export function pubmedArticlePmid(url: URL): string | undefined {
  if (url.hostname !== PUBMED_HOST) return undefined;
  return /^\/(\d{1,9})\/?$/.exec(url.pathname)?.[1];
}

export function isPubmedArticleUrl(url: URL): boolean {
  return pubmedArticlePmid(url) !== undefined;
}

export function isPubmedResultsUrl(url: URL): boolean {
  if (url.hostname !== PUBMED_HOST) return false;
  const path = url.pathname;
  if (path === '/' || path === '') return RESULT_PARAMS.some((name) => url.searchParams.has(name));
  // /<PMID>/similar/ is not a page but the HTML fragment behind an article's "Show more".
  return /^\/(?:collections\/.+|clipboard\/?)$/.test(path);
}

export function pmcArticlePmcid(url: URL): string | undefined {
  let match: RegExpExecArray | null = null;
  if (url.hostname === PMC_NEW_HOST) match = /^\/articles\/(PMC\d+)\/?$/i.exec(url.pathname);
  else if (PMC_OLD_HOSTS.has(url.hostname)) match = /^\/pmc\/articles\/(PMC\d+)\/?$/i.exec(url.pathname);
  return match ? normalizePmcid(match[1]) : undefined;
}

export function isPmcArticleUrl(url: URL): boolean {
  return pmcArticlePmcid(url) !== undefined;
}

/** PubMed marks its page types in meta[name=ncbi_pdid]: "abstract" for an article,
 * "searchresult" for lists; book pages and others use other values. */
function pubmedPageId(doc: Document): string | undefined {
  return metaContent(doc, 'ncbi_pdid');
}

function hasPubmedArticleMarkup(doc: Document): boolean {
  const pageId = pubmedPageId(doc);
  if (pageId !== undefined) return pageId === 'abstract';
  return doc.querySelector('meta[name="citation_pmid"], #article-page[data-article-pmid], h1.heading-title') !== null;
}

function hasPubmedResultsMarkup(doc: Document): boolean {
  if (pubmedPageId(doc) === 'searchresult') return true;
  return doc.querySelector('.search-results-chunk, article.full-docsum, .docsum-wrap') !== null;
}

function hasPmcArticleMarkup(doc: Document): boolean {
  if (metaContent(doc, 'citation_title') !== undefined) return true;
  return doc.querySelector('.pmc-header h1, article h1, h1.content-title, section.abstract, #abstract-1') !== null;
}

/** The URL predicates exclude each other, so at most one of these three is true for a page. */
export function isPubmedArticlePage(url: URL, doc: Document): boolean {
  return isPubmedArticleUrl(url) && hasPubmedArticleMarkup(doc);
}

export function isPubmedResultsPage(url: URL, doc: Document): boolean {
  return isPubmedResultsUrl(url) && hasPubmedResultsMarkup(doc);
}

export function isPmcArticlePage(url: URL, doc: Document): boolean {
  return isPmcArticleUrl(url) && hasPmcArticleMarkup(doc);
}
