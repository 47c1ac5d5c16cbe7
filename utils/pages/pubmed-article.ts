/**
 * PubMed article page → ArticleInput, with the DOM source of every reported string.
 * Markup facts: /work/shared/notes/pubmed-dom.md §1 (heading and identifiers appear twice,
 * full-view and short-view; abstract ids vary; citation_doi may be empty).
 *
 * Test URLs:
 *   https://pubmed.ncbi.nlm.nih.gov/15613317/   unstructured abstract (#enc-abstract), MeSH, publication types
 *   https://pubmed.ncbi.nlm.nih.gov/23825705/   no abstract, empty citation_doi, references
 *   https://pubmed.ncbi.nlm.nih.gov/32392899/   seed review: keywords and COI statement
 */
import type { ArticleInput, Author, Notice, NoticeKind, Reference, TextSection } from '../model';
import {
  COI_LABEL,
  KEYWORDS_LABEL,
  type FieldSources,
  type PageExtraction,
  doiFromHref,
  fieldKey,
  isHeading,
  metaContent,
  normalizeDoi,
  normalizePmcid,
  pmcidFromHref,
  pmidFromHref,
  referenceFrom,
} from './common';
import { type TextMap, extractText, joinMaps, splitMap, textOf, trimmedSliceMap } from './text';

export function extractPubmedArticle(doc: Document, url?: URL): PageExtraction {
  const problems: string[] = [];
  const sources: FieldSources = {};
  const details = doc.querySelector('#article-details') ?? doc.querySelector('#article-page') ?? doc.body ?? doc.documentElement;
  const heading = doc.querySelector('#full-view-heading') ?? details.querySelector('.heading') ?? details;

  const ids = extractIds(doc, heading, url);
  if (!ids.pmid) problems.push('no PMID found');

  let title = '';
  const titleEl = heading.querySelector('h1.heading-title') ?? details.querySelector('h1');
  if (titleEl) {
    const { text, map } = extractText(titleEl);
    title = text;
    if (text) sources[fieldKey('title', 0)] = map;
  }
  if (!title) {
    title = metaContent(doc, 'citation_title') ?? '';
    if (title) problems.push('title taken from citation_title meta (no heading on the page)');
    else problems.push('no title found');
  }

  const abstractBlock = details.querySelector('#abstract') ?? details.querySelector('div.abstract');
  const keywordParagraph = abstractBlock ? findKeywordParagraph(abstractBlock) : undefined;
  const abstract = abstractBlock ? extractAbstract(abstractBlock, keywordParagraph, sources) : [];
  if (!abstractBlock) problems.push('no abstract block found');

  const keywords: string[] = [];
  if (keywordParagraph) {
    const { map } = extractText(keywordParagraph.paragraph, { exclude: [keywordParagraph.label] });
    for (const part of splitMap(map, /;/)) {
      sources[fieldKey('keywords', keywords.length)] = part;
      keywords.push(part.text);
    }
  }

  const publicationTypes = extractKeywordList(details.querySelector('#publication-types'), 'publicationTypes', sources, (t) => t);
  const mesh = extractKeywordList(details.querySelector('#mesh-terms'), 'mesh', sources, meshDescriptor);

  const input: ArticleInput = { ids, title, abstract, keywords, mesh, publicationTypes };

  const coi = extractCoi(details);
  if (coi) {
    input.coi = coi.text;
    sources[fieldKey('coi', 0)] = coi;
  }

  const notices = extractNotices(details);
  if (notices.length) input.notices = notices;

  const authors = extractAuthors(doc, heading);
  if (authors.length) input.authors = authors;

  Object.assign(input, extractCitation(doc, heading));

  const references = extractReferences(details);
  if (references.length) input.references = references;

  return { input, sources, problems };
}

