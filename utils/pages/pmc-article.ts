/**
 * PMC article pages, old (www.ncbi.nlm.nih.gov/pmc/articles/…) and new (pmc.ncbi.nlm.nih.gov/
 * articles/…) → ArticleInput with the full text split into titled sections. Identity comes
 * from citation_* meta (present on both sites), the structure from section/heading semantics:
 * a section is a <section> or an old-site div.sec/div.tsec, titled by its first child heading.
 * Markup facts: /work/shared/notes/pubmed-dom.md §3.
 *
 * Test URLs:
 *   https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/   old site (saved page)
 *   https://pmc.ncbi.nlm.nih.gov/articles/PMC7290908/        new site (synthetic page only)
 */
import type { ArticleInput, Author, Reference, TextSection } from '../model';
import {
  COI_LABEL,
  KEYWORDS_LABEL,
  type FieldSources,
  type PageExtraction,
  doiFromHref,
  fieldKey,
  isHeading,
  metaContent,
  metaContents,
  normalizeDoi,
  normalizePmcid,
  pmcidFromHref,
  pmidFromHref,
  referenceFrom,
} from './common';
import { type TextMap, extractText, splitMap, textOf } from './text';

const SECTION_SELECTOR = 'section, div.sec, div.tsec';
const ABSTRACT_SELECTOR = 'section.abstract, div.abstract, [id^="abstract"], [id^="abs"], [id^="Abs"]';
const KEYWORDS_SELECTOR = '.kwd-group, .kwd-text, .kwd-title';
const REFERENCES_SELECTOR = '.ref-list, #reference-list, .ref-list-sec, [id^="ref-list"]';
/** Containers that hold headings of their own without being article sections. */
const NOT_SECTION_AREAS = '.table-wrap, figure, .fig, .fm-sec, #pmclinksbox, .pmc-sidebar, nav, aside';
const REFERENCES_LABEL = /^(?:references?(?: and notes)?|bibliography|literature cited|works cited)$/i;

export function extractPmcArticle(doc: Document, url?: URL): PageExtraction {
  const problems: string[] = [];
  const sources: FieldSources = {};
  // The <article> holds the whole text on both sites (old site: #mc inside it).
  const body = doc.querySelector('main article') ?? doc.querySelector('article') ?? doc.querySelector('#mc') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;

  const ids = extractIds(doc, body, url);
  if (!ids.pmcid) problems.push('no PMCID found');

  let title = '';
  const titleEl = body.querySelector('h1.content-title') ?? body.querySelector('h1') ?? doc.querySelector('h1');
  if (titleEl) {
    const { text, map } = extractText(titleEl);
    title = text;
    if (text) sources[fieldKey('title', 0)] = map;
  }
  if (!title) {
    title = metaContent(doc, 'citation_title') ?? '';
    problems.push(title ? 'title taken from citation_title meta (no heading on the page)' : 'no title found');
  }

  const abstractEl = findAbstract(body);
  const abstract = abstractEl ? extractAbstract(abstractEl, sources) : [];
  if (!abstractEl) problems.push('no abstract found');

  const keywords: string[] = [];
  for (const map of extractKeywordMaps(body)) {
    if (keywords.includes(map.text)) continue;
    sources[fieldKey('keywords', keywords.length)] = map;
    keywords.push(map.text);
  }

  const input: ArticleInput = { ids, title, abstract, keywords, mesh: [], publicationTypes: [] };

  const { fullText, coi } = extractSections(body, abstractEl, titleEl, sources);
  if (fullText.length) input.fullText = fullText;
  else problems.push('no full-text sections found');
  const coiMap = coi ?? findCoiFootnote(body);
  if (coiMap) {
    input.coi = coiMap.text;
    sources[fieldKey('coi', 0)] = coiMap;
  }

  const authors = metaContents(doc, 'citation_author').map(authorFromName);
  if (authors.length) input.authors = authors;
  const journal = metaContent(doc, 'citation_journal_title');
  const journalAbbrev = metaContent(doc, 'citation_journal_abbrev');
  const year = /(\d{4})/.exec(metaContent(doc, 'citation_publication_date') ?? metaContent(doc, 'citation_date') ?? '')?.[1];
  const volume = metaContent(doc, 'citation_volume');
  const issue = metaContent(doc, 'citation_issue');
  const firstPage = metaContent(doc, 'citation_firstpage');
  const lastPage = metaContent(doc, 'citation_lastpage');
  const issn = metaContent(doc, 'citation_issn');
  const language = metaContent(doc, 'citation_language') ?? metaContent(doc, 'DC.Language');
  if (journal) input.journal = journal;
  if (journalAbbrev) input.journalAbbrev = journalAbbrev;
  if (year) input.year = year;
  if (volume) input.volume = volume;
  if (issue) input.issue = issue;
  if (firstPage) input.pages = lastPage && lastPage !== firstPage ? `${firstPage}-${lastPage}` : firstPage;
  if (issn) input.issn = issn;
  if (language) input.language = language;

  const references = extractReferences(body);
  if (references.length) input.references = references;

  return { input, sources, problems };
}

