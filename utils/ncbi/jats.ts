/**
 * PMC full text: `efetch.fcgi?db=pmc` returns JATS articles inside <pmc-articleset>.
 * Body sections are flattened into labelled TextSections ("Methods › Exosome isolation") so the
 * analyzer can quote evidence from Methods, and the UI can say where it came from.
 */
import type { ArticleIds, ArticleInput, Author, Notice, NoticeKind, Reference, TextSection } from '../model';
import { withDefined } from './defined';
import { normalizeDoi, normalizePmcid } from './ids';
import { attr, child, children, cleanText, descendants, parseXml, path, type Element } from './xml';

/** Separator between nested section titles in a full-text label. */
export const SECTION_PATH_SEPARATOR = ' › ';

/** Elements whose text must not run into their neighbours' when flattened. */
const BLOCK_ELEMENTS = new Set([
  'p', 'title', 'label', 'caption', 'list-item', 'fig', 'table-wrap', 'table-wrap-foot', 'def-item', 'term', 'def',
  'disp-quote', 'boxed-text', 'supplementary-material', 'statement', 'fn', 'speech', 'verse-line',
]);
/** Not prose: table cells, formulae (TeX/MathML source) and graphics. */
const SKIPPED_ELEMENTS = new Set(['table', 'disp-formula', 'inline-formula', 'tex-math', 'mml:math', 'graphic', 'object-id']);
const FLATTEN = { blockNames: BLOCK_ELEMENTS, skipNames: SKIPPED_ELEMENTS };
/** Children of a <sec> that are not part of its own running text. */
const SECTION_STRUCTURE = new Set(['title', 'label', 'sec', 'sec-meta']);
const COI_TITLE = /\b(competing|conflicts?|declarations?) of interests?\b|\bcompeting interests?\b|\bdisclosures?\b/i;
const COI_FN_TYPES = new Set(['conflict', 'COI-statement', 'coi-statement']);
/** JATS article-type → the PubMed publication type the analyzer already knows. */
const PUBLICATION_TYPES: Record<string, string> = {
  'research-article': 'Journal Article',
  'review-article': 'Review',
  'systematic-review': 'Systematic Review',
  'case-report': 'Case Reports',
  editorial: 'Editorial',
  letter: 'Letter',
  correction: 'Published Erratum',
  retraction: 'Retraction of Publication',
  'expression-of-concern': 'Expression of Concern',
};
/** <related-article related-article-type> values that mean the same as a PubMed CommentsCorrections link. */
const RELATED_NOTICES: Record<string, NoticeKind> = {
  'corrected-article': 'erratum-for',
  'retracted-article': 'retraction-of',
  'object-of-concern': 'expression-of-concern-in',
  'commentary-article': 'comment-on',
};

export function parsePmcArticleSet(xml: string): ArticleInput[] {
  const root = parseXml(xml, ['pmc-articleset', 'article']).documentElement;
  if (!root) return [];
  const articles = root.nodeName === 'article' ? [root] : children(root, 'article');
  return articles.map(parseJatsArticle);
}

function parseJatsArticle(article: Element): ArticleInput {
  const front = child(article, 'front');
  const meta = child(front, 'article-meta');
  const journalMeta = child(front, 'journal-meta');
  const body = child(article, 'body');
  const back = child(article, 'back');

  const fullText = [...bodySections(body), ...backSections(back)];
  const input: ArticleInput = {
    ids: articleIds(meta),
    title: cleanText(path(meta, 'title-group', 'article-title'), FLATTEN) ?? '',
    abstract: abstractSections(meta),
    keywords: [
      ...new Set(children(meta, 'kwd-group').flatMap((group) => children(group, 'kwd').map((kwd) => cleanText(kwd, FLATTEN)))),
    ].filter((keyword): keyword is string => keyword !== undefined),
    mesh: [],
    publicationTypes: [PUBLICATION_TYPES[attr(article, 'article-type') ?? '']].filter((type) => type !== undefined),
    notices: relatedNotices(meta),
    authors: authors(meta),
    references: references(back),
  };
  const journalIds = children(journalMeta, 'journal-id');
  const journalAbbrev = ['iso-abbrev', 'nlm-ta']
    .map((type) => journalIds.find((id) => attr(id, 'journal-id-type') === type))
    .map((id) => cleanText(id))
    .find((value) => value !== undefined);
  return withDefined(input, {
    coi: conflictOfInterest(article),
    fullText: fullText.length > 0 ? fullText : undefined,
    journal: cleanText(path(journalMeta, 'journal-title-group', 'journal-title')),
    journalAbbrev,
    year: publicationYear(meta),
    volume: cleanText(child(meta, 'volume')),
    issue: cleanText(child(meta, 'issue')),
    pages: pages(meta),
    issn: cleanText(child(journalMeta, 'issn')),
    language: attr(article, 'xml:lang'),
  });
}