function extractIds(doc: Document, heading: Element, url?: URL): ArticleInput['ids'] {
  const identifiers = doc.querySelector('#full-view-identifiers') ?? heading.querySelector('ul.identifiers');
  const pmid =
    metaContent(doc, 'citation_pmid') ??
    doc.querySelector('#article-page[data-article-pmid]')?.getAttribute('data-article-pmid')?.trim() ??
    (textOf(identifiers?.querySelector('.identifier.pubmed .current-id, strong.current-id')) || undefined) ??
    metaContent(doc, 'ncbi_uid') ??
    (url ? /^\/(\d+)\/?$/.exec(url.pathname)?.[1] : undefined);
  const pmcEl = identifiers?.querySelector('.identifier.pmc a, .identifier.pmc .id-link');
  const pmcid =
    normalizePmcid(textOf(pmcEl)) ?? pmcidFromHref(pmcEl?.getAttribute('href')) ?? normalizePmcid(metaContent(doc, 'keywords'));
  const doiEl = identifiers?.querySelector('.identifier.doi a, .identifier.doi .id-link');
  const doi =
    normalizeDoi(metaContent(doc, 'citation_doi')) ??
    normalizeDoi(textOf(doiEl)) ??
    doiFromHref(doiEl?.getAttribute('href')) ??
    normalizeDoi(textOf(heading.querySelector('.citation-doi')));
  const ids: ArticleInput['ids'] = {};
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  if (pmcid) ids.pmcid = pmcid;
  if (doi) ids.doi = doi;
  return ids;
}

type LabelledParagraph = { paragraph: Element; label: Element };

/** The "Keywords: a; b; c" paragraph: a <p> whose leading <strong class="sub-title"> says Keywords. */
function findKeywordParagraph(abstractBlock: Element): LabelledParagraph | undefined {
  for (const label of abstractBlock.querySelectorAll('p > strong')) {
    if (KEYWORDS_LABEL.test(textOf(label))) return { paragraph: label.parentElement!, label };
  }
  return undefined;
}

function extractAbstract(block: Element, keywordParagraph: LabelledParagraph | undefined, sources: FieldSources): TextSection[] {
  if (block.querySelector('.empty-abstract') && !block.querySelector('.abstract-content')) return [];
  // Other-language abstracts are extra .abstract-content blocks without .selected.
  const content =
    block.querySelector('.abstract-content.selected') ??
    block.querySelector('.abstract-content[id$="-abstract"]') ??
    block.querySelector('.abstract-content');
  if (!content) return [];
  const paragraphs = [...content.querySelectorAll('p')].filter((p) => p !== keywordParagraph?.paragraph);
  const labelOf = (p: Element) => {
    const strong = p.querySelector(':scope > strong.sub-title, :scope > strong:first-child');
    return strong && textOf(strong).endsWith(':') ? strong : undefined;
  };
  const structured = paragraphs.some((p) => labelOf(p));
  const sections: { label?: string; maps: TextMap[] }[] = [];
  if (!structured) {
    const exclude = keywordParagraph ? [keywordParagraph.paragraph] : [];
    sections.push({ maps: [extractText(content, { exclude }).map] });
  } else {
    for (const p of paragraphs) {
      const label = labelOf(p);
      const { map } = extractText(p, { exclude: label ? [label] : [] });
      const current = sections[sections.length - 1];
      if (label || !current) sections.push({ label: label ? textOf(label).replace(/\s*:$/, '') : undefined, maps: [map] });
      else current.maps.push(map);
    }
  }
  const result: TextSection[] = [];
  for (const section of sections) {
    const map = joinMaps(section.maps);
    if (!map.text) continue;
    sources[fieldKey('abstract', result.length)] = map;
    result.push(section.label ? { label: section.label, text: map.text } : { text: map.text });
  }
  return result;
}

/** "Coronavirus / genetics*" → "Coronavirus": the descriptor without qualifier or major-topic star. */
function meshDescriptor(term: string): string {
  return term.split('/')[0]!.replace(/\*/g, '').trim();
}

