import { describe, expect, test } from 'vitest';
import { readShared } from '../../shared';
import {
  isPmcArticlePage,
  isPmcArticleUrl,
  isPubmedArticlePage,
  isPubmedArticleUrl,
  isPubmedResultsPage,
  isPubmedResultsUrl,
  pmcArticlePmcid,
  pubmedArticlePmid,
} from '../../../utils/pages/detect';
import { parseHtml } from './parse';

type Shape = [url: string, article: boolean, results: boolean, pmc: boolean];

// Real URL shapes (PubMed and PMC as linked from their own pages), positive and negative.
const SHAPES: Shape[] = [
  ['https://pubmed.ncbi.nlm.nih.gov/32392899/', true, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/32392899', true, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/32392899/?from_term=exosome+skin&from_pos=3', true, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/32392899/#abstract', true, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?term=msc+exosome+skin', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?term=endometriosis&sort=date&size=100', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed&from_uid=32392899', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_citedin&from_uid=32392899', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?cmd=search&term=exosomes', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?size=200', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/?filter=simsearch1.fha&term=exosomes', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/collections/61904153/?sort=pubdate', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/clipboard/', false, true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/32392899/similar/', false, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/', false, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/advanced/', false, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/help/', false, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/trending/', false, false, false],
  ['https://pubmed.ncbi.nlm.nih.gov/32392899/citations/', false, false, false],
  ['https://www.ncbi.nlm.nih.gov/pubmed/?term=exosomes', false, false, false],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/', false, false, true],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908', false, false, true],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/#sec2', false, false, true],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/', false, false, true],
  ['http://www.ncbi.nlm.nih.gov/pmc/articles/pmc538593/', false, false, true],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/pdf/cells-09-01157.pdf', false, false, false],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/figure/F1/', false, false, false],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/pmid/15613317/', false, false, false],
  ['https://pmc.ncbi.nlm.nih.gov/', false, false, false],
  ['https://example.org/32392899/', false, false, false],
];

describe('URL predicates', () => {
  test.each(SHAPES)('%s', (href, article, results, pmc) => {
    const url = new URL(href);
    expect([isPubmedArticleUrl(url), isPubmedResultsUrl(url), isPmcArticleUrl(url)]).toEqual([article, results, pmc]);
  });
});

/** [article, results, pmc]: which content script acts on the page. */
function pageKinds(href: string, doc: Document): [boolean, boolean, boolean] {
  const url = new URL(href);
  return [isPubmedArticlePage(url, doc), isPubmedResultsPage(url, doc), isPmcArticlePage(url, doc)];
}

describe('page predicates', () => {
  test('real article pages are articles with the PMID from the URL', () => {
    const doc = parseHtml(readShared('fixtures', 'pubmed-html', 'pubmed-article-15613317.html'));
    const href = 'https://pubmed.ncbi.nlm.nih.gov/15613317/?from_pos=2';
    expect(pageKinds(href, doc)).toEqual([true, false, false]);
    expect(pubmedArticlePmid(new URL(href))).toBe('15613317');
  });

  test('the real search page is a result list', () => {
    const doc = parseHtml(readShared('fixtures', 'pubmed-search-html', 'pubmed-search-page-2026-full.html'));
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/?term=food&page=2', doc)).toEqual([false, true, false]);
  });

  test('the old PMC page is a PMC article with a normalised PMCID', () => {
    const doc = parseHtml(readShared('fixtures', 'pmc-html', 'pmc-article-PMC1280342-www-ncbi-pmc.html'));
    const href = 'https://www.ncbi.nlm.nih.gov/pmc/articles/pmc1280342/';
    expect(pageKinds(href, doc)).toEqual([false, false, true]);
    expect(pmcArticlePmcid(new URL(href))).toBe('PMC1280342');
  });

  test('an article URL without article markup (error page) is none', () => {
    const doc = parseHtml('<html><head><title>Page not available</title></head><body><h2>The page you requested was not found.</h2></body></html>');
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/99999999999/', doc)).toEqual([false, false, false]);
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/?term=zzzz', doc)).toEqual([false, false, false]);
    expect(pageKinds('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', doc)).toEqual([false, false, false]);
  });

  test('a book page on an article URL (ncbi_pdid=book-part) is none', () => {
    const doc = parseHtml('<html><head><meta name="ncbi_pdid" content="book-part"></head><body><h1 class="heading-title">A book chapter</h1></body></html>');
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/12345/', doc)).toEqual([false, false, false]);
  });

  test('home and advanced search are none even with PubMed markup', () => {
    const doc = parseHtml(readShared('fixtures', 'pubmed-search-html', 'pubmed-search-page-2026-full.html'));
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/', doc)).toEqual([false, false, false]);
    expect(pageKinds('https://pubmed.ncbi.nlm.nih.gov/advanced/', doc)).toEqual([false, false, false]);
  });
});