function articleIds(meta: Element | undefined): ArticleIds {
  const ids: ArticleIds = {};
  for (const id of children(meta, 'article-id')) {
    const value = cleanText(id);
    if (!value) continue;
    const type = attr(id, 'pub-id-type');
    if (type === 'pmid') ids.pmid ??= value;
    else if (type === 'pmc' || type === 'pmcid') ids.pmcid ??= normalizePmcid(value);
    else if (type === 'doi') ids.doi ??= normalizeDoi(value);
  }
  return ids;
}

/** The main abstract (not a graphical abstract or teaser); titled <sec>s become labelled sections. */
function abstractSections(meta: Element | undefined): TextSection[] {
  const abstracts = children(meta, 'abstract');
  const main = abstracts.find((abstract) => attr(abstract, 'abstract-type') === undefined) ?? abstracts[0];
  if (!main) return [];
  const sections = children(main, 'sec');
  if (sections.length === 0) {
    const text = cleanText(main, { ...FLATTEN, skipNames: new Set([...SKIPPED_ELEMENTS, 'title']) });
    return text ? [{ text }] : [];
  }
  return sections.flatMap((section) => flattenSection(section, []));
}

/**
 * One TextSection per <sec> that has running text of its own, labelled with the path of titles
 * from the top. Text directly in <body> (outside any <sec>, as in short corrections) is one
 * unlabelled section.
 */
function bodySections(body: Element | undefined): TextSection[] {
  if (!body) return [];
  const sections: TextSection[] = [];
  const loose = ownText(body);
  if (loose) sections.push({ text: loose });
  for (const section of children(body, 'sec')) sections.push(...flattenSection(section, []));
  return sections;
}

/** Acknowledgements, notes (funding, data availability, competing interests) and appendices. */
function backSections(back: Element | undefined): TextSection[] {
  const sections: TextSection[] = [];
  for (const part of children(back)) {
    if (part.nodeName === 'ack' || part.nodeName === 'notes' || part.nodeName === 'sec') {
      sections.push(...flattenSection(part, []));
    } else if (part.nodeName === 'app-group') {
      for (const appendix of children(part, 'app')) sections.push(...flattenSection(appendix, []));
    }
  }
  return sections;
}

function flattenSection(section: Element, parentTitles: string[]): TextSection[] {
  const title = cleanText(child(section, 'title'), FLATTEN);
  const titles = title ? [...parentTitles, title] : parentTitles;
  const sections: TextSection[] = [];
  const text = ownText(section);
  if (text) {
    sections.push(titles.length > 0 ? { label: titles.join(SECTION_PATH_SEPARATOR), text } : { text });
  }
  for (const nested of children(section, 'sec')) sections.push(...flattenSection(nested, titles));
  return sections;
}

