import type { ArticleInput } from '../model';

/**
 * Page data first, NCBI's where the page has none. The page's strings are kept as they are
 * (evidence offsets must point into the text the page shows, for highlighting); NCBI adds
 * what the page lacks: publication types, MeSH, notices, COI, keywords, full text, and
 * bibliographic details.
 */
export function mergeArticle(page: ArticleInput, record: ArticleInput | undefined, fullText: ArticleInput | undefined): ArticleInput {
  const merged: ArticleInput = { ...page, ids: { ...record?.ids, ...fullText?.ids, ...defined(page.ids) } };
  if (record) {
    if (!merged.title) merged.title = record.title;
    if (merged.abstract.length === 0) merged.abstract = record.abstract;
    if (merged.keywords.length === 0) merged.keywords = record.keywords;
    if (merged.mesh.length === 0) merged.mesh = record.mesh;
    if (merged.publicationTypes.length === 0) merged.publicationTypes = record.publicationTypes;
    merged.coi ??= record.coi;
    if (!merged.notices?.length) merged.notices = record.notices;
    if (!merged.authors?.length) merged.authors = record.authors;
    if (!merged.references?.length) merged.references = record.references;
    for (const field of ['journal', 'journalAbbrev', 'year', 'volume', 'issue', 'pages', 'issn', 'language'] as const) {
      merged[field] ??= record[field];
    }
  }
  if (!merged.fullText?.length && fullText?.fullText?.length) merged.fullText = fullText.fullText;
  if (!merged.coi && fullText?.coi) merged.coi = fullText.coi;
  return merged;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** What is worth keeping of an article in the cache and the library: everything but the full text. */
export function withoutFullText(input: ArticleInput): ArticleInput {
  const { fullText: _fullText, ...rest } = input;
  return rest;
}
