/**
 * The plain data that flows through ExoLens: what a page or NCBI says about an article
 * (ArticleInput), and what the analyzer concludes (Analysis). No browser APIs here: these
 * types are shared by content scripts, the background, the popup, Node scripts and tests.
 */

export type ArticleIds = {
  pmid?: string;
  pmcid?: string; // always "PMC" + digits
  doi?: string; // lower-cased, no "https://doi.org/" prefix
};

/** One titled block of text: an abstract section ("Background", "Methods"…) or a full-text section. */
export type TextSection = {
  label?: string;
  text: string;
};

export type Author = {
  family?: string;
  given?: string;
  initials?: string;
  /** Collective authors ("The XYZ Consortium") have only a name. */
  collective?: string;
};

/** Comments and corrections that PubMed links to a record. */
export type NoticeKind =
  | 'retraction-in' // this article was retracted by another record
  | 'retraction-of' // this record retracts another article
  | 'erratum-in'
  | 'erratum-for'
  | 'expression-of-concern-in'
  | 'comment-in'
  | 'comment-on'
  | 'update-in';

export type Notice = { kind: NoticeKind; pmid?: string; text?: string };

export type Reference = { text: string; pmid?: string; pmcid?: string; doi?: string };

/**
 * What is known of one article: from a page's DOM, from NCBI E-utilities, or both merged.
 * Text fields are as the source gave them (whitespace collapsed); evidence offsets in an
 * Analysis point into exactly these strings.
 */
export type ArticleInput = {
  ids: ArticleIds;
  title: string;
  abstract: TextSection[]; // [] when the article has none
  keywords: string[];
  mesh: string[];
  publicationTypes: string[];
  coi?: string;
  /** Full-text sections (PMC pages, or JATS from efetch db=pmc). Absent = abstract only. */
  fullText?: TextSection[];
  notices?: Notice[];
  // Bibliographic metadata (for the library and citations).
  authors?: Author[];
  journal?: string; // full journal title
  journalAbbrev?: string; // ISO / MEDLINE abbreviation
  year?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  issn?: string;
  language?: string;
  references?: Reference[];
};

// ---------------------------------------------------------------------------------------
// Analysis

/** Which string of an ArticleInput a span points into. `index` selects the array element
 * (abstract section, keyword, MeSH term, full-text section); title and coi use index 0. */
export type EvidenceField = 'title' | 'abstract' | 'keywords' | 'mesh' | 'coi' | 'fullText' | 'publicationTypes';

export type Evidence = {
  field: EvidenceField;
  index: number;
  start: number; // UTF-16 offsets into the original string, end exclusive
  end: number;
  text: string; // === original.slice(start, end)
};

export type TopicId =
  | 'immunomodulation'
  | 'atopic-dermatitis'
  | 'psoriasis'
  | 'wound-healing'
  | 'scar-fibrosis'
  | 'skin-aging'
  | 'skin-barrier'
  | 'hair-growth'
  | 'pigmentation';

export type EvSource =
  | 'bone-marrow-msc'
  | 'adipose-msc'
  | 'umbilical-cord-msc'
  | 'placenta-amnion-msc'
  | 'ipsc-msc'
  | 'dental-msc'
  | 'other-msc'
  | 'non-msc'
  | 'unspecified';

export type StudyType = 'review' | 'in-vitro' | 'in-vivo' | 'clinical';

export type QcId =
  | 'qc-nomenclature'
  | 'qc-source-identity'
  | 'qc-culture'
  | 'qc-isolation'
  | 'qc-size-concentration'
  | 'qc-morphology'
  | 'qc-ev-markers'
  | 'qc-purity'
  | 'qc-dose'
  | 'qc-potency'
  | 'qc-safety'
  | 'qc-storage'
  | 'qc-manufacturing'
  | 'qc-data-sharing';

export type NoteId = 'coi-industry' | 'retracted' | 'corrected' | 'regulatory';

export type Coverage = 'abstract' | 'full-text';

export type TopicCall = { id: TopicId; confidence: number; evidence: Evidence[] };

export type QcCall = { id: QcId; status: 'reported' | 'not-found'; evidence: Evidence[] };

export type NoteCall = { id: NoteId; evidence: Evidence[] };

export type Facets = {
  isEv: boolean;
  isMsc: boolean;
  evSource: EvSource[];
  studyType: StudyType[];
  evidence: {
    isEv: Evidence[];
    isMsc: Evidence[];
    evSource: Partial<Record<EvSource, Evidence[]>>;
    studyType: Partial<Record<StudyType, Evidence[]>>;
  };
};

export type Analysis = {
  kbVersion: string;
  coverage: Coverage;
  topics: TopicCall[]; // only the topics that apply, most confident first
  facets: Facets;
  qc: QcCall[]; // all 14 items in KB order (when isEv is false every item is 'not-found')
  notes: NoteCall[];
};

/** The label shape of ../shared/devset/devset.jsonl, used by the analyze / eval CLIs. */
export type Labels = {
  topics: TopicId[];
  is_ev: boolean;
  is_msc: boolean;
  ev_source: EvSource[];
  study_type: StudyType[];
  qc: QcId[];
};
