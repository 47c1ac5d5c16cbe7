import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { NCBI_HOST_PERMISSIONS, PMC_ARTICLE_MATCHES, PUBMED_ARTICLE_MATCHES, PUBMED_MATCHES } from '../../../utils/pages/match-patterns';
import { EUTILS_BASE, IDCONV_BASE } from '../../../utils/ncbi/eutils';
import { isPubmedArticleUrl } from '../../../utils/pages/detect';

const matchesAny = (patterns: string[], url: string) => patterns.some((pattern) => new MatchPattern(pattern).includes(url));

/** Which content script the browser injects into a URL (manifest matches minus exclude_matches). */
function scriptFor(url: string): string[] {
  const scripts: string[] = [];
  if (matchesAny(PUBMED_ARTICLE_MATCHES, url)) scripts.push('pubmed-article');
  if (matchesAny(PUBMED_MATCHES, url) && !matchesAny(PUBMED_ARTICLE_MATCHES, url)) scripts.push('pubmed-results');
  if (matchesAny(PMC_ARTICLE_MATCHES, url)) scripts.push('pmc');
  return scripts;
}

describe('content-script match patterns', () => {
  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/32392899/', 'pubmed-article'],
    ['https://pubmed.ncbi.nlm.nih.gov/32392899/?from_term=exosome&from_pos=3', 'pubmed-article'],
    ['https://pubmed.ncbi.nlm.nih.gov/993/#abstract', 'pubmed-article'],
    ['https://pubmed.ncbi.nlm.nih.gov/?term=exosome+skin', 'pubmed-results'],
    ['https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_citedin&from_uid=32392899', 'pubmed-results'],
    ['https://pubmed.ncbi.nlm.nih.gov/collections/123/', 'pubmed-results'],
    ['https://pubmed.ncbi.nlm.nih.gov/clipboard/', 'pubmed-results'],
    ['https://pubmed.ncbi.nlm.nih.gov/', 'pubmed-results'],
    ['https://pubmed.ncbi.nlm.nih.gov/advanced/', 'pubmed-results'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/', 'pmc'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/', 'pmc'],
  ])('%s gets exactly the %s script', (url, script) => {
    expect(scriptFor(url)).toEqual([script]);
  });

  it('every PMID the detector accepts as an article lands on the article script', () => {
    for (const pmid of ['1', '9', '10000000', '32392899', '99999999']) {
      const url = new URL(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);
      expect(isPubmedArticleUrl(url)).toBe(true);
      expect(scriptFor(url.href)).toEqual(['pubmed-article']);
    }
  });
});

describe('host permissions', () => {
  it('cover every page a content script runs on and every NCBI endpoint the background calls, and nothing outside NCBI', () => {
    const urls = [
      'https://pubmed.ncbi.nlm.nih.gov/32392899/', 'https://pubmed.ncbi.nlm.nih.gov/?term=exosome',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/',
      `${EUTILS_BASE}efetch.fcgi?db=pubmed&id=1`, `${IDCONV_BASE}?ids=PMC7290908`,
    ];
    for (const url of urls) expect(matchesAny(NCBI_HOST_PERMISSIONS, url), url).toBe(true);
    for (const pattern of [...PUBMED_ARTICLE_MATCHES, ...PUBMED_MATCHES, ...PMC_ARTICLE_MATCHES]) {
      expect(matchesAny(NCBI_HOST_PERMISSIONS, pattern.replace('*', 'x')), pattern).toBe(true);
    }
    for (const pattern of NCBI_HOST_PERMISSIONS) expect(new URL(pattern.replace('*', '')).hostname).toMatch(/(^|\.)ncbi\.nlm\.nih\.gov$/);
  });
});
