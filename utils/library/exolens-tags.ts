/**
 * How an ExoLens summary and the user's tags travel inside bibliographic formats: as keywords
 * (RIS KW, MEDLINE OT, BibTeX keywords, CSL keyword, CSV columns) of the form
 * "ExoLens <kind>: <value>". Values are the labels below; reading also accepts the ids.
 *
 * These labels are an export vocabulary, deliberately kept apart from the KB's display
 * labels: files written today must still read back after the KB rewords an item.
 *
 *   ExoLens topic: Wound healing        one per topic, in the summary's order
 *   ExoLens QC: Isolation method        one per QC item reported
 *   ExoLens note: Industry COI          one per record note
 *   ExoLens source: Adipose MSC         one per EV source
 *   ExoLens study: In vivo              one per study type
 *   ExoLens EV: yes | no                ExoLensSummary.isEv
 *   ExoLens MSC: yes | no               ExoLensSummary.isMsc
 *   ExoLens coverage: abstract | full text
 *   ExoLens KB: <kbVersion>
 *   ExoLens tag: <user tag>             one per user tag
 */
import type { Coverage, EvSource, NoteId, QcId, StudyType, TopicId } from '../model';
import type { ExoLensSummary } from './types';

export const TOPIC_LABELS: Record<TopicId, string> = {
  immunomodulation: 'Immunomodulation',
  'atopic-dermatitis': 'Atopic dermatitis',
  psoriasis: 'Psoriasis',
  'wound-healing': 'Wound healing',
  'scar-fibrosis': 'Scar and skin fibrosis',
  'skin-aging': 'Skin aging',
  'skin-barrier': 'Skin barrier',
  'hair-growth': 'Hair growth',
  pigmentation: 'Pigmentation',
};

export const QC_LABELS: Record<QcId, string> = {
  'qc-nomenclature': 'EV nomenclature',
  'qc-source-identity': 'Producer-cell identity',
  'qc-culture': 'Culture conditions',
  'qc-isolation': 'Isolation method',
  'qc-size-concentration': 'Particle size and concentration',
  'qc-morphology': 'Morphology',
  'qc-ev-markers': 'EV marker proteins',
  'qc-purity': 'Purity',
  'qc-dose': 'Dose reporting',
  'qc-potency': 'Potency assay',
  'qc-safety': 'Safety testing',
  'qc-storage': 'Storage and stability',
  'qc-manufacturing': 'Manufacturing',
  'qc-data-sharing': 'Data sharing',
};

export const NOTE_LABELS: Record<NoteId, string> = {
  'coi-industry': 'Industry COI',
  retracted: 'Retracted',
  corrected: 'Corrected',
  regulatory: 'Regulatory notice',
};

export const EV_SOURCE_LABELS: Record<EvSource, string> = {
  'bone-marrow-msc': 'Bone marrow MSC',
  'adipose-msc': 'Adipose MSC',
  'umbilical-cord-msc': 'Umbilical cord MSC',
  'placenta-amnion-msc': 'Placenta or amnion MSC',
  'ipsc-msc': 'iPSC-derived MSC',
  'dental-msc': 'Dental MSC',
  'other-msc': 'Other MSC',
  'non-msc': 'Non-MSC',
  unspecified: 'Unspecified source',
};

export const STUDY_TYPE_LABELS: Record<StudyType, string> = {
  review: 'Review',
  'in-vitro': 'In vitro',
  'in-vivo': 'In vivo',
  clinical: 'Clinical',
};

const COVERAGE_LABELS: Record<Coverage, string> = { abstract: 'abstract', 'full-text': 'full text' };

export const TOPIC_IDS = Object.keys(TOPIC_LABELS) as TopicId[];
export const QC_IDS = Object.keys(QC_LABELS) as QcId[];
export const NOTE_IDS = Object.keys(NOTE_LABELS) as NoteId[];
export const EV_SOURCE_IDS = Object.keys(EV_SOURCE_LABELS) as EvSource[];
export const STUDY_TYPE_IDS = Object.keys(STUDY_TYPE_LABELS) as StudyType[];
export const COVERAGE_IDS = Object.keys(COVERAGE_LABELS) as Coverage[];

const PREFIX = 'ExoLens ';

