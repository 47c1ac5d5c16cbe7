/**
 * The naive baseline the analyzer is compared with in `npm run eval`: a label fires when its
 * label's main word appears anywhere in title, abstract or keywords (case-insensitive substring).
 * Deliberately simple; it shows what the analyzer's context rules add.
 */
import type { ArticleInput, EvSource, Labels, QcId, StudyType, TopicId } from '../model';

const TOPIC_WORDS: Record<TopicId, string> = {
  immunomodulation: 'immunomodulat',
  'atopic-dermatitis': 'atopic dermatitis',
  psoriasis: 'psoriasis',
  'wound-healing': 'wound',
  'scar-fibrosis': 'scar',
  'skin-aging': 'aging',
  'skin-barrier': 'barrier',
  'hair-growth': 'hair',
  pigmentation: 'pigment',
};

const QC_WORDS: Record<QcId, string> = {
  'qc-nomenclature': 'exosome',
  'qc-source-identity': 'identity',
  'qc-culture': 'culture',
  'qc-isolation': 'isolation',
  'qc-size-concentration': 'size',
  'qc-morphology': 'morphology',
  'qc-ev-markers': 'marker',
  'qc-purity': 'purity',
  'qc-dose': 'dose',
  'qc-potency': 'potency',
  'qc-safety': 'safety',
  'qc-storage': 'storage',
  'qc-manufacturing': 'manufactur',
  'qc-data-sharing': 'data sharing',
};

const SOURCE_WORDS: [EvSource, string][] = [
  ['bone-marrow-msc', 'bone marrow'],
  ['adipose-msc', 'adipose'],
  ['umbilical-cord-msc', 'umbilical'],
  ['placenta-amnion-msc', 'placenta'],
  ['ipsc-msc', 'ipsc'],
  ['dental-msc', 'dental'],
];

export function baselineLabels(input: ArticleInput): Labels {
  const text = [input.title, ...input.abstract.map((s) => s.text), ...input.keywords].join(' \n ').toLowerCase();
  const has = (w: string) => text.includes(w);
  const isEv = has('exosome') || has('vesicle');
  const isMsc = has('mesenchymal') || has('msc');
  const evSource: EvSource[] = isEv ? SOURCE_WORDS.filter(([, w]) => has(w)).map(([id]) => id) : [];
  if (isEv && evSource.length === 0) evSource.push(isMsc ? 'unspecified' : 'non-msc');
  const studyType: StudyType[] = [];
  if (has('review')) studyType.push('review');
  else {
    if (has('in vitro') || has('cells')) studyType.push('in-vitro');
    if (has('mice') || has('mouse') || has(' rat')) studyType.push('in-vivo');
    if (has('patient')) studyType.push('clinical');
    if (studyType.length === 0) studyType.push('in-vitro');
  }
  return {
    topics: (Object.keys(TOPIC_WORDS) as TopicId[]).filter((t) => has(TOPIC_WORDS[t])),
    is_ev: isEv,
    is_msc: isMsc,
    ev_source: evSource,
    study_type: studyType,
    qc: isEv ? (Object.keys(QC_WORDS) as QcId[]).filter((q) => has(QC_WORDS[q])) : [],
  };
}
