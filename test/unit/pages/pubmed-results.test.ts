import { describe, expect, test } from 'vitest';
import { displayedPmids, findResultItems, watchResults } from '../../../utils/pages/pubmed-results';
import { buildResultsPage, resultListPmids, syntheticPmid } from '../../fixtures/pages/search-200';
import { SHARED_DIR, readShared } from '../../shared';
import { parseHtml } from './parse';

// The display order recorded in shared/fixtures/SOURCES.md for the 2026 search page.
const PAGE_2026_PMIDS = ['35910428', '26449129', '35417736', '39975789', '40405724', '31023830', '33541612', '28818842', '39067698', '23627503'];

describe('findResultItems on real pages', () => {
  const page = parseHtml(readShared('fixtures', 'pubmed-search-html', 'pubmed-search-page-2026-full.html'));

  test('2026 search page: exactly 10 results in display order, matching log_displayeduids', () => {
    const items = findResultItems(page);
    expect(items.map((item) => item.pmid)).toEqual(PAGE_2026_PMIDS);
    expect(displayedPmids(page)).toEqual(PAGE_2026_PMIDS);
    expect(items.every((item) => item.element.matches('article.full-docsum'))).toBe(true);
  });

  test('titles are clean of <b> highlights; easyScholar injections are ignored', () => {
    const [first, second, third] = findResultItems(page);
    expect(first!.titleText).toBe('Food Choices and Hypertension Among Rural Thais: Evidence From a Discrete Choice Experiment.');
    expect(first!.citation).toBe('Int J Public Health. 2022 Jul 15;67:1604850. doi: 10.3389/ijph.2022.1604850. eCollection 2022.');
    expect(first!.snippet).toMatch(/^This study explored hypertensive-related food choices/);
    expect(first!.freeFullText).toBe(true);
    expect(first!.publicationTypes).toEqual([]);
    expect(first!.anchor.matches('.docsum-citation')).toBe(true);
    expect(second!.freeFullText).toBe(false);
    expect(third!.publicationTypes).toEqual(['Review']);
    for (const item of findResultItems(page)) expect(item.titleText + item.citation).not.toMatch(/sci-hub|easyScholar|<|>/);
  });

  test('the 2-result fragment', () => {
    const items = findResultItems(parseHtml(readShared('fixtures', 'pubmed-search-html', 'pubmed-search-docsums-endometriosis-2-results-fragment.html')));
    expect(items.map((item) => item.pmid)).toEqual(['37988744', '37987824']);
    expect(items[0]!.citation).toBe('Qual Health Res. 2023 Nov 21:10497323231214114. doi: 10.1177/10497323231214114. Online ahead of print.');
    expect(items.every((item) => item.titleText !== '' && !item.titleText.includes('  '))).toBe(true);
  });

  test('similar and cited-by lists on an article page (li.full-docsum)', () => {
    const article = parseHtml(readShared('fixtures', 'pubmed-html', 'pubmed-article-15613317.html'));
    const similar = findResultItems(article.querySelector('#similar-articles-list')!);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar[0]).toMatchObject({
      pmid: '16267760',
      titleText: 'Clinical and molecular epidemiological features of coronavirus HKU1-associated community-acquired pneumonia.',
      freeFullText: true,
    });
    expect(findResultItems(article.querySelector('#citedby-articles-list')!).length).toBeGreaterThan(0);
  });
});

describe('watchResults', () => {
  test('reports appended results exactly once, not the ones already there', async () => {
    const doc = parseHtml(buildResultsPage(3, SHARED_DIR));
    const chunkHost = doc.querySelector('.search-results-chunks')!;
    const reports: string[][] = [];
    const stop = watchResults(doc.body, (items) => reports.push(items.map((item) => item.pmid)));

    // "Show more": a new chunk with two docsums arrives.
    const more = parseHtml(buildResultsPage(5, SHARED_DIR));
    const newDocsums = [...more.querySelectorAll('article.full-docsum')].slice(3);
    const chunk = doc.createElement('div');
    chunk.className = 'search-results-chunk';
    for (const docsum of newDocsums) chunk.appendChild(doc.importNode(docsum, true));
    chunkHost.appendChild(chunk);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports).toEqual([[syntheticPmid(3), syntheticPmid(4)]]);

    // Moving an old result (re-sort) or touching its inside does not report it again.
    const firstDocsum = doc.querySelector('article.full-docsum')!;
    chunkHost.appendChild(firstDocsum);
    firstDocsum.querySelector('.docsum-citation')!.appendChild(doc.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports).toHaveLength(1);

    stop();
    chunkHost.appendChild(doc.importNode(more.querySelectorAll('article.full-docsum')[4]!, true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports).toHaveLength(1);
  });

  test('includeExisting reports the initial results in one first call', () => {
    const doc = parseHtml(buildResultsPage(4, SHARED_DIR));
    const reports: number[] = [];
    const stop = watchResults(doc.body, (items) => reports.push(items.length), { includeExisting: true });
    stop();
    expect(reports).toEqual([4]);
  });
});

describe('buildResultsPage (benchmark page)', () => {
  test('200 synthetic docsums in the real page shell, self-contained, display order in the meta', () => {
    const html = buildResultsPage(200, SHARED_DIR);
    expect(html).not.toMatch(/<script|rel="stylesheet"|src="https?:/);
    const doc = parseHtml(html);
    const items = findResultItems(doc);
    expect(items).toHaveLength(200);
    expect(new Set(items.map((item) => item.pmid)).size).toBe(200);
    expect(displayedPmids(doc)).toEqual(items.map((item) => item.pmid));
    expect(resultListPmids(200, SHARED_DIR)).toEqual(items.map((item) => item.pmid));
    expect(items.every((item) => /^\d{8}$/.test(item.pmid) && item.titleText !== '' && !item.titleText.includes('<'))).toBe(true);
    expect(items.filter((item) => item.publicationTypes.includes('Review'))).toHaveLength(50);
  });
});