function extractIds(doc: Document, body: Element, url?: URL): ArticleInput['ids'] {
  const frontIds = body.querySelector('.fm-ids, .fm-citation-ids');
  const pmcid =
    (url ? normalizePmcid(/\/articles\/(PMC\d+)/i.exec(url.pathname)?.[1]) : undefined) ??
    normalizePmcid(metaContent(doc, 'citation_pmcid')) ??
    normalizePmcid(textOf(body.querySelector('.fm-citation-pmcid'))) ??
    normalizePmcid(metaContent(doc, 'ncbi_pcid')) ??
    pmcidFromHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const pmidLink = [...(frontIds ?? body).querySelectorAll('a[href*="pubmed"]')].find((a) => pmidFromHref(a.getAttribute('href')));
  const pmid = metaContent(doc, 'citation_pmid') ?? pmidFromHref(pmidLink?.getAttribute('href'));
  const doi =
    normalizeDoi(metaContent(doc, 'citation_doi')) ??
    doiFromHref(body.querySelector('.fm-citation .doi a, .fm-ids a[href*="doi.org"]')?.getAttribute('href')) ??
    normalizeDoi(metaContent(doc, 'DC.Identifier'));
  const ids: ArticleInput['ids'] = {};
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  if (pmcid) ids.pmcid = pmcid;
  if (doi) ids.doi = doi;
  return ids;
}

/** "Thomas M. Burbacher" → given "Thomas M.", family "Burbacher"; "Burbacher, Thomas M." too. */
function authorFromName(name: string): Author {
  if (name.includes(',')) {
    const [family, given] = name.split(',', 2).map((part) => part.trim());
    return given ? { family: family!, given } : { collective: name };
  }
  const space = name.lastIndexOf(' ');
  return space > 0 ? { family: name.slice(space + 1), given: name.slice(0, space) } : { collective: name };
}

function findAbstract(body: Element): Element | undefined {
  for (const el of body.querySelectorAll(ABSTRACT_SELECTOR)) {
    if (isHeading(el) || !el.matches('section, div')) continue;
    if (el.parentElement?.closest(ABSTRACT_SELECTOR)) continue;
    return el;
  }
  return undefined;
}

/** The first direct-child heading: the section's title. */
function sectionHeading(section: Element): Element | undefined {
  for (const child of section.children) if (isHeading(child)) return child;
  return undefined;
}

/** "2.1. Exosome isolation." → "Exosome isolation". */
function cleanLabel(heading: Element | undefined): string | undefined {
  const label = textOf(heading)
    .replace(/^(?:[0-9]+(?:\.[0-9]+)*|[IVX]+)\.?\s+/, '')
    .replace(/[.:]\s*$/, '')
    .trim();
  return label || undefined;
}

function isKeywordArea(el: Element): boolean {
  return el.matches(KEYWORDS_SELECTOR) || el.querySelector(':scope > .kwd-title, :scope > .kwd-text') !== null;
}

function extractAbstract(abstractEl: Element, sources: FieldSources): TextSection[] {
  const keywordAreas = [...abstractEl.querySelectorAll('*')].filter(isKeywordArea);
  const subsections = [...abstractEl.querySelectorAll(SECTION_SELECTOR)].filter(
    (el) => sectionHeading(el) && !isKeywordArea(el) && el.parentElement?.closest(SECTION_SELECTOR) === abstractEl,
  );
  const heading = sectionHeading(abstractEl);
  const result: TextSection[] = [];
  const add = (label: string | undefined, map: TextMap) => {
    if (!map.text) return;
    sources[fieldKey('abstract', result.length)] = map;
    result.push(label ? { label, text: map.text } : { text: map.text });
  };
  if (subsections.length) {
    for (const section of subsections) {
      const subHeading = sectionHeading(section);
      add(cleanLabel(subHeading), extractText(section, { exclude: [...(subHeading ? [subHeading] : []), ...keywordAreas] }).map);
    }
  } else {
    add(undefined, extractText(abstractEl, { exclude: [...(heading ? [heading] : []), ...keywordAreas] }).map);
  }
  return result;
}

function extractKeywordMaps(body: Element): TextMap[] {
  const maps: TextMap[] = [];
  const texts = body.querySelectorAll('.kwd-text');
  if (texts.length) {
    for (const el of texts) maps.push(...splitMap(extractText(el).map, /[;,]/));
    return maps;
  }
  for (const group of body.querySelectorAll('section.kwd-group, .kwd-group')) {
    if (group.parentElement?.closest('.kwd-group')) continue;
    const labels = [...group.querySelectorAll('strong, b, h2, h3, h4, .kwd-title')].filter((el) => KEYWORDS_LABEL.test(textOf(el)));
    const items = group.querySelectorAll('.kwd, li');
    if (items.length) for (const item of items) maps.push(...splitMap(extractText(item).map, /[;,]/));
    else maps.push(...splitMap(extractText(group, { exclude: labels }).map, /[;,]/));
  }
  return maps;
}

