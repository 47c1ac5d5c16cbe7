/**
 * PubMed result lists: search results (article.full-docsum), the "Similar articles" and
 * "Cited by" lists on article pages (li.full-docsum), and older/other layouts (.docsum-wrap).
 * Markup facts: /work/shared/notes/pubmed-dom.md §2.
 *
 * Test URLs:
 *   https://pubmed.ncbi.nlm.nih.gov/?term=%28hypertension%5BTitle%5D%29+AND+%28food%5BText+Word%5D%29&page=2
 *   https://pubmed.ncbi.nlm.nih.gov/?term=endometriosis&sort=date&size=100
 *   https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed&from_uid=32392899
 *   https://pubmed.ncbi.nlm.nih.gov/15613317/   (similar / cited-by lists)
 */
import { metaContent, pmidFromHref } from './common';
import { textOf } from './text';

export type ResultItem = {
  pmid: string;
  /** The docsum: article.full-docsum, li.full-docsum or a bare .docsum-wrap. */
  element: Element;
  /** Title as text: search-term <b> highlights and other markup removed. */
  titleText: string;
  snippet: string;
  citation: string;
  publicationTypes: string[];
  freeFullText: boolean;
  /** Where a badge goes: insert it after this element (the citation block). */
  anchor: Element;
};

const ITEM_SELECTOR = 'article.full-docsum, li.full-docsum, .docsum-wrap';

/** Results in document order, one per docsum; a .docsum-wrap inside a full-docsum is not a second result. */
function itemElements(root: ParentNode): Element[] {
  const elements: Element[] = [];
  if (root instanceof Element && root.matches(ITEM_SELECTOR) && !root.parentElement?.closest('.full-docsum')) elements.push(root);
  for (const el of root.querySelectorAll(ITEM_SELECTOR)) {
    if (el.matches('.docsum-wrap') && el.parentElement?.closest('.full-docsum')) continue;
    elements.push(el);
  }
  return elements;
}

export function readResultItem(element: Element): ResultItem | undefined {
  const titleEl = element.querySelector('a.docsum-title');
  const pmid =
    titleEl?.getAttribute('data-article-id')?.trim() ||
    textOf(element.querySelector('.docsum-pmid')) ||
    element.querySelector('input.search-result-selector')?.getAttribute('value')?.trim() ||
    pmidFromHref(titleEl?.getAttribute('href'));
  if (!pmid || !/^\d+$/.test(pmid)) return undefined;
  const citationBlock = element.querySelector('.docsum-citation');
  return {
    pmid,
    element,
    titleText: textOf(titleEl),
    snippet: textOf(element.querySelector('.full-view-snippet') ?? element.querySelector('.docsum-snippet')),
    citation: textOf(element.querySelector('.full-journal-citation') ?? element.querySelector('.docsum-journal-citation')),
    publicationTypes: [...element.querySelectorAll('.publication-type')]
      .map((el) => textOf(el).replace(/\.$/, ''))
      .filter((type) => type !== ''),
    freeFullText: element.querySelector('.free-resources') !== null,
    anchor: citationBlock ?? titleEl ?? element,
  };
}

export function findResultItems(root: ParentNode): ResultItem[] {
  const items: ResultItem[] = [];
  for (const element of itemElements(root)) {
    const item = readResultItem(element);
    if (item) items.push(item);
  }
  return items;
}

/** The PMIDs the page displays, in display order (meta log_displayeduids): cheaper than the DOM. */
export function displayedPmids(doc: Document): string[] {
  return (metaContent(doc, 'log_displayeduids') ?? '')
    .split(',')
    .map((pmid) => pmid.trim())
    .filter((pmid) => /^\d+$/.test(pmid));
}

export type WatchOptions = {
  /** Also report the results already on the page (once), in the first callback. */
  includeExisting?: boolean;
};

/**
 * Reports results added after the call ("Show more", next page, re-sorting) exactly once each.
 * Mutations are batched by the MutationObserver (one callback per microtask checkpoint);
 * each callback reports all new results together. Returns a function that stops watching.
 */
export function watchResults(root: ParentNode & Node, onNew: (items: ResultItem[]) => void, options: WatchOptions = {}): () => void {
  const seen = new WeakSet<Element>();
  const existing = findResultItems(root);
  for (const item of existing) seen.add(item.element);
  if (options.includeExisting && existing.length) onNew(existing);

  const observer = new MutationObserver((records) => {
    const fresh: ResultItem[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        // A docsum whose inner part was re-rendered counts as the same docsum.
        const container = node.parentElement?.closest('.full-docsum') ?? node.parentElement?.closest('.docsum-wrap');
        const candidates = container ? [container] : itemElements(node);
        for (const element of candidates) {
          if (seen.has(element) || !element.isConnected) continue;
          const item = readResultItem(element);
          if (!item) continue;
          seen.add(element);
          fresh.push(item);
        }
      }
    }
    if (fresh.length) onNew(fresh);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
