import type { ArticleIds, Author, Coverage, EvSource, NoteId, QcId, StudyType, TopicId } from '../model';

/** What ExoLens concluded about a reference when it was saved (exported as keywords/tags). */
export type ExoLensSummary = {
  kbVersion: string;
  topics: TopicId[];
  isEv: boolean;
  isMsc: boolean;
  evSource: EvSource[];
  studyType: StudyType[];
  qcReported: QcId[];
  coverage: Coverage;
  notes: NoteId[];
};

/** One saved reference in the local library (current schema version: see LIBRARY_SCHEMA_VERSION). */
export type LibraryEntry = {
  /** Stable identity used for dedupe and the popup's data-exolens-ref: "pmid:123", else "doi:10.x/y", else "pmcid:PMC1", else "title:<hash>". */
  key: string;
  ids: ArticleIds;
  title: string;
  authors: Author[];
  journal?: string;
  journalAbbrev?: string;
  year?: string;
  /** Publication date as MEDLINE's DP writes it ("2020 May 7", "2012 Jan", "2006"), when a
   * source gave more than the year (MEDLINE/RIS/CSL imports). Citations prefer it to `year`. */
  pubDate?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  issn?: string;
  language?: string;
  abstract?: string;
  keywords: string[];
  mesh: string[];
  publicationTypes: string[];
  exolens?: ExoLensSummary;
  /** The user's own tags and note. */
  tags: string[];
  note: string;
  addedAt: string; // ISO 8601
  updatedAt: string; // ISO 8601
};
