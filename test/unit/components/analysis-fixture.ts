/**
 * Synthetic Analysis and LibraryEntry objects for the component tests (written for these
 * tests, not taken from ../shared). Evidence offsets point into the strings below, exactly as
 * the analyzer's would, so the fixtures stay valid against utils/model.ts.
 */
import type { Analysis, Evidence, EvidenceField, NoteCall, QcCall, QcId, TopicCall } from '../../../utils/model';
import type { LibraryEntry } from '../../../utils/library/types';
import { QC_ITEMS } from '../../../utils/knowledge';
import { KB_VERSION } from '../../../utils/knowledge/kb-data';

export const SYNTHETIC_TITLE = 'Adipose stromal cell small vesicles speed diabetic wound closure in mice';

export const SYNTHETIC_ABSTRACT =
  'Exosomes were isolated from adipose-derived stromal cells by ultracentrifugation and sized by NTA. ' +
  'Vesicles expressed CD63 and TSG101 and lacked calnexin. In diabetic mice, topical vesicles accelerated wound closure ' +
  'and reduced TNF-α in macrophages.';

export const SYNTHETIC_COI = 'Two authors are founders and stockholders of a company that produces vesicle products.';

/** A span for the first occurrence of `phrase` in `source` (throws if absent, so fixtures cannot silently drift). */
export function span(field: EvidenceField, index: number, source: string, phrase: string): Evidence {
  const start = source.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { field, index, start, end: start + phrase.length, text: phrase };
}

const abstractSpan = (phrase: string) => span('abstract', 0, SYNTHETIC_ABSTRACT, phrase);

const REPORTED: Partial<Record<QcId, Evidence[]>> = {
  'qc-nomenclature': [abstractSpan('Exosomes')],
  'qc-isolation': [abstractSpan('ultracentrifugation')],
  'qc-size-concentration': [abstractSpan('NTA')],
  'qc-ev-markers': [abstractSpan('CD63'), abstractSpan('TSG101')],
  'qc-purity': [abstractSpan('calnexin')],
};

export const WOUND_TOPIC: TopicCall = {
  id: 'wound-healing',
  confidence: 0.91,
  evidence: [abstractSpan('wound closure'), span('title', 0, SYNTHETIC_TITLE, 'diabetic wound closure')],
};

export const IMMUNO_TOPIC: TopicCall = {
  id: 'immunomodulation',
  confidence: 0.55,
  evidence: [abstractSpan('TNF-α'), abstractSpan('macrophages')],
};

export function qcCalls(reported: Partial<Record<QcId, Evidence[]>> = REPORTED): QcCall[] {
  return QC_ITEMS.map(({ id }) => {
    const evidence = reported[id];
    return evidence ? { id, status: 'reported', evidence } : { id, status: 'not-found', evidence: [] };
  });
}

export const COI_NOTE: NoteCall = { id: 'coi-industry', evidence: [span('coi', 0, SYNTHETIC_COI, SYNTHETIC_COI)] };

export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    kbVersion: KB_VERSION,
    coverage: 'abstract',
    topics: [WOUND_TOPIC, IMMUNO_TOPIC],
    facets: {
      isEv: true,
      isMsc: true,
      evSource: ['adipose-msc'],
      studyType: ['in-vivo'],
      evidence: {
        isEv: [abstractSpan('Exosomes')],
        isMsc: [abstractSpan('adipose-derived stromal cells')],
        evSource: { 'adipose-msc': [abstractSpan('adipose-derived stromal cells')] },
        studyType: { 'in-vivo': [abstractSpan('diabetic mice')] },
      },
    },
    qc: qcCalls(),
    notes: [COI_NOTE],
    ...overrides,
  };
}

export const REPORTED_QC_COUNT = Object.keys(REPORTED).length;

export function makeEntry(overrides: Partial<LibraryEntry> & Pick<LibraryEntry, 'key' | 'title'>): LibraryEntry {
  return {
    ids: {},
    authors: [{ family: 'Doe', initials: 'J' }, { family: 'Roe', initials: 'R' }, { family: 'Poe', initials: 'E' }],
    journal: 'Journal of Synthetic Dermatology',
    journalAbbrev: 'J Synth Dermatol',
    year: '2021',
    keywords: [],
    mesh: [],
    publicationTypes: ['Journal Article'],
    tags: [],
    note: '',
    addedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function exolensSummary(topics: TopicCall['id'][], qcReported: QcId[] = []): NonNullable<LibraryEntry['exolens']> {
  return {
    kbVersion: KB_VERSION,
    topics,
    isEv: true,
    isMsc: true,
    evSource: [],
    studyType: [],
    qcReported,
    coverage: 'abstract',
    notes: [],
  };
}