/** PubMed's keyword-style lists (#publication-types, #mesh-terms): one trigger button per item;
 * its dropdown of actions is [hidden] and so not part of the text. */
function extractKeywordList(
  section: Element | null,
  field: 'mesh' | 'publicationTypes',
  sources: FieldSources,
  clean: (term: string) => string,
): string[] {
  if (!section) return [];
  const values: string[] = [];
  const list = section.querySelector('.keywords-list') ?? section.querySelector('ul');
  if (!list) return [];
  for (const item of list.querySelectorAll(':scope > li')) {
    const trigger = item.querySelector('button.keyword-link, .keyword-actions-trigger') ?? item;
    const { text, map } = extractText(trigger);
    const value = clean(text);
    if (!value || values.includes(value)) continue;
    const start = text.indexOf(value);
    sources[fieldKey(field, values.length)] = trimmedSliceMap(map, start, start + value.length);
    values.push(value);
  }
  return values;
}

function extractCoi(details: Element): TextMap | undefined {
  const section = details.querySelector('#conflict-of-interest, .conflict-of-interest');
  if (section) {
    const headings = [...section.children].filter((el) => isHeading(el) || el.classList.contains('title'));
    const { map } = extractText(section, { exclude: headings });
    return map.text ? map : undefined;
  }
  // No dedicated block: a heading that reads like a COI heading, and what follows it.
  for (const headingEl of details.querySelectorAll('h2, h3, h4')) {
    if (!COI_LABEL.test(textOf(headingEl))) continue;
    const maps: TextMap[] = [];
    for (let el = headingEl.nextElementSibling; el && !isHeading(el); el = el.nextElementSibling) maps.push(extractText(el).map);
    const map = joinMaps(maps);
    if (map.text) return map;
  }
  return undefined;
}

/** Notice wordings PubMed uses for comments and corrections: each NoticeKind spelled with spaces, and a retraction banner. */
const NOTICE_WORDING = /^(expression of concern in|retraction in|retraction of|erratum in|erratum for|comment in|comment on|update in|retracted article)\b/i;

function noticeKind(text: string): NoticeKind | undefined {
  const wording = NOTICE_WORDING.exec(text)?.[1]?.toLowerCase();
  if (!wording) return undefined;
  return wording === 'retracted article' ? 'retraction-in' : (wording.replace(/ /g, '-') as NoticeKind);
}

/** Parts of the page whose text can start with notice-like words without being a notice. */
const NOT_NOTICE_AREAS = '#abstract, .abstract, #references, #similar, #citedby, .full-docsum, #mesh-terms, #publication-types, #short-view-heading, script, style';

/**
 * Comments and corrections are found by their wording (the markup of these boxes has not been
 * seen in a real saved page): a label element whose text starts with "Retraction in",
 * "Erratum in", "Comment on"…, and the PubMed links in the block around it.
 */