type SectionNode = { el: Element; level: number; path: string[] };

function headingLevel(heading: Element | undefined): number {
  return heading ? Number(heading.localName.slice(1)) : 7;
}

function extractSections(body: Element, abstractEl: Element | undefined, titleEl: Element | null, sources: FieldSources): { fullText: TextSection[]; coi?: TextMap } {
  const candidates = [...body.querySelectorAll(SECTION_SELECTOR)].filter((el) => {
    if (abstractEl && (el === abstractEl || abstractEl.contains(el) || el.contains(abstractEl))) return false;
    if (el.closest(NOT_SECTION_AREAS) || el.closest(REFERENCES_SELECTOR) || el.closest('.kwd-group')) return false;
    return !isKeywordArea(el);
  });
  const candidateSet = new Set(candidates);
  const nodes = new Map<Element, SectionNode>();
  const fullText: TextSection[] = [];
  let coi: TextMap | undefined;
  /** Titled sections by heading level, for sections that are not nested in the DOM. */
  const openByLevel: SectionNode[] = [];
  for (const el of candidates) {
    // Candidates come in document order, so a parent section is always seen before its children.
    let parent = el.parentElement?.closest(SECTION_SELECTOR) ?? undefined;
    while (parent && !candidateSet.has(parent)) parent = parent.parentElement?.closest(SECTION_SELECTOR) ?? undefined;
    const heading = sectionHeading(el);
    const level = headingLevel(heading);
    // Not nested in the markup (or mis-nested by a lenient parser): an h3 section after an h2
    // section belongs to it, as the headings say.
    const domParent = parent ? nodes.get(parent) : undefined;
    const parentNode = domParent?.path.length ? domParent : [...openByLevel].reverse().find((node) => node.level < level);
    const label = cleanLabel(heading);
    const path = label ? [...(parentNode?.path ?? []), label] : [...(parentNode?.path ?? [])];
    const node: SectionNode = { el, level, path };
    nodes.set(el, node);
    if (heading && label) {
      while (openByLevel.length && openByLevel[openByLevel.length - 1]!.level >= level) openByLevel.pop();
      openByLevel.push(node);
    }
    if (label && REFERENCES_LABEL.test(label)) continue;
    if (path.some((part) => REFERENCES_LABEL.test(part))) continue;

    const nested = candidates.filter((other) => other !== el && el.contains(other));
    // Untitled containers of titled sections, or of the front matter, are wrappers, not text.
    if ((!label && nested.length > 0) || (titleEl && el.contains(titleEl))) continue;
    // Untitled blocks before the abstract are front matter (breadcrumbs, banners), not text.
    if (!label && abstractEl && el.compareDocumentPosition(abstractEl) & 4 /* FOLLOWING */) continue;
    const exclude = [...nested, ...(heading ? [heading] : [])];
    const { map } = extractText(el, { exclude, skip: 'table, button, nav, .usa-breadcrumb' });
    if (!map.text) continue;
    if (label && COI_LABEL.test(label)) {
      coi ??= map;
      continue;
    }
    sources[fieldKey('fullText', fullText.length)] = map;
    const joined = path.join(' › ');
    fullText.push(joined ? { label: joined, text: map.text } : { text: map.text });
  }
  return { fullText, coi };
}

/** Old PMC pages put "The authors declare they have no competing financial interests." in a
 * front-matter footnote rather than a titled section. */
function findCoiFootnote(body: Element): TextMap | undefined {
  for (const note of body.querySelectorAll('.fm-authors-info [id^="fn"], .fn, [id^="fn"]')) {
    if (note.querySelector('[id^="fn"]')) continue;
    const { map } = extractText(note);
    if (/\b(?:competing (?:financial )?interests?|conflicts? of interests?)\b/i.test(map.text)) return map;
  }
  return undefined;
}

function extractReferences(body: Element): Reference[] {
  const references: Reference[] = [];
  const lists = [...body.querySelectorAll(REFERENCES_SELECTOR)].filter((el) => !el.parentElement?.closest(REFERENCES_SELECTOR));
  for (const list of lists) {
    for (const item of list.querySelectorAll('li')) {
      if (item.querySelector('li')) continue;
      const links = [...item.querySelectorAll('a[href]')];
      const labelLinks = links.filter((a) => /^(?:pubmed|pmc(?: free article)?|google scholar|doi|crossref|europe pmc|free full text)$/i.test(textOf(a)));
      const text = textOf(item, { exclude: labelLinks })
        .replace(/\[\s*\]/g, '')
        .replace(/\s{2,}/g, ' ')
        .replace(/[\s–-]+$/, '')
        .trim();
      if (!text) continue;
      references.push(referenceFrom(text, links));
    }
  }
  return references;
}
