import type { LibraryEntry } from '../types';

/** What an importer read from a file: the references it could read, and a line for each thing it could not. */
export type ParsedReferences = { entries: LibraryEntry[]; problems: string[] };

/** Scalar fields an importer may fill (copied onto the entry only when non-empty). */
export type ImportedMetadata = Partial<
  Pick<LibraryEntry, 'journal' | 'journalAbbrev' | 'year' | 'pubDate' | 'volume' | 'issue' | 'pages' | 'issn' | 'abstract' | 'language'>
>;