function extractNotices(details: Element): Notice[] {
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const label of details.querySelectorAll('h2, h3, h4, strong, b, span, div, p, li, dt')) {
    if (label.closest(NOT_NOTICE_AREAS)) continue;
    const ownText = [...label.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const kind = noticeKind(ownText);
    if (!kind) continue;
    // The block is the label's container unless the label itself carries the links.
    const block = label.querySelector('a[href]') ? label : (label.parentElement ?? label);
    const pmids = [...block.querySelectorAll('a[href]')]
      .map((a) => pmidFromHref(a.getAttribute('href')))
      .filter((pmid): pmid is string => pmid !== undefined);
    const text = textOf(block);
    for (const pmid of pmids.length ? [...new Set(pmids)] : [undefined]) {
      const key = `${kind}:${pmid ?? text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notices.push(pmid ? { kind, pmid, text } : { kind, text });
    }
  }
  // A banner without links ("Retracted article") adds nothing when a linked notice of its kind exists.
  return notices.filter((notice) => notice.pmid || !notices.some((other) => other.kind === notice.kind && other.pmid));
}

function extractAuthors(doc: Document, heading: Element): Author[] {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const nameEl of heading.querySelectorAll('.authors-list .authors-list-item .full-name')) {
    const fullName = textOf(nameEl);
    if (!fullName || seen.has(fullName)) continue;
    seen.add(fullName);
    authors.push(authorFromLink(fullName, nameEl.getAttribute('href')));
  }
  if (authors.length) return authors;
  // citation_authors: "Woo PC;Lau SK;…"
  for (const entry of (metaContent(doc, 'citation_authors') ?? '').split(';')) {
    const name = entry.trim();
    if (name) authors.push(authorFromSearchTerm(name) ?? { collective: name });
  }
  return authors;
}

/** "Woo PC" → family Woo, initials PC. */
function authorFromSearchTerm(term: string): Author | undefined {
  const match = /^(.+)\s+([A-Z]{1,4})$/.exec(term.trim());
  return match ? { family: match[1]!, initials: match[2]! } : undefined;
}

/** Author links search PubMed for "Family Initials" (?term=Woo+PC&cauthor_id=…), which splits
 * the displayed full name reliably; collective authors have no such term. */
function authorFromLink(fullName: string, href: string | null): Author {
  const term = href ? /[?&]term=([^&]+)/.exec(href)?.[1] : undefined;
  let decoded: string | undefined;
  try {
    decoded = term ? decodeURIComponent(term.replace(/\+/g, ' ')) : undefined;
  } catch {
    decoded = undefined;
  }
  const parsed = decoded ? authorFromSearchTerm(decoded.replace(/\[.*?\]/g, '')) : undefined;
  if (!parsed?.family) return { collective: fullName };
  const author: Author = { family: parsed.family, initials: parsed.initials };
  if (fullName.endsWith(` ${parsed.family}`)) author.given = fullName.slice(0, -parsed.family.length - 1);
  return author;
}

/** Journal, year, volume, issue, pages from span.cit ("2005 Jan;79(2):884-95.") and citation_* meta. */
function extractCitation(doc: Document, heading: Element): Partial<ArticleInput> {
  const cit = textOf(heading.querySelector('span.cit'));
  const journal = metaContent(doc, 'citation_journal_title');
  const journalAbbrev = metaContent(doc, 'citation_publisher') ?? (textOf(heading.querySelector('#full-view-journal-trigger, .journal-actions-trigger')) || undefined);
  const year = /^(\d{4})/.exec(cit)?.[1] ?? /\b(\d{4})\b/.exec(metaContent(doc, 'citation_date') ?? '')?.[1];
  const volume = /;\s*([^(:;.\s]+)/.exec(cit)?.[1] ?? metaContent(doc, 'citation_volume');
  const issue = /\(([^)]+)\)/.exec(cit)?.[1] ?? metaContent(doc, 'citation_issue');
  const pages = /:\s*([^.;\s][^;]*?)\.?$/.exec(cit)?.[1];
  const issn = metaContent(doc, 'citation_issn');
  const found = { journal, journalAbbrev, year, volume, issue, pages, issn };
  // Only the fields found: ArticleInput leaves absent ones out rather than undefined.
  const result: Partial<ArticleInput> = {};
  for (const key of Object.keys(found) as (keyof typeof found)[]) if (found[key]) result[key] = found[key];
  return result;
}

function extractReferences(details: Element): Reference[] {
  const list = details.querySelector('#references');
  if (!list) return [];
  let items = [...list.querySelectorAll('li.skip-numbering')];
  if (!items.length) items = [...list.querySelectorAll('ol.references-list > li, ul.references-list > li')];
  const references: Reference[] = [];
  for (const item of items) {
    const links = [...item.querySelectorAll('a.reference-link')];
    const text = textOf(item, { exclude: links }).replace(/(?:\s*[-–]\s*)+$/, '');
    if (!text) continue;
    references.push(referenceFrom(text, links));
  }
  return references;
}
