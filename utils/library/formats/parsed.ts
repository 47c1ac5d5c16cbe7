import type { ArticleIds, Author } from '../../model';
import { entryKey } from '../entry';
import { readExolensKeywords } from '../exolens-tags';
import { normaliseIds } from '../text';
import type { LibraryEntry } from '../types';

/** What an importer read from a file: the references it could read, and a line for each thing it could not. */
export type ParsedReferences = { entries: LibraryEntry[]; problems: string[] };

/** Scalar fields an importer may fill (copied onto the entry only when non-empty). */
export type ImportedMetadata = Partial<
  Pick<LibraryEntry, 'journal' | 'journalAbbrev' | 'year' | 'pubDate' | 'volume' | 'issue' | 'pages' | 'issn' | 'abstract' | 'language'>
>;

/** What a line-based importer (RIS, MEDLINE) collected for one record. */
export type ImportedRecord = {
  line: number;
  meta: ImportedMetadata;
  ids: ArticleIds;
  title: string;
  authors: Author[];
  /** Keyword values as written: ExoLens tags and user tags are told apart here. */
  keywordValues: string[];
  mesh: string[];
  publicationTypes: string[];
  note: string;
  stamp: string;
};

/** The entry for one imported record; problems with its keywords are added to `problems`. */
export function importedEntry(record: ImportedRecord, problems: string[]): LibraryEntry {
  const keywords = readExolensKeywords(record.keywordValues);
  problems.push(...keywords.problems.map((problem) => `Record at line ${record.line}: ${problem}`));
  const ids = normaliseIds(record.ids);
  const entry: LibraryEntry = {
    ...record.meta,
    key: entryKey(ids, record.title),
    ids,
    title: record.title,
    authors: record.authors,
    keywords: keywords.keywords,
    mesh: record.mesh,
    publicationTypes: record.publicationTypes,
    tags: keywords.tags,
    note: record.note,
    addedAt: record.stamp,
    updatedAt: record.stamp,
  };
  if (keywords.exolens) entry.exolens = keywords.exolens;
  return entry;
}