/** Text of a section's own content, excluding its title and nested sections. */
function ownText(section: Element): string | undefined {
  const parts = children(section)
    .filter((part) => !SECTION_STRUCTURE.has(part.nodeName))
    .map((part) => cleanText(part, FLATTEN))
    .filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** fn-type="conflict" / "COI-statement" footnotes, else a section titled "Competing interests" or similar. */
function conflictOfInterest(article: Element): string | undefined {
  for (const footnote of descendants(article, 'fn')) {
    if (COI_FN_TYPES.has(attr(footnote, 'fn-type') ?? '')) {
      const text = cleanText(footnote, { ...FLATTEN, skipNames: new Set([...SKIPPED_ELEMENTS, 'title', 'label']) });
      if (text) return text;
    }
  }
  for (const section of descendants(article, 'sec')) {
    if (COI_TITLE.test(cleanText(child(section, 'title')) ?? '')) {
      const text = ownText(section);
      if (text) return text;
    }
  }
  for (const notes of descendants(article, 'notes')) {
    if (attr(notes, 'notes-type') === 'COI-statement' && children(notes, 'sec').length === 0) {
      const text = ownText(notes);
      if (text) return text;
    }
  }
  return undefined;
}

function relatedNotices(meta: Element | undefined): Notice[] {
  const notices: Notice[] = [];
  for (const related of children(meta, 'related-article')) {
    const kind = RELATED_NOTICES[attr(related, 'related-article-type') ?? ''];
    if (!kind) continue;
    const link = attr(related, 'xlink:href');
    const linkType = attr(related, 'ext-link-type');
    if (linkType === 'pubmed' && link && /^\d+$/.test(link)) notices.push({ kind, pmid: link });
    else if (linkType === 'doi' && link) notices.push({ kind, text: `doi:${link}` });
    else notices.push({ kind });
  }
  return notices;
}

function authors(meta: Element | undefined): Author[] {
  const found: Author[] = [];
  for (const group of children(meta, 'contrib-group')) {
    for (const contrib of children(group, 'contrib')) {
      if ((attr(contrib, 'contrib-type') ?? 'author') !== 'author') continue;
      const collab = cleanText(child(contrib, 'collab'), FLATTEN);
      const name = child(contrib, 'name');
      if (name) {
        found.push(withDefined<Author>({}, { family: cleanText(child(name, 'surname')), given: cleanText(child(name, 'given-names')) }));
      } else if (collab) {
        found.push({ collective: collab });
      }
    }
  }
  return found;
}

function references(back: Element | undefined): Reference[] {
  return children(back, 'ref-list')
    .flatMap((list) => descendants(list, 'ref'))
    .map((ref) => {
      const citation =
        child(ref, 'mixed-citation') ?? child(ref, 'element-citation') ?? child(ref, 'citation') ?? child(ref, 'nlm-citation');
      const ids: { pmid?: string; pmcid?: string; doi?: string } = {};
      for (const id of descendants(citation, 'pub-id')) {
        const value = cleanText(id) ?? '';
        const type = attr(id, 'pub-id-type');
        if (type === 'pmid' && /^\d+$/.test(value)) ids.pmid ??= value;
        else if (type === 'pmcid' || type === 'pmc') ids.pmcid ??= normalizePmcid(value);
        else if (type === 'doi') ids.doi ??= normalizeDoi(value);
      }
      const text = citation?.nodeName === 'mixed-citation' ? cleanText(citation) : formatStructuredCitation(citation);
      return withDefined<Reference>({ text: text ?? '' }, ids);
    });
}

/**
 * <element-citation> holds fields without punctuation; render them in the usual
 * "Authors. Title. Source. Year;Volume(Issue):First–Last." order.
 */
function formatStructuredCitation(citation: Element | undefined): string | undefined {
  if (!citation) return undefined;
  const names = descendants(citation, 'name')
    .map((name) => [cleanText(child(name, 'surname')), cleanText(child(name, 'given-names'))].filter(Boolean).join(' '))
    .filter((name) => name !== '');
  const collab = cleanText(child(citation, 'collab'));
  const people = [...names, ...(collab ? [collab] : [])];
  const title = cleanText(child(citation, 'article-title')) ?? cleanText(child(citation, 'chapter-title'));
  const source = cleanText(child(citation, 'source'));
  const year = cleanText(child(citation, 'year'));
  const volume = cleanText(child(citation, 'volume'));
  const issue = cleanText(child(citation, 'issue'));
  const first = cleanText(child(citation, 'fpage')) ?? cleanText(child(citation, 'elocation-id'));
  const last = cleanText(child(citation, 'lpage'));
  let locator = year ?? '';
  if (volume) locator += `;${volume}`;
  if (issue) locator += `(${issue})`;
  if (first) locator += `:${first}${last ? `–${last}` : ''}`;
  const parts = [people.join(', '), title, source, locator].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return cleanText(citation);
  return parts.map((part) => (/[.?!]$/.test(part) ? part : `${part}.`)).join(' ');
}

/** The earliest year among the article's <pub-date>s (print/collection/epub differ by months). */
function publicationYear(meta: Element | undefined): string | undefined {
  const years = children(meta, 'pub-date')
    .map((date) => cleanText(child(date, 'year')))
    .filter((year): year is string => year !== undefined && /^\d{4}$/.test(year))
    .sort();
  return years[0];
}

function pages(meta: Element | undefined): string | undefined {
  const first = cleanText(child(meta, 'fpage'));
  const last = cleanText(child(meta, 'lpage'));
  if (first) return last && last !== first ? `${first}-${last}` : first;
  return cleanText(child(meta, 'elocation-id'));
}
