/**
 * Where each content script runs, as manifest match patterns. PubMed article URLs are
 * /<PMID>/… and a PMID never starts with 0, so "/1*" … "/9*" are exactly the article pages
 * (with any query string or anchor); every other PubMed page goes to the result-list script.
 */
export const PUBMED_ARTICLE_MATCHES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => `https://pubmed.ncbi.nlm.nih.gov/${digit}*`);
export const PUBMED_MATCHES = ['https://pubmed.ncbi.nlm.nih.gov/*'];
export const PMC_ARTICLE_MATCHES = ['https://pmc.ncbi.nlm.nih.gov/articles/*', 'https://www.ncbi.nlm.nih.gov/pmc/articles/*'];

/**
 * The manifest's host permissions: the pages the content scripts read, E-utilities and the PMC ID
 * converter (www.ncbi.nlm.nih.gov/pmc/utils/idconv). Nothing outside NCBI. Users can withdraw them
 * (Firefox's add-on manager, Chrome's site access); the popup and options check them.
 */
export const NCBI_HOST_PERMISSIONS = [
  'https://eutils.ncbi.nlm.nih.gov/*',
  'https://www.ncbi.nlm.nih.gov/*',
  'https://pubmed.ncbi.nlm.nih.gov/*',
  'https://pmc.ncbi.nlm.nih.gov/*',
];