/** The keywords that carry a summary and the user's tags, in a fixed order. */
export function exolensKeywords(summary: ExoLensSummary | undefined, userTags: readonly string[]): string[] {
  const out: string[] = [];
  if (summary) {
    for (const id of summary.topics) out.push(`${PREFIX}topic: ${TOPIC_LABELS[id]}`);
    for (const id of summary.qcReported) out.push(`${PREFIX}QC: ${QC_LABELS[id]}`);
    for (const id of summary.notes) out.push(`${PREFIX}note: ${NOTE_LABELS[id]}`);
    for (const id of summary.evSource) out.push(`${PREFIX}source: ${EV_SOURCE_LABELS[id]}`);
    for (const id of summary.studyType) out.push(`${PREFIX}study: ${STUDY_TYPE_LABELS[id]}`);
    out.push(`${PREFIX}EV: ${summary.isEv ? 'yes' : 'no'}`);
    out.push(`${PREFIX}MSC: ${summary.isMsc ? 'yes' : 'no'}`);
    out.push(`${PREFIX}coverage: ${COVERAGE_LABELS[summary.coverage]}`);
    out.push(`${PREFIX}KB: ${summary.kbVersion}`);
  }
  for (const tag of userTags) out.push(`${PREFIX}tag: ${tag}`);
  return out;
}

export type ReadKeywords = {
  /** Undefined when no "ExoLens …" summary keyword was present. */
  exolens?: ExoLensSummary;
  tags: string[];
  /** The article's own keywords (everything that is not an ExoLens keyword). */
  keywords: string[];
  problems: string[];
};

// Reverse maps (lower-cased id or label → id), built once per table: imports read many keywords.
const reverseMaps = new WeakMap<object, Map<string, string>>();

function lookup<Id extends string>(labels: Record<Id, string>, value: string): Id | undefined {
  let reverse = reverseMaps.get(labels);
  if (!reverse) {
    reverse = new Map();
    for (const id of Object.keys(labels) as Id[]) {
      reverse.set(id.toLowerCase(), id);
      reverse.set(labels[id].toLowerCase(), id);
    }
    reverseMaps.set(labels, reverse);
  }
  return reverse.get(value.trim().toLowerCase()) as Id | undefined;
}

const EXOLENS_KEYWORD = /^exolens\s+(topic|qc|note|source|study|ev|msc|coverage|kb|tag)\s*:\s*(.*)$/i;

/**
 * Splits imported keywords into the article's keywords, the user's tags and an ExoLens
 * summary. A keyword that looks like ours but names an unknown value is kept as a plain
 * keyword and reported, so nothing is lost.
 */
export function readExolensKeywords(values: readonly string[]): ReadKeywords {
  const summary: ExoLensSummary = {
    kbVersion: '',
    topics: [],
    isEv: false,
    isMsc: false,
    evSource: [],
    studyType: [],
    qcReported: [],
    coverage: 'abstract',
    notes: [],
  };
  let sawSummary = false;
  const tags: string[] = [];
  const keywords: string[] = [];
  const problems: string[] = [];
  const pushUnique = <T>(list: T[], item: T) => {
    if (!list.includes(item)) list.push(item);
  };

  for (const value of values) {
    const match = value.match(EXOLENS_KEYWORD);
    const kind = match?.[1]?.toLowerCase();
    const text = match?.[2]?.trim() ?? '';
    if (!kind) {
      keywords.push(value);
      continue;
    }
    if (kind === 'tag') {
      if (text) pushUnique(tags, text);
      continue;
    }
    let understood = true;
    switch (kind) {
      case 'topic': {
        const id = lookup(TOPIC_LABELS, text);
        if (id) pushUnique(summary.topics, id);
        else understood = false;
        break;
      }
      case 'qc': {
        const id = lookup(QC_LABELS, text);
        if (id) pushUnique(summary.qcReported, id);
        else understood = false;
        break;
      }
      case 'note': {
        const id = lookup(NOTE_LABELS, text);
        if (id) pushUnique(summary.notes, id);
        else understood = false;
        break;
      }
      case 'source': {
        const id = lookup(EV_SOURCE_LABELS, text);
        if (id) pushUnique(summary.evSource, id);
        else understood = false;
        break;
      }
      case 'study': {
        const id = lookup(STUDY_TYPE_LABELS, text);
        if (id) pushUnique(summary.studyType, id);
        else understood = false;
        break;
      }
      case 'ev':
      case 'msc': {
        const flag = text.toLowerCase();
        if (flag === 'yes' || flag === 'no') {
          if (kind === 'ev') summary.isEv = flag === 'yes';
          else summary.isMsc = flag === 'yes';
        } else understood = false;
        break;
      }
      case 'coverage': {
        const id = lookup(COVERAGE_LABELS, text);
        if (id) summary.coverage = id;
        else understood = false;
        break;
      }
      case 'kb':
        summary.kbVersion = text;
        break;
    }
    if (understood) sawSummary = true;
    else {
      keywords.push(value);
      problems.push(`Unknown ExoLens keyword kept as a plain keyword: "${value}"`);
    }
  }
  return sawSummary ? { exolens: summary, tags, keywords, problems } : { tags, keywords, problems };
}
