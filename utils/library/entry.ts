/**
 * Library entries: building one from an analysed article, naming it, finding its duplicate
 * and merging a fresh copy into a saved one.
 */
import type { Analysis, ArticleIds, ArticleInput } from '../model';
import { hashText, normaliseIds, normaliseTitle } from './text';
import type { ExoLensSummary, LibraryEntry } from './types';

/** "pmid:123", else "doi:10.x/y", else "pmcid:PMC1", else "title:<hash of the normalised title>". */
export function entryKey(ids: ArticleIds, title: string): string {
  const clean = normaliseIds(ids);
  if (clean.pmid) return `pmid:${clean.pmid}`;
  if (clean.doi) return `doi:${clean.doi}`;
  if (clean.pmcid) return `pmcid:${clean.pmcid}`;
  return `title:${hashText(normaliseTitle(title))}`;
}

export function summaryFromAnalysis(analysis: Analysis): ExoLensSummary {
  return {
    kbVersion: analysis.kbVersion,
    topics: analysis.topics.map((topic) => topic.id),
    isEv: analysis.facets.isEv,
    isMsc: analysis.facets.isMsc,
    evSource: [...analysis.facets.evSource],
    studyType: [...analysis.facets.studyType],
    qcReported: analysis.qc.filter((item) => item.status === 'reported').map((item) => item.id),
    coverage: analysis.coverage,
    notes: analysis.notes.map((note) => note.id),
  };
}

/** Abstract sections as "Label: text" paragraphs separated by a newline; undefined when there is none. */
function joinAbstract(sections: ArticleInput['abstract']): string | undefined {
  const paragraphs = sections
    .filter((section) => section.text.trim().length > 0)
    .map((section) => (section.label ? `${section.label}: ${section.text}` : section.text));
  return paragraphs.length > 0 ? paragraphs.join('\n') : undefined;
}

export function entryFromArticle(input: ArticleInput, analysis: Analysis | undefined, now: Date): LibraryEntry {
  const ids = normaliseIds(input.ids);
  const stamp = now.toISOString();
  const entry: LibraryEntry = {
    key: entryKey(ids, input.title),
    ids,
    title: input.title,
    authors: (input.authors ?? []).map((author) => ({ ...author })),
    keywords: [...input.keywords],
    mesh: [...input.mesh],
    publicationTypes: [...input.publicationTypes],
    tags: [],
    note: '',
    addedAt: stamp,
    updatedAt: stamp,
  };
  const abstract = joinAbstract(input.abstract);
  if (abstract !== undefined) entry.abstract = abstract;
  if (analysis) entry.exolens = summaryFromAnalysis(analysis);
  for (const field of ARTICLE_METADATA_FIELDS) {
    const value = input[field];
    if (value) entry[field] = value;
  }
  return entry;
}

/** Optional scalar metadata that ArticleInput and LibraryEntry share. */
const ARTICLE_METADATA_FIELDS = [
  'journal',
  'journalAbbrev',
  'year',
  'volume',
  'issue',
  'pages',
  'issn',
  'language',
] as const satisfies readonly (keyof LibraryEntry & keyof ArticleInput)[];

/** What a merge fills in when the saved copy lacks it. */
const FILLABLE_FIELDS = [...ARTICLE_METADATA_FIELDS, 'pubDate', 'abstract'] as const;

/**
 * Whether two id sets name the same article: compared on the first identifier both carry,
 * PMID, then DOI (case-insensitive), then PMCID. Two different PMIDs are two PubMed records
 * and never merge, even if a DOI was mis-assigned. Entries without any identifier compare
 * by their title key.
 */
export function sameArticle(a: LibraryEntry, b: LibraryEntry): boolean {
  const x = normaliseIds(a.ids);
  const y = normaliseIds(b.ids);
  if (x.pmid && y.pmid) return x.pmid === y.pmid;
  if (x.doi && y.doi) return x.doi === y.doi;
  if (x.pmcid && y.pmcid) return x.pmcid === y.pmcid;
  const noIds = (ids: ArticleIds) => !ids.pmid && !ids.doi && !ids.pmcid;
  if (noIds(x) && noIds(y)) return entryKey(x, a.title) === entryKey(y, b.title);
  return false;
}

export function findDuplicate(entries: readonly LibraryEntry[], candidate: LibraryEntry): LibraryEntry | undefined {
  return entries.find((entry) => sameArticle(entry, candidate));
}

function unionStrings(first: readonly string[], second: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set(first.map(fold));
  const out = [...first];
  for (const item of second) {
    const folded = fold(item);
    if (!seen.has(folded)) {
      seen.add(folded);
      out.push(item);
    }
  }
  return out;
}

/**
 * A saved entry updated with a fresh copy of the same article: the saved key, addedAt and the
 * user's note stay (the incoming note is used only when the saved one is empty), user tags are
 * united, missing identifiers and metadata are filled in, and the ExoLens summary is replaced
 * by the incoming one when it has one.
 */
export function mergeEntries(existing: LibraryEntry, incoming: LibraryEntry): LibraryEntry {
  const merged: LibraryEntry = {
    ...existing,
    ids: normaliseIds({ ...incoming.ids, ...existing.ids }),
    title: existing.title || incoming.title,
    authors: existing.authors.length > 0 ? existing.authors : incoming.authors,
    keywords: existing.keywords.length > 0 ? existing.keywords : incoming.keywords,
    mesh: existing.mesh.length > 0 ? existing.mesh : incoming.mesh,
    publicationTypes: existing.publicationTypes.length > 0 ? existing.publicationTypes : incoming.publicationTypes,
    tags: unionStrings(existing.tags, incoming.tags, (tag) => tag.toLowerCase()),
    note: existing.note || incoming.note,
    updatedAt: incoming.updatedAt > existing.updatedAt ? incoming.updatedAt : existing.updatedAt,
  };
  for (const field of FILLABLE_FIELDS) {
    const value = incoming[field];
    if (!merged[field] && value) merged[field] = value;
  }
  const exolens = incoming.exolens ?? existing.exolens;
  if (exolens) merged.exolens = exolens;
  return merged;
}
