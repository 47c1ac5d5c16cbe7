/**
 * The ExoLens analyzer: ArticleInput → Analysis (topics, facets, MISEV QC items, notes), every
 * call backed by evidence spans that are exact slices of the input strings.
 *
 * How it decides (see utils/knowledge/kb-data.ts for the words):
 * - All KB phrases are compiled once into one token trie (matcher.ts). Each article field is
 *   normalised, tokenised into sentences and matched in a single pass.
 * - A cue is voided by an overlapping false friend of the same label ("scratch wound healing
 *   assay", "retinal pigment epithelium"), by a sentence veto context, or — for QC methods — by a
 *   negator just before it ("without ultracentrifugation").
 * - Topic scores weigh title ×2 and author keywords / MeSH ×1.5, cap each sentence at one full
 *   cue, and halve background sentences ("Background:" sections, "have been used", "although")
 *   and hedged ones ("might benefit", "are warranted"); study-type cues are halved there too.
 *   Skin-only cues ("rejuvenate", "alpha-SMA") do not count in documents that never mention skin.
 * - QC items named in hedged sentences ("will require GMP manufacturing") are not reported.
 * - Immune cues in sentences about AD, psoriasis or wounds are the disease biology, not the
 *   `immunomodulation` topic (TAXONOMY §4).
 * Deterministic, no regex built per call, linear in input size.
 */
import type {
  Analysis, ArticleInput, Evidence, EvidenceField, EvSource, Facets, Labels, NoteCall, QcCall, QcId, StudyType, TopicCall, TopicId,
} from '../model';
import { KB_LABELS } from '../knowledge/kb-labels';
import { CONTEXT_IDS, type ContextId, type CueDef, type CueOpts, type KnowledgeBase } from '../knowledge/types';
import {
  F_USER, intern, Lexicon, MatchBuffer, restartTokens, restoreVocabulary, setSuffixAlias, setWordFlag, tokenize, vocabularySnapshot, wordFlags, words,
  type LexiconSnapshot, type Match, type Tokens, type VocabularySnapshot,
} from './matcher';
import { allocU32, allocU8, doubled } from './arena';
import { normalize, originalIndex, type Normalized } from './normalize';

// ---------------------------------------------------------------------------------------
// Compilation: the label slots at module load, the knowledge base's words at installKnowledgeBase

type CueKind = 'cue' | 'ff' | 'neg' | 'qcneg';
type CueRef = {
  kind: CueKind;
  owner: number;
  weight: number;
  opts: CueOpts | undefined;
  /** Context options as bitmasks (0 = none), computed once. */
  reqMask: number;
  vetoMask: number;
  docMask: number;
};

// A sentence's contexts are one 32-bit mask (30 of 32 bits in use).
if (CONTEXT_IDS.length > 32) throw new Error(`${CONTEXT_IDS.length} contexts: a context mask holds 32`);
const CONTEXT_BIT = new Map<ContextId, number>(CONTEXT_IDS.map((c, i) => [c, 1 << i]));

// Owner slots: one per label that collects cues.
const TOPIC_IDS: TopicId[] = KB_LABELS.topics.map((t) => t.id);
const QC_IDS: QcId[] = KB_LABELS.qc.map((q) => q.id);
const SOURCE_IDS: EvSource[] = KB_LABELS.evSources.map((s) => s.id);
const STUDY_IDS: StudyType[] = KB_LABELS.studyTypes.map((s) => s.id);
const O_TOPIC = 0;
const O_ISEV = O_TOPIC + TOPIC_IDS.length;
const O_ISMSC = O_ISEV + 1;
const O_SOURCE = O_ISMSC + 1;
const O_STUDY = O_SOURCE + SOURCE_IDS.length;
const O_EXPERIMENTAL = O_STUDY + STUDY_IDS.length;
const O_QC = O_EXPERIMENTAL + 1;
const O_COI = O_QC + QC_IDS.length;
const O_LINK = O_COI + 1;
const OWNER_COUNT = O_LINK + 1;

/** The phrases being compiled (index = the id their matches carry), until setTables has them; and their trie. */
const REFS: CueRef[] = [];
const LEXICON = new Lexicon();
/** Vocabulary flag of words allowed between a source word and its EV word (KB sourceLinks). */
const F_LINK = F_USER;
/**
 * Link words that are prepositions ("EVs from keratinocytes", "secreted by", "of"): they join a
 * source that follows the EV word, never one before it ("macrophages from exosome-treated mice").
 */
const F_PREPOSITION = F_USER << 4;
for (const w of ['from', 'by', 'of']) setWordFlag(w, F_PREPOSITION);
/**
 * "by" after the EV word names the source only after a participle ("exosomes secreted by
 * keratinocytes"), not after the vesicles themselves ("uptake of exosomes by macrophages").
 */
const F_AGENT = F_USER << 5;
const F_PARTICIPLE = F_USER << 6;
setWordFlag('by', F_AGENT);
for (const w of ['derived', 'secreted', 'released', 'isolated', 'produced', 'obtained', 'originated', 'generated', 'shed', 'extracted', 'purified']) setWordFlag(w, F_PARTICIPLE);
/** "per": an amount after it is the unit of a measure ("tube length per 10^9 particles"), not a dose. */
const F_PER = F_USER << 7;
setWordFlag('per', F_PER);
/** Forms of "be", which may stand between MSCs and what was done to them ("MSCs were primed"). */
const F_BE = F_USER << 8;
for (const w of ['is', 'are', 'was', 'were', 'been']) setWordFlag(w, F_BE);
/** The verbs a measured size follows (MEASURED_SIZE_RE): where measuredSizeHits tries the pattern. */
const F_MEASURED = F_USER << 11;
/** "studies", "trials": in the plural, other people's work ("animal studies and clinical trials have shown"). */
const F_STUDY_NOUN = F_USER << 12;
for (const w of ['study', 'trial']) setWordFlag(w, F_STUDY_NOUN);
/** "models" after these words names the literature's models (see namesStudiesOfOthers). */
const W_MODEL = intern('model');
const W_ANIMAL = intern('animal');
const W_PRECLINICAL = intern('preclinical');
const W_STEM = intern('stem');
const W_CELL = intern('cell');
/** Words that may stand between what was done to MSCs and them ("IFN-γ-primed human MSCs"). */
const F_SPECIES = F_USER << 9;
for (const w of ['human', 'murine', 'mouse', 'rat', 'porcine', 'canine', 'equine', 'rabbit', 'primary', 'autologous', 'allogeneic']) setWordFlag(w, F_SPECIES);
/** "and", "or": they join the items of a list of sources (walkSourceList). */
const F_COORD = F_USER << 13;
for (const w of ['and', 'or']) setWordFlag(w, F_COORD);
/** Words that open a list of sources after the EV word ("exosomes from many cells, including …", "such as", "e.g."). */
const F_LIST_INTRO = F_USER << 14;
for (const w of [
  'including', 'include', 'such', 'as', 'e', 'g', 'especially', 'particularly', 'mainly', 'mostly', 'namely', 'notably', 'primarily',
  'several', 'various', 'different', 'many', 'multiple', 'diverse', 'other', 'source', 'kind',
]) {
  setWordFlag(w, F_LIST_INTRO);
}
/** Modal verbs and "be", which may stand between the EV word and its participle ("EVs can be derived from"). */
const F_MODAL = F_USER << 15;
for (const w of ['can', 'could', 'may', 'might', 'be', 'also']) setWordFlag(w, F_MODAL);
/** Count words and people nouns, for countedPeople(). */
const F_COUNT = F_USER << 1;
const F_PEOPLE = F_USER << 2;
/** Animal words (KB context animal): "42 adult male rats" counts no people. */
const F_ANIMAL = F_USER << 10;

function maskOf(ids: readonly ContextId[] | undefined): number {
  let m = 0;
  for (const c of ids ?? []) m |= CONTEXT_BIT.get(c) ?? 0;
  return m;
}

function register(phrase: string, partial: Omit<CueRef, 'reqMask' | 'vetoMask' | 'docMask'>, ownerVeto = 0): void {
  const o = partial.opts;
  const ref: CueRef = { ...partial, reqMask: maskOf(o?.req), vetoMask: maskOf(o?.veto) | ownerVeto, docMask: maskOf(o?.doc ? [o.doc] : undefined) };
  REFS.push(ref);
  LEXICON.add(phrase, REFS.length - 1);
}

/** An owner's cues and false friends; `veto` (a topic's) voids all of its cues in those contexts. */
function registerCues(owner: number, cues: CueDef[], falseFriends: string[], veto?: ContextId[]): void {
  const ownerVeto = maskOf(veto);
  for (const cue of cues) {
    if (typeof cue === 'string') register(cue, { kind: 'cue', owner, weight: 1, opts: undefined }, ownerVeto);
    else register(cue[0], { kind: 'cue', owner, weight: cue[1], opts: cue[2] }, ownerVeto);
  }
  for (const ff of falseFriends) register(ff, { kind: 'ff', owner, weight: 0, opts: undefined });
}

/** Vocabulary flag of words that end a QC negation's scope ("not measured by NTA, but by TEM"). */
const F_CLAUSE = F_USER << 3;
for (const w of ['but', 'whereas', 'however']) setWordFlag(w, F_CLAUSE);
for (const w of [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
]) setWordFlag(w, F_COUNT);
/** Magnitudes of populations, not of study groups ("60 million people"), see countAt. */
const F_MAGNITUDE = F_USER << 22;
for (const w of ['million', 'millions', 'billion', 'billions']) setWordFlag(w, F_MAGNITUDE);

const I_AD = TOPIC_IDS.indexOf('atopic-dermatitis');
const I_PSO = TOPIC_IDS.indexOf('psoriasis');
const I_WOUND = TOPIC_IDS.indexOf('wound-healing');
const I_IMMUNO = TOPIC_IDS.indexOf('immunomodulation');
const I_PIG = TOPIC_IDS.indexOf('pigmentation');
const I_AGING = TOPIC_IDS.indexOf('skin-aging');
const I_SCAR = TOPIC_IDS.indexOf('scar-fibrosis');
/**
 * Words that make a scar a measured outcome a few words on ("reduced scar formation", "inhibit
 * scar formation", "reducing the scar width"): a wound study that reports it studies the scar.
 */
const F_LESSENS = F_USER << 20;
for (const w of [
  'reduce', 'reduced', 'reducing', 'reduction', 'inhibit', 'inhibited', 'inhibiting', 'inhibition', 'decrease', 'decreased',
  'decreasing', 'attenuate', 'attenuated', 'attenuating', 'prevent', 'prevented', 'preventing', 'prevention', 'suppress',
  'suppressed', 'suppressing', 'minimize', 'minimized', 'minimizing', 'alleviate', 'alleviated', 'alleviating', 'ameliorate',
  'ameliorated', 'ameliorating', 'improve', 'improved', 'improving',
]) {
  setWordFlag(w, F_LESSENS);
}
/** Vocabulary flag of reagents (KB reagents): a µg or mg amount next to one is no vesicle dose. */
const F_REAGENT = F_USER << 21;
/** How many words before a scar cue a lessening word may stand (F_LESSENS). */
const LESSENS_REACH = 3;
/** Skin-aging cues below this weight (collagen, dermal thickness, elasticity) are also repair's biology. */
const WEAK_AGING = 0.5;
/** Wound-healing cues up to this weight ("skin regeneration", "skin injury", "healing") are also rejuvenation's words. */
const WEAK_WOUND = 0.5;
/** Scar cues up to this weight are signalling and marker words (TGF-β/Smad, Smad2/3, α-SMA, "fibrotic"): no scar-fibrosis on their own. */
const WEAK_SCAR = 0.4;
const S_NON_MSC = SOURCE_IDS.indexOf('non-msc');
const S_UNSPEC = SOURCE_IDS.indexOf('unspecified');
const S_CORD = SOURCE_IDS.indexOf('umbilical-cord-msc');
const S_PLACENTA = SOURCE_IDS.indexOf('placenta-amnion-msc');

/** Is a cue owner one of the MSC tissues of ev_source (not non-msc, not unspecified)? */
function isMscTissueOwner(owner: number): boolean {
  return owner >= O_SOURCE && owner < O_SOURCE + SOURCE_IDS.length && owner !== O_SOURCE + S_NON_MSC && owner !== O_SOURCE + S_UNSPEC;
}
const ST_REVIEW = STUDY_IDS.indexOf('review');
const ST_VITRO = STUDY_IDS.indexOf('in-vitro');
const ST_VIVO = STUDY_IDS.indexOf('in-vivo');
const ST_CLIN = STUDY_IDS.indexOf('clinical');
const Q_DOSE = QC_IDS.indexOf('qc-dose');
const Q_NOMENCLATURE = QC_IDS.indexOf('qc-nomenclature');
const Q_STORAGE = QC_IDS.indexOf('qc-storage');
const Q_SIZE = QC_IDS.indexOf('qc-size-concentration');
const B_GENERAL_PROPERTIES = CONTEXT_BIT.get('generalProperties') ?? 0;
const B_EV = CONTEXT_BIT.get('ev') ?? 0;
const B_HEDGE = CONTEXT_BIT.get('hedge') ?? 0;
const B_BACKGROUND = CONTEXT_BIT.get('background') ?? 0;
const B_KNOWN_FACTS = CONTEXT_BIT.get('knownFacts') ?? 0;
const B_MSC = CONTEXT_BIT.get('msc') ?? 0;
const B_COSMETIC = CONTEXT_BIT.get('cosmetic') ?? 0;
const B_SYSTEMIC_IMMUNE = CONTEXT_BIT.get('systemicImmune') ?? 0;
const B_CLINICAL_HUMAN = CONTEXT_BIT.get('clinicalHuman') ?? 0;
const B_OTHER_TISSUE = CONTEXT_BIT.get('otherTissue') ?? 0;
const B_SKIN_SITE = CONTEXT_BIT.get('skinSite') ?? 0;
const B_DONOR = CONTEXT_BIT.get('donor') ?? 0;
const B_VITILIGO = CONTEXT_BIT.get('vitiligo') ?? 0;
const B_YIELD = CONTEXT_BIT.get('yield') ?? 0;
const B_RNA_EXOSOME = CONTEXT_BIT.get('rnaExosome') ?? 0;
const B_SECRETED_FACTORS = CONTEXT_BIT.get('secretedFactors') ?? 0;
const B_OTHER_SOURCES = CONTEXT_BIT.get('otherSources') ?? 0;

/**
 * EV amounts: "25 µg/mL", "2 g/L", "1.5 × 10^7 particles/mL", "1 × 10^8 EVs per mouse", "100 µg of
 * exosomes", "50 mg protein/kg", "5 × 10^9 particles per 10^6 cells", "20 mg/vial", "50 billion human
 * exosomes", "2.0 × 10^8 nano vesicles" (µ is already "micro"). A count may name the vesicles' source
 * in one word between ("3 × 10^6 MSC-derived EVs", "10^9 hUCMSC-exos"). A power of ten whose superscript a page
 * lost ("× 108 particles") still reads as one: the "^" is optional; PubMed's plain text writes it in
 * parentheses ("2 × 10(8) particles").
 * Nanograms are a cytokine's ("primed with IFN-γ at 50 ng/mL"), not the vesicles'. A count of
 * vesicles needs its power of ten: "12 exosomes" is no amount. Not amounts: a buoyant density ("1.11 g/mL": grams
 * per mL only with a prefix) and a particle-to-protein ratio ("particles/µg", purity). Sticky: tried
 * only where a word starts with a digit (see doseHits).
 */
const DOSE_RE =
  /\b\d+(?:[.,]\d+)?\s?(?:(?:x\s?10\s?(?:\^\s?|\()?|\^\s?)\d{1,2}\)?\s?(?:[a-z0-9-]+\s|[a-z0-9]+-)?(?:evs?|sevs?|exosomes?|exos?|(?:nano[\s-]?)?vesicles?|extracellular vesicles)\b|(?:million|billion|trillion)\s(?:[a-z]+\s)?(?:evs?|sevs?|exosomes?|exos?|vesicles?|extracellular vesicles|particles)\b|(?:x\s?10\s?(?:\^\s?|\()?\d{1,2}\)?\s?)?(?:(?:micro|u|m)g\s?(?:(?:exosomal |ev |exosome )?protein\s?)?(?:\/|per)\s?(?:ml|l|kg|mouse|rat|animal|well|injection|dose|day|cm2|vial)|g\s?(?:\/|per)\s?(?:l|kg)\b|particles?\s?(?:\/|per)\s?(?:ml|l|kg|mouse|rat|well|injection|dose|cell|10\s?\^?\s?\d{1,2}\s?cells?\b)|particles(?!\s?(?:\/|per)\s?(?:micro|u)g\b)|(?:micro|u)g\b))/iy;
/** An amount counted in particles or vesicles (a DOSE_RE match), not in mass. */
const VESICLE_AMOUNT = /particle|vesicle|exo|\bs?evs?\b/i;
/**
 * A size the study measured: a verb of finding, then within the clause a number or range of nm
 * ("hAECs-Exo ranged from 50 to 150 nm", "the exosomes were 24.8 nm in diameter", "had diameters
 * from 50 to 200 nm"). A definition is in the present tense ("exosomes are 30-150 nm", "ranging
 * from 40 to 160 nm") and names none of these verbs. Not a wavelength ("measured at 450 nm") or a
 * filter's pores ("were passed through a 220 nm filter") or a laser's
 * wavelength ("showed ASC-CM combined with 10,600nm carbon dioxide fractional laser").
 */
const MEASURED_SIZE_VERBS = ['ranged', 'were', 'was', 'had', 'showed', 'displayed', 'exhibited', 'measured', 'averaged', 'revealed'];
/** Sticky: tried at a MEASURED_SIZE_VERBS word before an "nm" (see measuredSizeHits). */
const MEASURED_SIZE_RE = new RegExp(
  `(?:${MEASURED_SIZE_VERBS.join('|')})\\b[^.;\\n]{0,60}?(?<!\\bat |[,.])\\b\\d{1,4}(?:\\.\\d+)?\\s?(?:(?:-|~|to|and)\\s?\\d{1,4}(?:\\.\\d+)?\\s?)?nm`,
  'iy',
);
for (const w of MEASURED_SIZE_VERBS) setWordFlag(w, F_MEASURED);
/** What follows "… nm" when it is no vesicle size (see MEASURED_SIZE_RE). Sticky, tried right after "nm". */
const NOT_A_SIZE_AFTER = /\s?(?:filter|pore|membrane|mesh|wavelength|laser|light|led|diode|carbon|co2|fractional|excitation|emission)/iy;
/** How many words before "nm" the verb of a measured size may stand. */
const MEASURED_SIZE_REACH = 16;
/**
 * Words that count vesicles: "levels of circulating microparticles", "the number of EVs", "EV counts",
 * "MPs were quantified by flow cytometry" (see countedVesicleAt). A study that counts its vesicles
 * reports their concentration, as biomarker studies of patients' EVs do.
 */
const F_VESICLE_COUNT = F_USER << 16;
for (const w of ['level', 'number', 'count', 'quantity']) setWordFlag(w, F_VESICLE_COUNT);
/** Verbs of counting after the vesicles and a form of "be" ("EVs were quantified"). */
const F_COUNTED = F_USER << 17;
for (const w of ['quantified', 'counted', 'enumerated']) setWordFlag(w, F_COUNTED);
const W_OF = intern('of');
/** Words that end the phrase between "levels of" and the vesicles: the count is of something else. */
const F_VESICLE_BREAK = F_USER << 18;
for (const w of ['in', 'within', 'into', 'on', 'with', 'to', 'than']) setWordFlag(w, F_VESICLE_BREAK);
/** "a", "an": "a high level of EVs", "a number of EVs" say much or several, and count nothing. */
const W_A = intern('a');
const W_AN = intern('an');
const F_MUCH = F_USER << 19;
for (const w of ['high', 'large', 'great', 'huge', 'vast', 'small', 'low', 'certain', 'substantial', 'considerable']) setWordFlag(w, F_MUCH);
/** How many words may describe a source after "from"/"of"/"by" ("exosomes from reparative M2-like macrophages"). */
const SOURCE_DESCRIPTION_WORDS = 3;
/** How many words may stand between "levels of" and the vesicles ("levels of circulating endothelial cell microparticles"). */
const VESICLE_COUNT_REACH = 3;
// "−80 °C" normalises to "-80  deg c" (the degree sign becomes " deg "): spaces vary.
const STORAGE_TEMP_RE = /-\s*(?:80|70|20|196)\s*(?:deg\s*c?|c)\b/gi;

const REVIEW_PUBTYPES = /^(review|systematic review|meta-analysis|scoping review|practice guideline|guideline|consensus development conference)/i;
const CLINICAL_PUBTYPES = /^(clinical trial|randomized controlled trial|controlled clinical trial|case reports|clinical study|observational study|pragmatic clinical trial|equivalence trial|multicenter study)/i;
const RETRACTED_PUBTYPE = /^retracted publication$/i;
const CORRECTED_PUBTYPE = /^corrected and republished article$/i;
// Module constants, not literals in the functions: a regex literal is a new object at each evaluation.
const IN_VIVO = /\bin vivo\b/i;
const IN_VITRO = /\bin vitro\b/i;

// ---------------------------------------------------------------------------------------
// Per-article state

type FieldDoc = {
  field: EvidenceField;
  index: number;
  /** Section label (abstract / full-text sections), lower-cased; '' when none. */
  label: string;
  original: string;
  norm: Normalized;
  tokens: Tokens;
  /** Valid cue matches (after false friends, vetoes, negation, containment). */
  cues: Match[];
  /** Context bitmask per sentence. */
  sentCtx: Uint32Array;
  /** Every context of the field: its sentences' contexts ORed. */
  ctx: number;
  /** 1 on negator words ("without", "no"…), indexed from tokens.from; null when the field has none. */
  negAt: Uint8Array | null;
  weight: number;
  /** Evidence rank of the field (fieldRank). */
  rank: number;
  /**
   * 1 on tokens (indexed from tokens.from) that name a non-MSC source the article ties to its
   * vesicles (sourceMentions); null when there is none. Such words are the source, not a topic or
   * a QC item.
   */
  sourceTokens: Uint8Array | null;
};

const FIELD_WEIGHT: Record<EvidenceField, number> = { title: 2, keywords: 1.5, mesh: 1.5, abstract: 1, coi: 0, fullText: 1, publicationTypes: 0 };

const K_CUE = 0;
const K_FF = 1;
const K_NEG = 2;
const K_QCNEG = 3;
const KIND_CODE: Record<CueKind, number> = { cue: K_CUE, ff: K_FF, neg: K_NEG, qcneg: K_QCNEG };
// Hot fields of REFS as flat arrays (the per-match loop touches no objects), set by installKnowledgeBase.
let REF_KIND = new Uint8Array(0);
let REF_OWNER = new Int32Array(0);
let REF_REQ = new Int32Array(0);
let REF_VETO = new Int32Array(0);
/**
 * The boolean cue options (CueOpts) as bits: C_NEG, C_PLURAL, C_PRODUCER, C_FINDING, C_CONCEPT,
 * C_OWN_CASE, C_GENERIC, C_CARRIER, C_PRODUCT, C_SKIN_UNLESS_OTHER_TISSUE.
 */
let REF_FLAGS = new Uint16Array(0);
const C_NEG = 1;
const C_PLURAL = 2;
const C_PRODUCER = 4;
const C_FINDING = 8;
const C_CONCEPT = 16;
const C_OWN_CASE = 32;
const C_GENERIC = 64;
const C_CARRIER = 128;
const C_PRODUCT = 256;
const C_SKIN_UNLESS_OTHER_TISSUE = 512;
const C_NAMES_NO_ANIMAL = 1024;
/** What a cue names for modifiesProducer: R_MSC (an MSC word or MSC tissue), R_EV (an EV word), or 0. */
let REF_ROLE = new Uint8Array(0);
const R_MSC = 1;
const R_EV = 2;
let REF_WEIGHT = new Float64Array(0);
let REF_DOC = new Int32Array(0);
let REF_QC = new Uint8Array(0);
/** Each topic's own veto contexts (KB topic `veto`) by owner slot, for keywords and MeSH terms (see analyze). */
let TOPIC_VETO = new Int32Array(OWNER_COUNT);
/** KB vetoLifts as flat pairs: context bit, then the bits that lift its veto. */
let VETO_LIFTS = new Int32Array(0);
/** Words in the knowledge base's longest phrase: no match is longer (see prepareField). */
let LONGEST_PHRASE = 0;
/** Version of the installed knowledge base; null until one is installed. */
let kbVersion: string | null = null;
const MATCHES = new MatchBuffer();

/** The ids of a KB list in order, checked against TAXONOMY's (KB_LABELS): owner slots are by position. */
function checkIds(what: string, entries: readonly { id: string }[], expected: readonly string[]): void {
  const ids = entries.map((e) => e.id).join(', ');
  if (ids !== expected.join(', ')) throw new Error(`knowledge base: ${what} are [${ids}], expected [${expected.join(', ')}]`);
}

/** True when `version` is installed already; throws when another one is (one per realm). */
function alreadyInstalled(version: string): boolean {
  if (kbVersion === null) return false;
  if (version === kbVersion) return true;
  throw new Error(`knowledge base ${kbVersion} is installed; cannot install ${version} as well`);
}

/**
 * Compiles a knowledge base into the analyzer. Once per realm: the matcher's vocabulary is module
 * state, so installing the same version again does nothing and another version throws. The
 * background, the CLIs and tests install KB_DATA (./analyze.ts); content scripts install its
 * compiled form from the package's kb.bin (installCompiledKnowledgeBase).
 */
export function installKnowledgeBase(kb: KnowledgeBase): void {
  if (alreadyInstalled(kb.version)) return;
  checkIds('topics', kb.topics, TOPIC_IDS);
  checkIds('QC items', kb.qc, QC_IDS);
  checkIds('EV sources', kb.evSources, SOURCE_IDS);
  checkIds('study types', kb.studyTypes, STUDY_IDS);
  kb.topics.forEach((t, i) => registerCues(O_TOPIC + i, t.cues, t.falseFriends, t.veto));
  registerCues(O_ISEV, kb.isEv.cues, kb.isEv.falseFriends);
  registerCues(O_ISMSC, kb.isMsc.cues, kb.isMsc.falseFriends);
  kb.evSources.forEach((s, i) => registerCues(O_SOURCE + i, s.cues, s.falseFriends));
  kb.studyTypes.forEach((s, i) => registerCues(O_STUDY + i, s.cues, s.falseFriends));
  registerCues(O_EXPERIMENTAL, kb.experimental, []);
  kb.qc.forEach((q, i) => registerCues(O_QC + i, q.cues, q.falseFriends));
  registerCues(O_COI, kb.notes.find((n) => n.id === 'coi-industry')?.cues ?? [], []);
  for (const c of CONTEXT_IDS) for (const p of kb.contexts[c] ?? []) LEXICON.addContext(p, CONTEXT_BIT.get(c) ?? 0);
  for (const p of kb.negators) register(p, { kind: 'neg', owner: 0, weight: 0, opts: undefined });
  for (const p of kb.qcNegations) register(p, { kind: 'qcneg', owner: 0, weight: 0, opts: undefined });
  for (const p of kb.sourceLinks) for (const w of words(p)) setWordFlag(w, F_LINK);
  for (const w of kb.reagents) setWordFlag(w, F_REAGENT);
  for (const [suffix, word] of kb.suffixAliases) setSuffixAlias(suffix, word);
  for (const p of kb.contexts.clinicalHuman) for (const w of words(p)) setWordFlag(w, F_PEOPLE);
  for (const p of kb.contexts.animal) for (const w of words(p)) setWordFlag(w, F_ANIMAL);
  setTables({
    kind: REFS.map((r) => KIND_CODE[r.kind]),
    owner: REFS.map((r) => r.owner),
    req: REFS.map((r) => r.reqMask),
    veto: REFS.map((r) => r.vetoMask),
    flags: REFS.map(({ opts: o }) =>
      (o?.neg ? C_NEG : 0) | (o?.plural ? C_PLURAL : 0) | (o?.producer ? C_PRODUCER : 0) | (o?.finding ? C_FINDING : 0) |
      (o?.concept ? C_CONCEPT : 0) | (o?.ownCase ? C_OWN_CASE : 0) | (o?.generic ? C_GENERIC : 0) | (o?.carrier ? C_CARRIER : 0) |
      (o?.product ? C_PRODUCT : 0) | (o?.skinUnlessOtherTissue ? C_SKIN_UNLESS_OTHER_TISSUE : 0) |
      (o?.namesNoAnimal ? C_NAMES_NO_ANIMAL : 0)),
    weight: REFS.map((r) => r.weight),
    doc: REFS.map((r) => r.docMask),
  }, kb.topics.map((t) => maskOf(t.veto)), kb.vetoLifts.flatMap((l) => [CONTEXT_BIT.get(l.context) ?? 0, maskOf(l.liftedBy)]));
  REFS.length = 0; // the tables hold all of it now
  kbVersion = kb.version;
}

/** The per-phrase tables of a compiled knowledge base: entry i belongs to the phrase whose matches carry id i. */
type PhraseTables = Record<'kind' | 'owner' | 'req' | 'veto' | 'flags' | 'weight' | 'doc', ArrayLike<number>>;

function setTables(refs: PhraseTables, topicVeto: ArrayLike<number>, vetoLifts: ArrayLike<number>): void {
  REF_KIND = Uint8Array.from(refs.kind);
  REF_OWNER = Int32Array.from(refs.owner);
  REF_REQ = Int32Array.from(refs.req);
  REF_VETO = Int32Array.from(refs.veto);
  REF_FLAGS = Uint16Array.from(refs.flags);
  REF_WEIGHT = Float64Array.from(refs.weight);
  REF_ROLE = Uint8Array.from(refs.kind, (kind, i) => {
    const owner = refs.owner[i] ?? 0;
    const weight = refs.weight[i] ?? 0;
    if (kind !== K_CUE) return 0;
    if ((owner === O_ISMSC && weight >= 1) || isMscTissueOwner(owner)) return R_MSC;
    return owner === O_ISEV && weight >= 0.5 ? R_EV : 0;
  });
  REF_DOC = Int32Array.from(refs.doc);
  REF_QC = Uint8Array.from(refs.kind, (kind, i) => (kind === K_CUE && (refs.owner[i] ?? 0) >= O_QC && (refs.owner[i] ?? 0) < O_QC + QC_IDS.length ? 1 : 0));
  TOPIC_VETO = Int32Array.from({ length: OWNER_COUNT }, (_, o) => (o < O_ISEV ? (topicVeto[o - O_TOPIC] ?? 0) : 0));
  VETO_LIFTS = Int32Array.from(vetoLifts);
  LONGEST_PHRASE = LEXICON.longestPhrase;
}

/**
 * A knowledge base compiled into the analyzer's tables, as data: what the build writes to the
 * package (kb.bin, see kb-binary.ts). Content scripts install it in a few milliseconds, where
 * compiling the phrases (normalising, stemming, British forms, the trie) took ~50 ms a page.
 */
export type CompiledKnowledgeBase = {
  format: typeof COMPILED_FORMAT;
  version: string;
  vocabulary: VocabularySnapshot;
  lexicon: LexiconSnapshot;
  phrases: PhraseTables;
  /** Each topic's own veto contexts (bitmask), in TAXONOMY order. */
  topicVeto: ArrayLike<number>;
  vetoLifts: ArrayLike<number>;
};

/** Bumped when the compiled form changes shape (a package always carries its own kb.bin). */
const COMPILED_FORMAT = 'exolens-compiled-kb/2';

/** The installed knowledge base in compiled form (see CompiledKnowledgeBase). */
export function compiledKnowledgeBase(): CompiledKnowledgeBase {
  if (kbVersion === null) throw new Error('compiledKnowledgeBase: no knowledge base installed');
  return {
    format: COMPILED_FORMAT,
    version: kbVersion,
    vocabulary: vocabularySnapshot(),
    lexicon: LEXICON.snapshot(),
    phrases: {
      kind: [...REF_KIND], owner: [...REF_OWNER], req: [...REF_REQ], veto: [...REF_VETO], flags: [...REF_FLAGS],
      weight: [...REF_WEIGHT], doc: [...REF_DOC],
    },
    topicVeto: [...TOPIC_VETO.subarray(O_TOPIC, O_ISEV)],
    vetoLifts: [...VETO_LIFTS],
  };
}

/** Installs a compiled knowledge base, with installKnowledgeBase's once-per-realm rule. */
export function installCompiledKnowledgeBase(compiled: CompiledKnowledgeBase): void {
  if (compiled?.format !== COMPILED_FORMAT) throw new Error(`not a compiled knowledge base of format ${COMPILED_FORMAT}`);
  if (alreadyInstalled(compiled.version)) return;
  restoreVocabulary(compiled.vocabulary);
  LEXICON.restore(compiled.lexicon);
  setTables(compiled.phrases, compiled.topicVeto, compiled.vetoLifts);
  kbVersion = compiled.version;
}
/**
 * prepareField's false friends in the field being prepared (module scratch: analysis is
 * synchronous): owner, first token and end token of each. A field has none or one or two, so a
 * cue checks a short list rather than a mask per owner.
 */
let FF_OWNER = new Int32Array(16);
let FF_T0 = new Int32Array(16);
let FF_T1 = new Int32Array(16);

function prepareField(field: EvidenceField, index: number, original: string, label?: string): FieldDoc {
  const norm = normalize(original);
  const tokens = tokenize(norm.text, label);
  const all = MATCHES;
  const from = tokens.from;
  const count = tokens.to - from;
  const sentence = tokens.sentence;
  const sentCount = (count > 0 ? (sentence[tokens.to - 1] ?? 0) : 0) + 1;
  const sentCtx = allocU32(sentCount);
  LEXICON.match(tokens, all, sentCtx);
  let negAt: Uint8Array | null = null;
  let qcNegEnd: Uint32Array | null = null;
  // False friends: a cue that overlaps a false friend of its owner is void.
  let ffCount = 0;
  let cueCount = 0;
  const matchCount = all.count;
  const ids = all.id;
  const t0s = all.t0;
  const t1s = all.t1;
  for (let k = 0; k < matchCount; k++) {
    const id = ids[k] ?? 0;
    const kind = REF_KIND[id];
    const t0 = t0s[k] ?? 0;
    if (kind === K_NEG) {
      negAt ??= allocU8(count);
      negAt.fill(1, t0 - from, (t1s[k] ?? 0) - from);
    } else if (kind === K_QCNEG) {
      // The first one in its sentence opens the scope (1 + its end token, 0 = none).
      qcNegEnd ??= allocU32(sentCount);
      const s = sentence[t0] ?? 0;
      if (!qcNegEnd[s]) qcNegEnd[s] = (t1s[k] ?? 0) + 1;
    } else if (kind === K_FF) {
      if (ffCount === FF_OWNER.length) growFalseFriends();
      FF_OWNER[ffCount] = REF_OWNER[id] ?? 0;
      FF_T0[ffCount] = t0;
      FF_T1[ffCount] = t1s[k] ?? 0;
      ffCount++;
    } else cueCount++;
  }
  const cues: Match[] = [];
  // The first false friend that can still overlap a cue: cues come by first token, and a false
  // friend that starts a phrase length before one ends before it.
  let ffFirst = 0;
  for (let k = 0; cueCount > 0 && k < matchCount; k++) {
    const id = ids[k] ?? 0;
    if (REF_KIND[id] !== K_CUE) continue;
    cueCount--;
    const t0 = t0s[k] ?? 0;
    const t1 = t1s[k] ?? 0;
    if (ffCount) {
      while (ffFirst < ffCount && (FF_T0[ffFirst] ?? 0) + LONGEST_PHRASE <= t0) ffFirst++;
      if (overlapsFalseFriend(ffFirst, ffCount, REF_OWNER[id] ?? 0, t0, t1)) continue;
    }
    const ctx = sentCtx[sentence[t0] ?? 0] ?? 0;
    const req = REF_REQ[id] ?? 0;
    // vetoing(ctx) is a subset of ctx: most cues meet no veto context and skip it.
    const veto = (REF_VETO[id] ?? 0) & ctx;
    if (veto && veto & vetoing(ctx)) continue;
    if (req && !(req & ctx)) continue;
    const flags = REF_FLAGS[id] ?? 0;
    if (flags) {
      if (flags & C_NEG && negatedBefore(negAt, t0, tokens)) continue;
      if (flags & C_PLURAL && !endsPlural(norm.text, tokens, t1 - 1)) continue;
      if (flags & C_PRODUCER && !modifiesProducer(all, k, tokens, norm.text, ffFirst, ffCount)) continue;
    }
    if (qcNegEnd && REF_QC[id] && inQcNegation(qcNegEnd, t0, tokens, norm.text)) continue;
    keepLongest(id, t0, t1, cues);
  }
  flushLongest(cues);
  let ctx = 0;
  for (let s = 0; s < sentCount; s++) ctx |= sentCtx[s] ?? 0;
  return { field, index, label: label ? label.toLowerCase() : '', original, norm, tokens, cues, sentCtx, ctx, negAt, weight: FIELD_WEIGHT[field], rank: fieldRank(field), sourceTokens: null };
}

/** The contexts of a sentence (bitmask) that veto cues there: all but those lifted (KB vetoLifts). */
function vetoing(ctx: number): number {
  let out = ctx;
  for (let k = 0; k < VETO_LIFTS.length; k += 2) if (ctx & (VETO_LIFTS[k + 1] ?? 0)) out &= ~(VETO_LIFTS[k] ?? 0);
  return out;
}

/** Are tokens t and t + 1 of one sentence with no clause punctuation (, ; : . ! ?) between them? */
function joined(d: FieldDoc, t: number): boolean {
  return joinedTokens(d.tokens, d.norm.text, t);
}

/** joined() for tokens not yet in a FieldDoc (prepareField's own). */
function joinedTokens(tokens: Tokens, text: string, t: number): boolean {
  const { sentence, start, end } = tokens;
  if (sentence[t] !== sentence[t + 1]) return false;
  for (let k = end[t] ?? 0, stop = start[t + 1] ?? 0; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63) return false;
  }
  return true;
}

/** Is token t a link word (KB sourceLinks); `before`: between a source and the EV word after it. */
function isLink(d: FieldDoc, t: number, before: boolean): boolean {
  const flags = wordFlags(d.tokens.id[t] ?? 0);
  if (!(flags & F_LINK)) return false;
  if (before) return !(flags & F_PREPOSITION);
  return !(flags & F_AGENT) || (wordFlags(d.tokens.id[t - 1] ?? 0) & F_PARTICIPLE) !== 0;
}

/**
 * Does tokens [t0, t1) overlap a false friend of `owner` among FF_*[first .. count)? They are in
 * order of first token, so the scan stops at the first that starts at or after t1: a megabyte of
 * text with thousands of false friends costs each cue a few of them, not all.
 */
function overlapsFalseFriend(first: number, count: number, owner: number, t0: number, t1: number): boolean {
  for (let k = first; k < count; k++) {
    if ((FF_T0[k] ?? 0) >= t1) return false;
    if (FF_OWNER[k] === owner && t0 < (FF_T1[k] ?? 0)) return true;
  }
  return false;
}

function growFalseFriends(): void {
  FF_OWNER = doubled(FF_OWNER);
  FF_T0 = doubled(FF_T0);
  FF_T1 = doubled(FF_T1);
}

/** Does token t end in "s" in the text (a plural: the vocabulary matched its stem)? See CueOpts.plural. */
function endsPlural(text: string, tokens: Tokens, t: number): boolean {
  return (text.charCodeAt((tokens.end[t] ?? 0) - 1) | 32) === 115;
}

/**
 * Does the cue of match k (a participle: "stimulated", "pretreated") say what was done to the cells
 * that make the vesicles (CueOpts.producer)? Either it is joined by a hyphen to its agent and stands
 * before an MSC word, a species ("human") at most between ("IFN-γ-stimulated MSCs", "TNF-α-treated
 * bone marrow MSCs"), or it follows one unhyphenated, after "was"/"were" at most ("MSCs were
 * pretreated with melatonin"; in "MSC-treated mice" the MSCs are the treatment). Not right after an
 * EV word ("exosome-treated MSCs", "ADSC-Exos activated the pathway"), nor when the vesicles follow
 * it ("MSCs treated with exosomes"): then the MSCs receive them.
 */
function modifiesProducer(all: MatchBuffer, k: number, tokens: Tokens, text: string, ffFirst: number, ffCount: number): boolean {
  const t0 = all.t0[k] ?? 0;
  const t1 = all.t1[k] ?? 0;
  const hyphenated = text.charCodeAt((tokens.start[t0] ?? 0) - 1) === 45;
  // The false friends that can overlap the matches looked at below ("bone marrow-derived
  // macrophages" names no MSCs): ffFirst is where the cue's own could start.
  let ffFrom = ffFirst;
  while (ffFrom > 0 && (FF_T0[ffFrom - 1] ?? 0) + 2 * LONGEST_PHRASE + 1 > t0) ffFrom--;
  const roleOf = (j: number): number => {
    const id = all.id[j] ?? 0;
    const role = REF_ROLE[id] ?? 0;
    return role && !overlapsFalseFriend(ffFrom, ffCount, REF_OWNER[id] ?? 0, all.t0[j] ?? 0, all.t1[j] ?? 0) ? role : 0;
  };
  let msc = false;
  // Matches are ordered by first token: those that can touch the cue are near k.
  for (let j = k - 1; j >= 0 && (all.t0[j] ?? 0) + LONGEST_PHRASE + 1 >= t0; j--) {
    const role = roleOf(j);
    const end = all.t1[j] ?? 0;
    if (role === R_EV && end === t0) return false;
    // "MSC-treated mice": the MSCs are the treatment, not its object.
    if (role !== R_MSC || end > t0 || hyphenated) continue;
    const gap = t0 - end;
    if ((gap === 0 || (gap === 1 && wordFlags(tokens.id[end] ?? 0) & F_BE)) && allJoined(tokens, text, end - 1, t0)) msc = true;
  }
  // After the cue, matches come by first token and then end, so an MSC word comes before a vesicle
  // phrase that starts with it ("melatonin-pretreated MSCs-derived exosomes"): the MSCs are what
  // was treated.
  for (let j = k + 1; j < all.count && (all.t0[j] ?? 0) <= t1 + 2; j++) {
    const role = roleOf(j);
    const start = all.t0[j] ?? 0;
    if (role === R_EV && start >= t1 && allJoined(tokens, text, t1 - 1, start)) return false;
    if (role === R_MSC && hyphenated && (start === t1 || (start === t1 + 1 && wordFlags(tokens.id[t1] ?? 0) & F_SPECIES)) && allJoined(tokens, text, t1 - 1, start)) return true;
  }
  return msc;
}

/** Are tokens a … b all joined (one clause, see joinedTokens)? */
function allJoined(tokens: Tokens, text: string, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (!joinedTokens(tokens, text, t)) return false;
  return true;
}

/** Is a negator among the three words before token t0 in its sentence? negAt: see FieldDoc. */
function negatedBefore(negAt: Uint8Array | null, t0: number, tokens: Tokens): boolean {
  if (!negAt) return false;
  const sentence = tokens.sentence;
  const s = sentence[t0];
  for (let t = t0 - 1; t >= tokens.from && t >= t0 - 3; t--) {
    if (sentence[t] !== s) return false;
    if (negAt[t - tokens.from]) return true;
  }
  return false;
}

/**
 * Does a QC negation ("were not characterised by", "did not report") stand before token t0 in its
 * sentence, with no clause break (";", "but", "whereas", "however") between? qcNegEnd: per
 * sentence, 1 + the end token of its first QC negation (0 = none).
 */
function inQcNegation(qcNegEnd: Uint32Array, t0: number, tokens: Tokens, text: string): boolean {
  const end = (qcNegEnd[tokens.sentence[t0] ?? 0] ?? 0) - 1;
  if (end < 0 || t0 < end) return false;
  for (let t = end; t <= t0; t++) {
    if (t > end && wordFlags(tokens.id[t] ?? 0) & F_CLAUSE) return false;
    for (let k = tokens.end[t - 1] ?? 0, stop = tokens.start[t] ?? 0; k < stop; k++) if (text.charCodeAt(k) === 59) return false;
  }
  return true;
}

/**
 * Per-owner scratch for keepLongest (module-level: analysis is synchronous): the pending match as
 * cue id (-1 when none), first token and end token, so a candidate that a longer one replaces is
 * never an object.
 */
const pendingId = new Int32Array(OWNER_COUNT).fill(-1);
const pendingT0 = new Int32Array(OWNER_COUNT);
const pendingT1 = new Int32Array(OWNER_COUNT);
const maxEndOf = new Int32Array(OWNER_COUNT);
const touchedOwners: number[] = [];

/**
 * Within one owner, a match inside a longer (or equal) match of the same owner is the same
 * evidence. The lexicon reports matches ordered by first token, then end token, then cue id; fed
 * in that order, this keeps, per owner and start token, the longest match (earliest cue on ties)
 * unless an earlier kept match of that owner already reaches as far, appending it to `out` once
 * the owner's next start token (or flushLongest) shows it is final. Only the order within an
 * owner matters downstream, and that stays by first token. Linear in the number of matches.
 */
function keepLongest(id: number, t0: number, t1: number, out: Match[]): void {
  const o = REF_OWNER[id] ?? 0;
  if ((pendingId[o] ?? -1) < 0) {
    if (maxEndOf[o] === 0) touchedOwners.push(o);
  } else if (pendingT0[o] === t0) {
    if (t1 <= (pendingT1[o] ?? 0)) return;
  } else commitPending(o, out);
  pendingId[o] = id;
  pendingT0[o] = t0;
  pendingT1[o] = t1;
}

/** The last pending match of every owner (see keepLongest); resets the scratch. */
function flushLongest(out: Match[]): void {
  for (const o of touchedOwners) {
    if ((pendingId[o] ?? -1) >= 0) commitPending(o, out);
    maxEndOf[o] = 0;
  }
  touchedOwners.length = 0;
}

function commitPending(o: number, out: Match[]): void {
  const id = pendingId[o] ?? -1;
  const t1 = pendingT1[o] ?? 0;
  pendingId[o] = -1;
  if (id >= 0 && t1 > (maxEndOf[o] ?? 0)) {
    maxEndOf[o] = t1;
    out.push({ id, t0: pendingT0[o] ?? 0, t1 });
  }
}

function evidenceOf(doc: FieldDoc, t0: number, t1: number): Evidence {
  const start = spanStart(doc, t0);
  const end = spanEnd(doc, t1, start);
  return { field: doc.field, index: doc.index, start, end, text: doc.original.slice(start, end) };
}

/** Original offset where token t0 starts. */
function spanStart(doc: FieldDoc, t0: number): number {
  return originalIndex(doc.norm, doc.tokens.start[t0] ?? 0) ?? 0;
}

/** Original offset where the span of tokens up to t1 (exclusive) ends; `start` when it is empty. */
function spanEnd(doc: FieldDoc, t1: number, start: number): number {
  const b = doc.tokens.end[t1 - 1] ?? 0;
  const last = originalIndex(doc.norm, b - 1);
  return last === undefined ? start : last + 1;
}

/** Sentence span as evidence (for notes such as the COI statement). */
function sentenceEvidence(doc: FieldDoc, sentence: number): Evidence {
  let t0 = -1;
  let t1 = -1;
  for (let t = doc.tokens.from; t < doc.tokens.to; t++) {
    if (doc.tokens.sentence[t] === sentence) {
      if (t0 < 0) t0 = t;
      t1 = t + 1;
    }
  }
  const from = doc.tokens.from;
  const ev = evidenceOf(doc, Math.max(t0, from), Math.max(t1, from + 1));
  // Include the closing full stop when it directly follows.
  if (doc.original[ev.end] === '.') return { ...ev, end: ev.end + 1, text: doc.original.slice(ev.start, ev.end + 1) };
  return ev;
}

/**
 * The hits of every tally of the analysis in progress, as parallel arrays that all tallies share
 * (module-level: analysis is synchronous; analyze() starts them over). Each tally threads its hits
 * through `next` in insertion order, so a hit costs no allocation and a tally no arrays of its own.
 */
class HitStore {
  count = 0;
  /** Field of each hit (references are overwritten, never cleared: bounded by the largest analysis). */
  readonly docs: FieldDoc[] = [];
  t0 = new Int32Array(512);
  t1 = new Int32Array(512);
  w = new Float64Array(512);
  next = new Int32Array(512);

  add(doc: FieldDoc, t0: number, t1: number, w: number): number {
    const k = this.count;
    if (k === this.t0.length) this.grow();
    this.docs[k] = doc;
    this.t0[k] = t0;
    this.t1[k] = t1;
    this.w[k] = w;
    this.next[k] = -1;
    this.count = k + 1;
    return k;
  }

  private grow(): void {
    this.t0 = doubled(this.t0);
    this.t1 = doubled(this.t1);
    this.w = doubled(this.w);
    this.next = doubled(this.next);
  }
}

const HITS = new HitStore();

/** A label's score and the cue spans behind it: a chain of hits in HITS, first to last. */
class Tally {
  score = 0;
  first = -1;
  private last = -1;

  add(doc: FieldDoc, t0: number, t1: number, w: number): void {
    this.score += w;
    const k = HITS.add(doc, t0, t1, w);
    if (this.last < 0) this.first = k;
    else HITS.next[this.last] = k;
    this.last = k;
  }

  /**
   * Does hit a come before hit b in evidence order: by weight, field, position, then insertion
   * (hit numbers grow in insertion order)?
   */
  private static before(a: number, b: number): boolean {
    const wa = HITS.w[a] ?? 0;
    const wb = HITS.w[b] ?? 0;
    if (wa !== wb) return wa > wb;
    const da = HITS.docs[a] as FieldDoc;
    const db = HITS.docs[b] as FieldDoc;
    if (da.rank !== db.rank) return da.rank < db.rank;
    const pa = (HITS.t0[a] ?? 0) - da.tokens.from;
    const pb = (HITS.t0[b] ?? 0) - db.tokens.from;
    return pa !== pb ? pa < pb : a < b;
  }

  /**
   * The `max` strongest distinct spans in evidence order: the first `max` hits in that order,
   * skipping a hit whose span (field, original start and end) an earlier one already gave. One
   * pass keeps the best `max` so far, sorted, in module scratch: a hit that does not beat the
   * last costs one comparison, so a megabyte abstract with thousands of hits costs one linear pass.
   */
  evidence(max = 3): Evidence[] {
    const next = HITS.next;
    if (TOP_HIT.length < max) growTop(max);
    const top = TOP_HIT;
    const topStart = TOP_START;
    const topEnd = TOP_END;
    let n = 0;
    for (let k = this.first; k >= 0; k = next[k] ?? -1) {
      if (n === max && !Tally.before(k, top[n - 1] ?? 0)) continue;
      const doc = HITS.docs[k] as FieldDoc;
      const start = spanStart(doc, HITS.t0[k] ?? 0);
      const end = spanEnd(doc, HITS.t1[k] ?? 0, start);
      // The same span from another hit: only the earlier of the two in evidence order stays.
      let q = 0;
      while (q < n && !(HITS.docs[top[q] ?? 0] === doc && topStart[q] === start && topEnd[q] === end)) q++;
      if (q < n) {
        if (!Tally.before(k, top[q] ?? 0)) continue;
        for (; q < n - 1; q++) {
          top[q] = top[q + 1] ?? 0;
          topStart[q] = topStart[q + 1] ?? 0;
          topEnd[q] = topEnd[q + 1] ?? 0;
        }
        n--;
      } else if (n === max) n--;
      // Insert in order.
      q = n;
      for (; q > 0 && Tally.before(k, top[q - 1] ?? 0); q--) {
        top[q] = top[q - 1] ?? 0;
        topStart[q] = topStart[q - 1] ?? 0;
        topEnd[q] = topEnd[q - 1] ?? 0;
      }
      top[q] = k;
      topStart[q] = start;
      topEnd[q] = end;
      n++;
    }
    const out: Evidence[] = [];
    for (let q = 0; q < n; q++) {
      const doc = HITS.docs[top[q] ?? 0] as FieldDoc;
      const start = topStart[q] ?? 0;
      const end = topEnd[q] ?? 0;
      out.push({ field: doc.field, index: doc.index, start, end, text: doc.original.slice(start, end) });
    }
    return out;
  }
}

/** Scratch of Tally.evidence (module-level: analysis is synchronous): hits and their spans. */
let TOP_HIT = new Int32Array(4);
let TOP_START = new Int32Array(4);
let TOP_END = new Int32Array(4);

function growTop(max: number): void {
  TOP_HIT = new Int32Array(max);
  TOP_START = new Int32Array(max);
  TOP_END = new Int32Array(max);
}

/** Evidence rank of a field: title first, then abstract, keywords, the rest. */
function fieldRank(field: EvidenceField): number {
  return field === 'title' ? 0 : field === 'abstract' ? 1 : field === 'keywords' ? 2 : 3;
}

/** Tallies are created on first use: most owners never see a cue in a given article. */
function emptyTallies(n: number): (Tally | undefined)[] {
  return new Array<Tally | undefined>(n);
}

function tallyAt(tallies: (Tally | undefined)[], i: number): Tally {
  let t = tallies[i];
  if (!t) {
    t = new Tally();
    tallies[i] = t;
  }
  return t;
}

/**
 * Sentence cap scratch for the topics and is_ev (module-level: analysis is synchronous): the
 * sentence each owner last took weight from, and how much. Reset by analyze().
 */
const capSentence = new Float64Array(O_ISEV + 1);
const capUsed = new Float64Array(O_ISEV + 1);

/** Weight w as far as sentence `key` still has room for `owner`: one sentence gives it at most 1 in all. */
function capInSentence(owner: number, key: number, w: number): number {
  const used = capSentence[owner] === key ? (capUsed[owner] ?? 0) : 0;
  const take = Math.min(w, Math.max(0, 1 - used));
  capSentence[owner] = key;
  capUsed[owner] = used + take;
  return take;
}

// ---------------------------------------------------------------------------------------
// Analysis

/** Analyses an article with the installed knowledge base (installKnowledgeBase; ./analyze.ts installs KB_DATA). */
export function analyze(input: ArticleInput): Analysis {
  if (kbVersion === null) throw new Error('analyze: no knowledge base installed (see installKnowledgeBase)');
  restartTokens();
  HITS.count = 0;
  const docs: FieldDoc[] = [prepareField('title', 0, textOf(input.title))];
  const abstract = input.abstract ?? [];
  for (let i = 0; i < abstract.length; i++) docs.push(prepareField('abstract', i, textOf(abstract[i]?.text), abstract[i]?.label));
  const keywords = input.keywords ?? [];
  for (let i = 0; i < keywords.length; i++) docs.push(prepareField('keywords', i, textOf(keywords[i])));
  const mesh = input.mesh ?? [];
  for (let i = 0; i < mesh.length; i++) docs.push(prepareField('mesh', i, textOf(mesh[i])));
  const fullDocs: FieldDoc[] = [];
  const fullText = input.fullText ?? [];
  for (let i = 0; i < fullText.length; i++) fullDocs.push(prepareField('fullText', i, textOf(fullText[i]?.text), fullText[i]?.label));
  const coiDoc = input.coi ? prepareField('coi', 0, textOf(input.coi)) : undefined;
  const pubTypes = (input.publicationTypes ?? []).map(textOf);

  let docCtx = 0;
  // The title's and abstract's contexts: a keyword or MeSH term is a sentence of its own, so a
  // topic's veto ("wound healing" as a keyword of a corneal study) is read from the text.
  let textCtx = 0;
  // The contexts of what the article itself says: not of sentences about earlier work or plans
  // ("MSC-EVs have previously been reported to heal skin wounds; here we examined the oral mucosa").
  // A Background section's other sentences count: they name the disease the study takes up
  // ("Background: Diabetic foot ulcer is a chronic disease … Results: … accelerated wound healing").
  let ownCtx = 0;
  for (const d of docs) {
    docCtx |= d.ctx;
    if (d.field === 'title' || d.field === 'abstract') textCtx |= d.ctx;
    for (let s = 0; s < d.sentCtx.length; s++) {
      const ctx = d.sentCtx[s] ?? 0;
      if (!(ctx & (B_BACKGROUND | B_HEDGE))) ownCtx |= ctx;
    }
  }
  const termVeto = vetoing(textCtx);
  // A title about another organ ("… liver fibrosis", "… after spinal cord injury") places every
  // sentence there unless the article puts something on the skin: the otherTissue veto of the
  // skin topics then holds for the whole text, where sentences rarely repeat the organ.
  const otherOrgan = ((docs[0]?.ctx ?? 0) & B_OTHER_TISSUE) !== 0 && !(ownCtx & B_SKIN_SITE);
  // Likewise a title's other contexts veto a topic's cues throughout: in an article titled on
  // melanogenesis, UVB drives pigment wherever it is named; in one on scars, collagen is the scar's.
  const titleVeto = vetoing(docs[0]?.ctx ?? 0) & ~B_OTHER_TISSUE;

  const links = linkSources(docs);
  if (links.nonMsc.length > 0) for (const d of docs) d.sourceTokens = sourceMentions(links, d);

  // A review's summaries of earlier work ("exosomes have been used to treat psoriasis, vitiligo and
  // hair loss") are its subject, where a study's are its background; known facts ("AD is
  // characterized by an impaired barrier") are background in both. Decided up front, by the rule
  // decideStudyType applies to the tallies.
  const reviewLike = looksLikeReview(docs, pubTypes);

  // Per-owner tallies from title/abstract/keywords/MeSH.
  const raw = emptyTallies(OWNER_COUNT);
  let diseaseSentences: Set<number> | undefined;
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di] as FieldDoc;
    for (const m of d.cues) {
      const owner = REF_OWNER[m.id] ?? 0;
      const diseaseOwner = owner === O_TOPIC + I_AD || owner === O_TOPIC + I_PSO || owner === O_TOPIC + I_WOUND;
      if (diseaseOwner && (REF_WEIGHT[m.id] ?? 0) >= 0.75) {
        (diseaseSentences ??= new Set()).add(sentKey(di, d.tokens.sentence[m.t0] ?? 0));
      }
    }
  }
  // Cap per (owner, field, sentence). An owner's cues arrive in document order, so only the
  // sentence it last scored in can still have room: one slot per owner is enough.
  capSentence.fill(-1);
  // Has an immunomodulation cue of full weight counted (an immune cell, immunomodulation itself,
  // an immune disease), not only inflammation words (cytokines, "anti-inflammatory")?
  let namesImmuneSystem = false;
  // What the skin-aging score owes to its weak cues (WEAK_AGING).
  let weakAging = 0;
  // What the wound-healing score owes to its weak cues (WEAK_WOUND).
  let weakWound = 0;
  // Is a scar named as an outcome the study lessened (F_LESSENS)?
  let scarLessened = false;
  // Has a scar cue above WEAK_SCAR counted (a scar, keloid, fibrosis word), not only signalling and
  // marker words (TGF-β/Smad, Smad3, α-SMA)?
  let namesScar = false;
  // The in-vivo score of the cues that name an animal (all but CueOpts.namesNoAnimal).
  let vivoNamingAnimal = 0;
  // Does the article name a synthetic carrier (CueOpts.carrier), and an EV word no carrier shares?
  let namesCarrier = false;
  let namesEvAsSuch = false;
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di] as FieldDoc;
    for (const m of d.cues) {
      const id = m.id;
      const weight = REF_WEIGHT[id] ?? 0;
      if (weight <= 0) {
        if ((REF_FLAGS[id] ?? 0) & C_CARRIER) namesCarrier = true;
        continue;
      }
      const owner = REF_OWNER[id] ?? 0;
      const sent = d.tokens.sentence[m.t0] ?? 0;
      const ctx = d.sentCtx[sent] ?? 0;
      let w = weight;
      const docMask = REF_DOC[id] ?? 0;
      // A document without the cue's doc context; with skinUnlessOtherTissue, one that names no
      // tissue at all is about the skin (CueOpts.skinUnlessOtherTissue).
      if (docMask && !(ownCtx & docMask)) {
        const skinByDefault = (REF_FLAGS[id] ?? 0) & C_SKIN_UNLESS_OTHER_TISSUE && !(ownCtx & B_OTHER_TISSUE) && !(ctx & B_GENERAL_PROPERTIES);
        if (!skinByDefault) continue;
      }
      if (owner < O_ISEV) {
        if ((d.field === 'keywords' || d.field === 'mesh') && (TOPIC_VETO[owner] ?? 0) & termVeto) continue;
        if (otherOrgan && (TOPIC_VETO[owner] ?? 0) & B_OTHER_TISSUE) continue;
        if ((REF_VETO[id] ?? 0) & titleVeto) continue;
        // The vesicles' source is no topic: "M2 macrophage-derived exosomes", "melanocyte exosomes".
        if (d.sourceTokens && namesSource(d, m.t0, m.t1)) continue;
        // Weak immune words (cytokines, "inflammation") in an AD/psoriasis/wound sentence are that disease's biology.
        if (owner === O_TOPIC + I_IMMUNO && weight < 1 && diseaseSentences?.has(sentKey(di, sent))) continue;
        w = capInSentence(owner, sentKey(di, sent), w);
        if (d.tokens.sentenceRole[sent] === 'background' || (ctx & B_BACKGROUND && (!reviewLike || ctx & B_KNOWN_FACTS))) w *= 0.5;
        if (ctx & B_HEDGE) w *= 0.5;
      } else if (owner === O_ISEV) {
        // An article that names the RNA exosome complex anywhere means it by "exosome" everywhere.
        if ((REF_VETO[id] ?? 0) & (titleVeto | (docCtx & B_RNA_EXOSOME))) continue;
        // "The contribution of EVs remains to be determined" does not make a cell-therapy paper one
        // about EVs; nor does "MSCs secrete growth factors, exosomes and cytokines". A product
        // (CueOpts.product) is never one item of such a list but what holds them ("AMSC
        // conditioned medium provides growth factors and cytokines").
        if (ctx & B_HEDGE) w *= 0.5;
        if (ctx & B_SECRETED_FACTORS && !((REF_FLAGS[id] ?? 0) & C_PRODUCT)) w *= 0.5;
        // A study's background ("several studies, including ours, have found that GMSCs act as cells,
        // conditioned medium or EVs") makes it no EV study: such a sentence counts one cue, halved.
        if (!reviewLike && ctx & B_BACKGROUND) w = capInSentence(O_ISEV, sentKey(di, sent), w) * 0.5;
        if (!((REF_FLAGS[id] ?? 0) & C_GENERIC)) namesEvAsSuch = true;
      } else if (owner === O_STUDY + ST_VITRO || owner === O_STUDY + ST_VIVO || owner === O_STUDY + ST_CLIN) {
        // Earlier work ("have shown benefit in murine models") and plans ("future clinical trials")
        // are not what this study did.
        if (d.tokens.sentenceRole[sent] === 'background' || ctx & B_BACKGROUND) w *= 0.5;
        if (ctx & B_HEDGE) w *= 0.5;
      }
      if (w > 0) {
        tallyAt(raw, owner).add(d, m.t0, m.t1, w * d.weight);
        if (owner === O_TOPIC + I_IMMUNO && weight >= 1) namesImmuneSystem = true;
        if (owner === O_TOPIC + I_AGING && weight < WEAK_AGING) weakAging += w * d.weight;
        if (owner === O_TOPIC + I_WOUND && weight <= WEAK_WOUND) weakWound += w * d.weight;
        if (owner === O_TOPIC + I_SCAR && !scarLessened) scarLessened = lessenedBefore(d, m.t0);
        if (owner === O_TOPIC + I_SCAR && weight > WEAK_SCAR) namesScar = true;
        if (owner === O_STUDY + ST_VIVO && !((REF_FLAGS[id] ?? 0) & C_NAMES_NO_ANIMAL)) vivoNamingAnimal += w * d.weight;
      }
    }
  }

  // ---- Facets
  const evTally = raw[O_ISEV] ?? new Tally();
  const mscTally = raw[O_ISMSC] ?? new Tally();
  // "Nanovesicles" and "microparticles" in an article about liposomes or PLGA are those carriers.
  const isEv = evTally.score >= 1 && (namesEvAsSuch || !namesCarrier);
  for (const d of docs) countedPeople(d, raw, O_STUDY + ST_CLIN);
  const studyType = decideStudyType(raw, docs, pubTypes, reviewLike, vivoNamingAnimal);
  const review = studyType.ids.includes('review');
  // MSCs that only receive the vesicles ("M2 macrophage-derived exosomes promoted osteogenic
  // differentiation of BMSCs") are not their source: when a study ties another source to the
  // vesicles and never an MSC word, it is not about MSC vesicles (TAXONOMY §4). Not a review:
  // reviews list sources ("EVs from dermal papilla cells, adipose stromal cells and PRP").
  const mscOnlyTreated = isEv && !review && links.nonMsc.length > 0 && !links.msc;
  // One MSC word is enough where the text names MSCs as the vesicles' source: a review's MSC-EVs
  // ("In contrast, EVs secreted by mesenchymal stem cells …"), or MSCs in a list of the sources
  // ("EVs derived from mesenchymal stem cells, endothelial cells and cancer cells"); see linkSources.
  // In an article about no vesicles, MSCs can only be the subject: one MSC word is enough there
  // ("cell therapy, including mesenchymal stem cells …"), unless it is one of the kinds of stem
  // cells the article lists.
  const mscIsSource = review ? links.msc || (mscTally.score >= 1 && mscTally.score < 1.5 && tiesMscToVesicles(docs, links)) : links.mscListed;
  const isMsc = !mscOnlyTreated && (mscTally.score >= 1.5 || (mscTally.score >= 1 && ((!isEv && !namesOtherStemCells(docs)) || mscIsSource || mscNamesItsTissue(docs))));
  const evSource = isEv ? decideSources(docs, isMsc, links, review) : { ids: [] as EvSource[], evidence: {} };

  const facets: Facets = {
    isEv,
    isMsc,
    evSource: evSource.ids,
    studyType: studyType.ids,
    evidence: {
      isEv: isEv ? evTally.evidence() : [],
      isMsc: isMsc ? mscTally.evidence() : [],
      evSource: evSource.evidence,
      studyType: studyType.evidence,
    },
  };

  // ---- Topics
  const topics: TopicCall[] = [];
  // Immune findings that are another topic's biology do not make immunomodulation unless a systemic
  // immune setting (GvHD, sepsis, lupus, macrophage polarization, Tregs…) is named: in AD, psoriasis
  // or vitiligo articles they are the disease's; in a wound study (TAXONOMY: not "reduced
  // inflammation" inside a wound study) inflammation words are the healing's unless it names the
  // immune system itself. A review that lists wound healing among its subjects may review immunity
  // as another.
  const skinImmuneDisease =
    (raw[O_TOPIC + I_AD]?.score ?? 0) >= 1 || (raw[O_TOPIC + I_PSO]?.score ?? 0) >= 1 ||
    ((raw[O_TOPIC + I_PIG]?.score ?? 0) >= 1 && (docCtx & B_VITILIGO) !== 0);
  const woundInflammation = !review && (raw[O_TOPIC + I_WOUND]?.score ?? 0) >= 1 && !namesImmuneSystem;
  const immuneIsOtherBiology = (skinImmuneDisease || woundInflammation) && !(docCtx & B_SYSTEMIC_IMMUNE);
  // Likewise collagen and dermal thickness in a wound study are the repair's, unless a stronger
  // aging word (photoaging, wrinkles, rejuvenation, UV) makes the aging score on its own.
  const woundStudy = !review && (raw[O_TOPIC + I_WOUND]?.score ?? 0) >= 1;
  const agingStudy = (raw[O_TOPIC + I_AGING]?.score ?? 0) - weakAging >= 1;
  for (let i = 0; i < TOPIC_IDS.length; i++) {
    const t = raw[O_TOPIC + i];
    if (!t || t.score < 1) continue;
    if (i === I_IMMUNO && immuneIsOtherBiology) continue;
    if (i === I_AGING && woundStudy && t.score - weakAging < 1) continue;
    // And in an aging study "skin regeneration" and "healing" are the rejuvenation's, unless a
    // wound word (wound, ulcer, burn, re-epithelialization) is among the cues ("healing wounds more
    // rapidly"). Its weak cues weigh at most WEAK_WOUND each, so less than that is rounding.
    if (i === I_WOUND && agingStudy && t.score - weakWound < WEAK_WOUND / 2) continue;
    // A scar named once in a wound study ("healed without scarring", "grafts prevent excessive
    // scar formation" as a motive) is a passing mention, unless the study lessened it.
    if (i === I_SCAR && woundStudy && t.score < 1.5 && !scarLessened) continue;
    // Signalling and markers alone (TGF-β/Smad, repeated in title and abstract) are no scar: every repair runs them.
    if (i === I_SCAR && !namesScar) continue;
    topics.push({ id: TOPIC_IDS[i] as TopicId, confidence: round2(1 - Math.exp(-t.score)), evidence: t.evidence() });
  }
  sortByConfidence(topics);

  // ---- QC (abstract fields + full text; Methods sections first in evidence)
  const qc = decideQc(isEv, docs, fullDocs, review);

  // ---- Notes
  const notes = decideNotes(input, coiDoc, pubTypes, isEv, studyType.ids, docs, docCtx, raw);

  return {
    kbVersion,
    coverage: fullDocs.some((d) => d.original.length > 0) ? 'full-text' : 'abstract',
    topics,
    facets,
    qc,
    notes,
  };
}

/**
 * Topic calls by falling confidence; equal confidences keep taxonomy order. Insertion sort: there
 * are at most nine, and Array.prototype.sort with a comparator costs more than sorting them.
 */
function sortByConfidence(topics: TopicCall[]): void {
  for (let i = 1; i < topics.length; i++) {
    const t = topics[i] as TopicCall;
    let j = i;
    for (; j > 0 && (topics[j - 1] as TopicCall).confidence < t.confidence; j--) topics[j] = topics[j - 1] as TopicCall;
    topics[j] = t;
  }
}

/** A field's text; anything else (malformed input) reads as empty. */
function textOf(s: unknown): string {
  return typeof s === 'string' ? s : '';
}

/** Sentence key unique within one article: field number × 2^20 + sentence number. */
function sentKey(docIndex: number, sent: number): number {
  return docIndex * 1_048_576 + sent;
}


/** Publication types matching `re`, as evidence. */
function pubTypeEvidence(pubTypes: string[], re: RegExp): Evidence[] {
  return pubTypes.flatMap((p, i) => (re.test(p.trim()) ? [{ field: 'publicationTypes' as const, index: i, start: 0, end: p.length, text: p }] : []));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** `review`: looksLikeReview's verdict (the same rule on the same cues, taken before the tallies). */
function decideStudyType(
  raw: (Tally | undefined)[],
  docs: FieldDoc[],
  pubTypes: string[],
  review: boolean,
  vivoNamingAnimal: number,
): { ids: StudyType[]; evidence: Facets['evidence']['studyType'] } {
  const score = (i: number): number => raw[O_STUDY + i]?.score ?? 0;
  const pubClinical = pubTypes.some((p) => CLINICAL_PUBTYPES.test(p.trim()));
  const evidence: Facets['evidence']['studyType'] = {};

  if (review) {
    evidence.review = [...pubTypeEvidence(pubTypes, REVIEW_PUBTYPES), ...(raw[O_STUDY + ST_REVIEW]?.evidence() ?? [])].slice(0, 3);
    return { ids: ['review'], evidence };
  }
  const ids: StudyType[] = [];
  const clinical = score(ST_CLIN) + (pubClinical ? 3 : 0);
  if (score(ST_VITRO) >= 1) ids.push('in-vitro');
  // "Efficacy in vivo" or a "subcutaneous injection" in a study of people is about them: only the
  // cues that name animals count then (CueOpts.namesNoAnimal).
  let vivo = clinical >= 1 ? vivoNamingAnimal : score(ST_VIVO);
  const title = docs.find((d) => d.field === 'title');
  if (title && IN_VITRO.test(title.norm.text) && !docs.some((d) => IN_VIVO.test(d.norm.text))) vivo = 0;
  if (vivo >= 1) ids.push('in-vivo');
  if (clinical >= 1) ids.push('clinical');
  // No study wording of any kind: a review or commentary when it says nothing of work of its own
  // (saysNothingOfItsOwn), else a bench study (experiment wording, Methods/Results, an amount).
  if (ids.length === 0) ids.push((raw[O_EXPERIMENTAL]?.score ?? 0) === 0 && saysNothingOfItsOwn(docs) ? 'review' : 'in-vitro');
  // Cell words alone ("MSC-EVs promote the proliferation and migration of fibroblasts") in an
  // abstract that says nothing of work of its own: what a review says the vesicles do.
  else if (ids.length === 1 && ids[0] === 'in-vitro' && onlyWeakHits(raw[O_STUDY + ST_VITRO]) && (raw[O_EXPERIMENTAL]?.score ?? 0) === 0 && saysNothingOfItsOwn(docs)) ids[0] = 'review';
  // Likewise people named only in passing ("in patients with AD, microbiome diversity falls",
  // "treating androgenic alopecia in women"), never counted, enrolled or given a design: what a
  // review says of a disease, not a study of people. Not where a publication type says trial.
  else if (ids.length === 1 && ids[0] === 'clinical' && !pubClinical && onlyWeakHits(raw[O_STUDY + ST_CLIN], true) && (raw[O_EXPERIMENTAL]?.score ?? 0) === 0 && saysNothingOfItsOwn(docs)) ids[0] = 'review';
  for (const id of ids) {
    const i = STUDY_IDS.indexOf(id);
    const ev = [...(id === 'clinical' ? pubTypeEvidence(pubTypes, CLINICAL_PUBTYPES) : []), ...(raw[O_STUDY + i]?.evidence() ?? [])].slice(0, 3);
    evidence[id] = ev.length > 0 ? ev : (raw[O_EXPERIMENTAL]?.evidence(1) ?? []);
  }
  return { ids, evidence };
}

/**
 * Did every hit of a tally weigh less than a named cell line or assay (only cell and behaviour
 * words)? `asCued`: weigh each as its cue does, not doubled by the title. People words are: "… for
 * Critically Ill COVID-19 Patients?" names people as the abstract's "patients" does. Cell words in a
 * title are not ("UVB-irradiated keratinocytes release more extracellular vesicles" reports a finding).
 */
function onlyWeakHits(tally: Tally | undefined, asCued = false): boolean {
  if (!tally) return true;
  for (let k = tally.first; k >= 0; k = HITS.next[k] ?? -1) {
    const w = (HITS.w[k] ?? 0) / (asCued ? (HITS.docs[k] as FieldDoc).weight || 1 : 1);
    if (w >= 0.75) return false;
  }
  return true;
}

const METHODS_HEADING = /(?:^|[.\s])(?:methods?|materials and methods|results)\s*:/i;

/** Is abstract section d Methods or Results, or has it such a heading in its text? */
function reportsMethods(d: FieldDoc): boolean {
  return METHODS_LABEL.test(d.label) || RESULTS_LABEL.test(d.label) || METHODS_HEADING.test(d.norm.text);
}

/** Does field d state an amount ("20 µg/mL", "10^9 particles": see amountsIn)? */
function statesAnAmount(d: FieldDoc): boolean {
  let found = false;
  amountsIn(d, () => (found = true));
  return found;
}

/**
 * Is the article a review: its publication type, or review wording (≥ 1.5) outweighing experiment
 * wording, or models named only in earlier work in an abstract that says nothing of work of its own
 * (saysNothingOfItsOwn). Read from the
 * cues before the tallies (topic weights depend on it: a review's summaries of earlier work are its
 * subject); decideStudyType takes the verdict.
 */
function looksLikeReview(docs: FieldDoc[], pubTypes: string[]): boolean {
  if (pubTypes.some((p) => REVIEW_PUBTYPES.test(p.trim()))) return true;
  let review = 0;
  let experimental = 0;
  // Study-type cue weight per study type where the article says what it did, and where it says
  // what earlier studies did ("many studies with animal models have shown …").
  const own = STUDY_IDS.map(() => 0);
  let earlier = 0;
  // A case of its own ("We present a 31-year-old woman …"): a case report, whatever literature it reviews.
  let ownCase = false;
  for (const d of docs) {
    for (const m of d.cues) {
      const owner = REF_OWNER[m.id] ?? 0;
      const weight = (REF_WEIGHT[m.id] ?? 0) * d.weight;
      if (owner === O_STUDY + ST_REVIEW) review += weight;
      else if (owner === O_EXPERIMENTAL) experimental += weight;
      else if (owner === O_STUDY + ST_VITRO || owner === O_STUDY + ST_VIVO || owner === O_STUDY + ST_CLIN) {
        const s = d.tokens.sentence[m.t0] ?? 0;
        if ((d.sentCtx[s] ?? 0) & B_BACKGROUND || namesStudiesOfOthers(d, m.t1)) earlier += weight;
        else if (!notReportedHere(d, s)) {
          own[owner - O_STUDY] = (own[owner - O_STUDY] ?? 0) + weight;
          if ((REF_FLAGS[m.id] ?? 0) & C_OWN_CASE && oneCase(d, m.t0)) ownCase = true;
        }
      }
    }
  }
  if (ownCase) return false;
  if (review >= 1.5 && review >= experimental) return true;
  // Models, cells or patients only in what earlier studies showed, and no work of its own: a review.
  return earlier >= 1 && experimental === 0 && own.every((w) => w < 1) && saysNothingOfItsOwn(docs);
}

/**
 * Does an own-case cue at token t0 name one person? An age does after "a" and its number ("a
 * 31-year-old woman"), not in a range or a population ("patients aged 18-65 years old", ">6-year-old
 * patients"); the other cues ("case presentation") always do.
 */
function oneCase(d: FieldDoc, t0: number): boolean {
  const { start, sentence, from } = d.tokens;
  const number = t0 - 1;
  if (number < from || sentence[number] !== sentence[t0]) return true;
  const c = d.norm.text.charCodeAt(start[number] ?? 0);
  if (c < 48 || c > 57) return true;
  return articleAt(d.tokens, number - 1, t0);
}

/**
 * Does a study cue ending at token t1 (exclusive) name studies in the plural, in its last word or
 * the next ("clinical trials", "animal studies")? Those are the literature's, where "a clinical
 * trial" or "in mice" is the article's own.
 */
function namesStudiesOfOthers(d: FieldDoc, t1: number): boolean {
  const { id, to, sentence } = d.tokens;
  for (let t = t1 - 1; t <= t1; t++) {
    if (t >= to || sentence[t] !== sentence[t1 - 1] || !endsPlural(d.norm.text, d.tokens, t)) continue;
    const word = id[t] ?? 0;
    if (wordFlags(word) & F_STUDY_NOUN) return true;
    // "in various animal models" (the literature's), not "in diabetic rat models" (the study's).
    if (word === W_MODEL && t > d.tokens.from && (id[t - 1] === W_ANIMAL || id[t - 1] === W_PRECLINICAL)) return true;
  }
  return false;
}

/**
 * For an abstract with no study wording of its own (see looksLikeReview, decideStudyType): it has
 * an abstract, no Methods or Results, no amount and no counted people. "Exosomes in facial plastic
 * surgery: preclinical studies have demonstrated …" is a review or commentary; "exposed to exosomes
 * (20 µg/mL)" or a Methods section is a bench study. Without an abstract nothing says either.
 */
function saysNothingOfItsOwn(docs: FieldDoc[]): boolean {
  const abstracts = docs.filter((d) => d.field === 'abstract' && d.tokens.to > d.tokens.from);
  if (abstracts.length === 0 || abstracts.some((d) => reportsMethods(d) || statesAnAmount(d))) return false;
  const people = emptyTallies(1);
  for (const d of docs) countedPeople(d, people, 0);
  return (people[0]?.score ?? 0) < 1;
}

/**
 * Does the article name stem cells of another kind (a non-msc source ending in "stem cell(s)":
 * "epidermal stem cells", "induced pluripotent stem cells")? Then one MSC word is one of the
 * kinds it lists ("epidermal stem cells, hair follicle stem cells and dermal MSCs").
 */
function namesOtherStemCells(docs: FieldDoc[]): boolean {
  return docs.some((d) => d.cues.some((m) => REF_OWNER[m.id] === O_SOURCE + S_NON_MSC && m.t1 - m.t0 >= 2 &&
    d.tokens.id[m.t1 - 1] === W_CELL && d.tokens.id[m.t1 - 2] === W_STEM));
}

/**
 * Does a sentence about vesicles name MSCs with their tissue ("EVs derived from MSCs of bone
 * marrow, adipose tissue and umbilical cord")? One such sentence makes MSCs the vesicles' source,
 * where one bare mention does not.
 */
function mscNamesItsTissue(docs: FieldDoc[]): boolean {
  for (const d of docs) {
    // A field's cues come grouped by label, not in text order: collect both kinds' sentences.
    const mscSentences = new Set<number>();
    const tissueSentences = new Set<number>();
    for (const m of d.cues) {
      const owner = REF_OWNER[m.id] ?? 0;
      const s = d.tokens.sentence[m.t0] ?? 0;
      if (!((d.sentCtx[s] ?? 0) & B_EV)) continue;
      if (owner === O_ISMSC && (REF_WEIGHT[m.id] ?? 0) >= 1) mscSentences.add(s);
      else if (isMscTissueOwner(owner)) tissueSentences.add(s);
    }
    for (const s of mscSentences) if (tissueSentences.has(s)) return true;
  }
  return false;
}

/** Source names that the text ties to an EV word (see linkSources). */
type SourceLinks = {
  /** Non-MSC sources named as the vesicles' origin: field and token span of each. */
  nonMsc: { doc: FieldDoc; t0: number; t1: number }[];
  /**
   * Their last words (vocabulary ids): once a word names the source, its other mentions name it
   * too ("M2 macrophage-derived exosomes", then "macrophages").
   */
  nonMscWords: number[];
  /** Is an MSC word (or an MSC tissue) so tied anywhere ("BMSC-Exos", "exosomes from ADSCs")? */
  msc: boolean;
  /** Is an MSC word one of a list of sources with another ("EVs from MSCs, platelets and plants")? */
  mscListed: boolean;
  /**
   * Where the MSC walks reached MSC words, a token of each (see linkedMscTissues); also MSCs after
   * one describing word ("exosomes from aged BM-MSCs"), which do not set `msc`.
   */
  mscAt: { doc: FieldDoc; t: number }[];
  /** The fields the MSC walk has read (it may stop at the first tie: see walkMscLinks). */
  mscWalked: FieldDoc[];
};

/**
 * Which cells the vesicles come from, as the words say it: a source word joined to an EV word
 * directly or through up to four link words (KB sourceLinks): "keratinocyte-derived EVs",
 * "exosomes secreted by keratinocytes", "HUVEC exosomes", "MSC-EVs". The words between must be
 * one phrase: "primary human melanocytes, the exosomes" is not one. After the EV word a list of
 * sources counts item by item ("EVs from MSCs, platelets and plants"; see walkSourceList).
 */
function linkSources(docs: FieldDoc[]): SourceLinks {
  const links: SourceLinks = { nonMsc: [], nonMscWords: [], msc: false, mscListed: false, mscAt: [], mscWalked: [] };
  // Most articles name no non-MSC source at all, and then MSC links do not matter either
  // (see mscOnlyTreated): the walks run only where they can change something.
  for (const d of docs) if (d.cues.some((m) => REF_OWNER[m.id] === O_SOURCE + S_NON_MSC)) walkSourceLinks(d, links, false);
  if (links.nonMsc.length > 0) walkMscLinks(docs, links);
  return links;
}

/** linkSources' MSC pass: does any field tie an MSC word to an EV word (links.msc)? */
function walkMscLinks(docs: FieldDoc[], links: SourceLinks): void {
  for (const d of docs) if (!links.msc) walkSourceLinks(d, links, true);
}

/**
 * Does the text tie an MSC word to an EV word? linkSources asks only where a non-MSC source is
 * tied too; a review that names MSC vesicles once needs the answer anyway (see isMsc).
 */
function tiesMscToVesicles(docs: FieldDoc[], links: SourceLinks): boolean {
  if (links.nonMsc.length === 0) walkMscLinks(docs, links);
  return links.msc;
}

/** linkSources for one field: its non-MSC sources, or (`msc`) whether it ties an MSC word to an EV word. */
function walkSourceLinks(d: FieldDoc, links: SourceLinks, msc: boolean): void {
  if (msc) links.mscWalked.push(d);
  let nonMsc: Match[] | undefined;
  // MSC words and MSC source phrases: a non-MSC word inside one names no other source ("iPSC-derived MSCs").
  let mscNamed: Match[] | undefined;
  const evMatches: Match[] = [];
  for (const m of d.cues) {
    const owner = REF_OWNER[m.id] ?? 0;
    if (owner === O_SOURCE + S_NON_MSC) (nonMsc ??= []).push(m);
    // "vesicles" (weight 0.5) too: "keratinocyte-derived vesicles" names a source.
    else if (owner === O_ISEV && (REF_WEIGHT[m.id] ?? 0) >= 0.5) evMatches.push(m);
    else if (namesMsc(m.id)) (mscNamed ??= []).push(m);
  }
  if (evMatches.length === 0 || (msc ? !mscNamed : !nonMsc)) return;
  // Per token (from tokens.from): 1 + index in nonMsc of the match that ends / starts there, or
  // MSC_MARK where an MSC word ends / starts (in the MSC pass). Maps, not lists: a megabyte of
  // text has thousands of each, and a walk looks one up at every step.
  const from = d.tokens.from;
  const to = d.tokens.to;
  const endsAt = allocU32(to - from);
  const startsAt = allocU32(to - from);
  // Tokens inside MSC words, so that a non-MSC word there is skipped in linear time.
  let inMsc: Uint8Array | null = null;
  for (const m of mscNamed ?? []) (inMsc ??= allocU8(to - from)).fill(1, m.t0 - from, m.t1 - from);
  nonMsc?.forEach((m, i) => {
    if (inMsc && spans(inMsc, m.t0 - from, m.t1 - from)) return;
    endsAt[m.t1 - 1 - from] = i + 1;
    startsAt[m.t0 - from] = i + 1;
  });
  if (msc) {
    for (const m of mscNamed ?? []) {
      endsAt[m.t1 - 1 - from] = MSC_MARK;
      startsAt[m.t0 - from] = MSC_MARK;
    }
  }
  let evMask: Uint8Array | undefined;
  for (const ev of evMatches) {
    // A vesicle phrase that names its MSCs ("hPL-MSC-CM") ties them, not the words before it.
    if (inMsc && spans(inMsc, ev.t0 - from, ev.t1 - from)) {
      if (msc) {
        links.msc = true;
        let k = ev.t0;
        while (!inMsc[k - from]) k++;
        links.mscAt.push({ doc: d, t: k });
      }
      continue;
    }
    let t = ev.t0 - 1;
    for (let skipped = 0; t >= from && joined(d, t) && skipped < 4 && !endsAt[t - from] && isLink(d, t, true); skipped++) t--;
    // The source's abbreviation may stand between ("Centella asiatica (CICA)-derived vesicles").
    if (t > from && !endsAt[t - from] && joined(d, t) && joined(d, t - 1) && inParentheses(d, t)) t--;
    linkAt(t >= from && joined(d, t) ? (endsAt[t - from] ?? 0) : 0, d, t, msc ? undefined : nonMsc, links);
    t = ev.t1;
    // Up to four link words; list words come on top ("from several types of cells, including").
    for (let linkWords = 0; t < to && !startsAt[t - from] && !inMsc?.[t - from] && leadsToSource(d, t); t++) {
      if (wordFlags(d.tokens.id[t] ?? 0) & F_LIST_INTRO) continue;
      if (++linkWords > 4) break;
    }
    if (t >= to || !(joined(d, t - 1) || (listGap(d, t - 1) === LIST_COMMA && wordFlags(d.tokens.id[t - 1] ?? 0) & F_LIST_INTRO))) continue;
    // A few words may describe a non-MSC source after a preposition ("conditioned medium of
    // dedifferentiated adipocytes", "exosomes from reparative M2-like macrophages", also after the
    // link words that may follow it: "from a novel Lactobacillus strain", "from human reparative
    // macrophages"). Not an MSC one: MSCs so described are often the cells under study
    // ("conditioned medium from reprogrammed ADSCs").
    let afterPreposition = false;
    for (let k = t - 1; k >= ev.t1 && !afterPreposition; k--) afterPreposition = (wordFlags(d.tokens.id[k] ?? 0) & F_PREPOSITION) !== 0;
    const described = afterPreposition && !startsAt[t - from] && !inMsc?.[t - from] ? describedSource(d, t, startsAt, (evMask ??= evTokens(d, evMatches))) : 0;
    const next = described ? (startsAt[described - from] ?? 0) : 0;
    if (next && next !== MSC_MARK && !inMsc?.[described - from]) t = described;
    // MSCs after one describing word still name the tissue of vesicles the text has tied to MSCs
    // ("exosomes from aged BM-MSCs").
    else if (msc && next === MSC_MARK && described === t + 1) links.mscAt.push({ doc: d, t: t + 1 });
    const mark = startsAt[t - from] ?? 0;
    linkAt(mark, d, t, msc ? undefined : nonMsc, links);
    if ((mark || inMsc?.[t - from]) && walkSourceList(d, t, startsAt, inMsc, nonMsc, links, msc) === (ITEM_MSC | ITEM_OTHER)) links.mscListed = true;
  }
}

/**
 * The token where a source (or MSC word: MSC_MARK) starts after up to SOURCE_DESCRIPTION_WORDS
 * describing words from token t ("reparative M2-like macrophages", "LPS-stimulated macrophages"),
 * or 0. The words must be joined, and a preposition, "and"/"or", a form of "be" or a participle
 * ends the phrase, as does an EV word: cells that took vesicles up ("conditioned medium from
 * exosome-educated macrophages") are no source of the study's vesicles.
 */
function describedSource(d: FieldDoc, t: number, startsAt: Uint32Array, evMask: Uint8Array): number {
  const { from, to, id } = d.tokens;
  for (let k = t; k + 1 < to && k < t + SOURCE_DESCRIPTION_WORDS && joined(d, k); k++) {
    if (wordFlags(id[k] ?? 0) & (F_PREPOSITION | F_COORD | F_BE | F_PARTICIPLE) || evMask[k - from]) return 0;
    if (startsAt[k + 1 - from]) return k + 1;
  }
  return 0;
}

/** 1 on the tokens (from tokens.from) of EV words. */
function evTokens(d: FieldDoc, evMatches: Match[]): Uint8Array {
  const mask = allocU8(d.tokens.to - d.tokens.from);
  for (const m of evMatches) mask.fill(1, m.t0 - d.tokens.from, m.t1 - d.tokens.from);
  return mask;
}

/** Is token t alone in parentheses ("(CICA)")? Reads only the gaps around it. */
function inParentheses(d: FieldDoc, t: number): boolean {
  const { start, end } = d.tokens;
  return gapHas(d.norm.text, end[t - 1] ?? 0, start[t] ?? 0, 40) && gapHas(d.norm.text, end[t] ?? 0, start[t + 1] ?? 0, 41);
}

function gapHas(text: string, a: number, b: number, c: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === c) return true;
  return false;
}

/**
 * May token t stand between an EV word and the source after it? A link word ("exosomes derived
 * from", "secreted by") or a word that opens a list of sources, also after a comma ("EVs from
 * several cell types, including …").
 */
function leadsToSource(d: FieldDoc, t: number): boolean {
  const flags = wordFlags(d.tokens.id[t] ?? 0);
  const listIntro = (flags & F_LIST_INTRO) !== 0;
  // "EVs can be derived from", "exosomes were isolated from": a participle must follow.
  if (joined(d, t - 1)) return listIntro || (flags & (F_BE | F_MODAL)) !== 0 || isLink(d, t, false);
  return listIntro && listGap(d, t - 1) === LIST_COMMA;
}

/**
 * The rest of a list of sources whose first item starts at token t ("EVs derived from MSCs,
 * endothelial cells and cancer cells"; "exosomes from ADSCs (ADSC-Exo) and from dermal papilla
 * cells"): each item the KB knows is a source too. Items are separated by a comma, an opening
 * parenthesis or "and"/"or"; an item may hold up to two words the KB does not know ("skin
 * microbiota"). The list ends at a clause break or at a word that follows an item unseparated
 * ("exosomes from MSCs promote fibroblast …"); ", and" ends a list of one item ("exosomes from
 * ADSCs, and HaCaT cells were treated"), since it joins clauses there. Returns the kinds of
 * items seen (ITEM_*).
 */
function walkSourceList(d: FieldDoc, t: number, startsAt: Uint32Array, inMsc: Uint8Array | null, nonMsc: Match[] | undefined, links: SourceLinks, msc: boolean): number {
  const from = d.tokens.from;
  const stop = Math.min(d.tokens.to, t + 40);
  let kinds = itemKind(t, from, inMsc);
  let items = 1;
  let separated = false;
  let unknownWords = 0;
  let depth = 0;
  t = itemEnd(t, from, startsAt, inMsc, nonMsc);
  for (; t < stop; t++) {
    const gap = listGap(d, t - 1);
    if (gap === LIST_BREAK) return kinds;
    // An opening parenthesis starts an item ("MSCs (ADSCs)"); a closing one returns to the item it
    // interrupted, so what follows needs its own separator ("(CM-WJMSCs) serum").
    const opens = (gap >> 2) & 63;
    depth += opens - (gap & 3);
    const comma = (gap & LIST_COMMA) !== 0;
    if (comma || opens) separated = true;
    const flags = wordFlags(d.tokens.id[t] ?? 0);
    const mark = startsAt[t - from] ?? 0;
    if (mark || inMsc?.[t - from]) {
      if (!separated) return kinds;
      linkAt(mark, d, t, msc ? undefined : nonMsc, links);
      kinds |= itemKind(t, from, inMsc);
      items++;
      separated = false;
      unknownWords = 0;
      t = itemEnd(t, from, startsAt, inMsc, nonMsc) - 1;
    } else if (flags & F_COORD) {
      if (comma && items < 2) return kinds;
      separated = true;
    } else if (!(flags & F_LIST_INTRO) && !isLink(d, t, false)) {
      // A word the KB does not know: the first of an unknown item after a separator, or more of
      // the current item's words (inside parentheses: "(ADSC-Exo)").
      if (separated) {
        items++;
        separated = false;
        unknownWords = 0;
      } else if (unknownWords === 0 && depth <= 0) return kinds;
      if (++unknownWords > 2) return kinds;
    }
  }
  return kinds;
}

/** walkSourceList's kinds of items: MSC words, other sources. */
const ITEM_MSC = 1;
const ITEM_OTHER = 2;

function itemKind(t: number, from: number, inMsc: Uint8Array | null): number {
  return inMsc?.[t - from] ? ITEM_MSC : ITEM_OTHER;
}

/** The token after the source item starting at token t (a non-MSC match, or a run of MSC words). */
function itemEnd(t: number, from: number, startsAt: Uint32Array, inMsc: Uint8Array | null, nonMsc: Match[] | undefined): number {
  const mark = startsAt[t - from] ?? 0;
  const m = mark && mark !== MSC_MARK ? nonMsc?.[mark - 1] : undefined;
  if (m && !inMsc?.[t - from]) return m.t1;
  let u = t;
  while (inMsc?.[u - from]) u++;
  return Math.max(u, t + 1);
}

/**
 * The punctuation between tokens t and t + 1 as walkSourceList reads it: LIST_BREAK at a clause
 * break, else LIST_COMMA if there is a comma, plus 4 × opening and 1 × closing parentheses.
 */
const LIST_BREAK = -1;
const LIST_COMMA = 1 << 8;

function listGap(d: FieldDoc, t: number): number {
  const { sentence, start, end } = d.tokens;
  if (sentence[t] !== sentence[t + 1]) return LIST_BREAK;
  let gap = 0;
  for (let k = end[t] ?? 0, stop = start[t + 1] ?? 0; k < stop; k++) {
    const c = d.norm.text.charCodeAt(k);
    if (c === 59 || c === 58 || c === 46 || c === 33 || c === 63) return LIST_BREAK;
    if (c === 44) gap |= LIST_COMMA;
    else if ((c === 40 || c === 91) && (gap >> 2 & 63) < 63) gap += 4;
    else if ((c === 41 || c === 93) && (gap & 3) < 3) gap += 1;
  }
  return gap;
}

/**
 * Mentions in field d of the non-MSC sources that the text ties to the vesicles, as a token mask
 * (see FieldDoc.sourceTokens): "M2 macrophage-derived exosomes … Macrophages orchestrate bone repair".
 */
function sourceMentions(links: SourceLinks, d: FieldDoc): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const from = d.tokens.from;
  for (const m of d.cues) {
    if (REF_OWNER[m.id] === O_SOURCE + S_NON_MSC && links.nonMscWords.includes(d.tokens.id[m.t1 - 1] ?? 0)) {
      (mask ??= allocU8(d.tokens.to - from)).fill(1, m.t0 - from, m.t1 - from);
    }
  }
  return mask;
}

/** Does a token of [t0, t1) name a linked source (see FieldDoc.sourceTokens)? */
function namesSource(d: FieldDoc, t0: number, t1: number): boolean {
  return d.sourceTokens !== null && spans(d.sourceTokens, t0 - d.tokens.from, t1 - d.tokens.from);
}

/** Is mask set anywhere in [a, b)? */
function spans(mask: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (mask[k]) return true;
  return false;
}

/** The mark of an MSC word in walkSourceLinks' maps. */
const MSC_MARK = 0xffffffff;

/**
 * Record what a walk reached at token t: an MSC word, a non-MSC source (1 + its index in nonMsc),
 * or nothing (0).
 */
function linkAt(mark: number, d: FieldDoc, t: number, nonMsc: Match[] | undefined, links: SourceLinks): void {
  if (mark === MSC_MARK) {
    links.msc = true;
    links.mscAt.push({ doc: d, t });
  } else if (mark) {
    const m = nonMsc?.[mark - 1];
    if (m) {
      links.nonMsc.push({ doc: d, t0: m.t0, t1: m.t1 });
      const word = d.tokens.id[m.t1 - 1] ?? 0;
      if (!links.nonMscWords.includes(word)) links.nonMscWords.push(word);
    }
  }
}

function decideSources(docs: FieldDoc[], isMsc: boolean, links: SourceLinks, review: boolean): { ids: EvSource[]; evidence: Facets['evidence']['evSource'] } {
  const tallies = emptyTallies(SOURCE_IDS.length);
  const redefined = isMsc ? redefinedAbbreviations(docs) : null;
  if (isMsc) {
    // A tissue names the MSCs' source in a sentence about MSCs; in a review, also in one about the
    // vesicles ("vesicles from bone marrow, umbilical cord and adipose tissue"), where a study's
    // vesicle sentences name tissues the vesicles act on ("loss of intradermal adipose tissue").
    const sourceCtx = review ? B_MSC | B_EV : B_MSC;
    for (const d of docs) {
      for (const m of d.cues) {
        const owner = REF_OWNER[m.id] ?? 0;
        if (owner < O_SOURCE || owner >= O_SOURCE + SOURCE_IDS.length || owner === O_SOURCE + S_NON_MSC) continue;
        if (redefined && m.t1 - m.t0 === 1 && redefined.includes(owner * 0x10000 + (d.tokens.id[m.t0] ?? 0))) continue;
        const ctx = d.sentCtx[d.tokens.sentence[m.t0] ?? 0] ?? 0;
        // Tissues named for contrast ("in contrast to common MSC sources, e.g. bone marrow") are not the article's.
        if (ctx & sourceCtx && !(ctx & B_OTHER_SOURCES)) tallyAt(tallies, owner - O_SOURCE).add(d, m.t0, m.t1, 1);
      }
    }
  }
  // A study that ties MSCs of one tissue to its vesicles ("ASCs-exos", "exosomes derived from
  // adipose stem cells") names MSCs of another, never so tied, as cells the vesicles act on ("the
  // osteogenic differentiation of bone marrow MSCs (BMSCs)"). A review names the sources it covers.
  if (isMsc && !review && tallies.filter((t, i) => t && isMscTissueOwner(O_SOURCE + i)).length >= 2) {
    const tied = linkedMscTissues(docs, links);
    if (tied) tallies.forEach((t, i) => {
      if (t && isMscTissueOwner(O_SOURCE + i) && !(tied & (1 << i))) tallies[i] = undefined;
    });
  }
  for (const h of links.nonMsc) tallyAt(tallies, S_NON_MSC).add(h.doc, h.t0, h.t1, 1);
  // Perinatal tissues are sources by themselves (TAXONOMY §4: cord blood and Wharton's jelly,
  // amniotic cells): vesicles of a placenta, cord or amnion named without MSC wording ("exosomes
  // derived from human chorion membrane extracts", "placenta-derived exosomes"), also where the
  // tissue's own name is what makes the article an MSC one ("exosomes from acellular Wharton's
  // jelly of the human umbilical cord") and no sentence about MSCs named a tissue.
  if (links.nonMsc.length === 0 && !tallies.some((t, i) => t && isMscTissueOwner(O_SOURCE + i))) {
    for (const d of docs) {
      for (const m of d.cues) {
        const owner = REF_OWNER[m.id] ?? 0;
        if (owner !== O_SOURCE + S_CORD && owner !== O_SOURCE + S_PLACENTA) continue;
        if (!((d.sentCtx[d.tokens.sentence[m.t0] ?? 0] ?? 0) & B_EV)) continue;
        if (tissueOfNonMsc(d, m)) continue;
        tallyAt(tallies, owner - O_SOURCE).add(d, m.t0, m.t1, 1);
      }
    }
  }
  const ids: EvSource[] = [];
  const evidence: Facets['evidence']['evSource'] = {};
  let mscTissue = false;
  SOURCE_IDS.forEach((id, i) => {
    const t = tallies[i];
    if (!t || t.score <= 0) return;
    ids.push(id);
    evidence[id] = t.evidence();
    if (i !== S_NON_MSC) mscTissue = true;
  });
  const hasNonMsc = ids.includes('non-msc');
  if (!mscTissue && (isMsc || !hasNonMsc)) {
    ids.push(SOURCE_IDS[S_UNSPEC] ?? 'unspecified');
    evidence.unspecified = [];
  }
  return { ids, evidence };
}

/**
 * Is tissue cue m the tissue of a body fluid ("exosomes derived from amniotic fluid") or of other
 * cells it names ("human umbilical cord blood endothelial cells", cells the vesicles act on): a
 * non-MSC source cue it overlaps, or one that follows it in the same phrase?
 */
function tissueOfNonMsc(d: FieldDoc, m: Match): boolean {
  return d.cues.some((n) => REF_OWNER[n.id] === O_SOURCE + S_NON_MSC && m.t0 < n.t1 && (n.t0 < m.t1 || (n.t0 === m.t1 && joined(d, m.t1 - 1))));
}

/**
 * The MSC tissues (bitmask by source index) that some field ties to its vesicles: the tissue
 * words in each run of MSC words a walk reached ("bone marrow mesenchymal stem cells").
 */
function linkedMscTissues(docs: FieldDoc[], links: SourceLinks): number {
  for (const d of docs) if (!links.mscWalked.includes(d)) walkSourceLinks(d, links, true);
  let tied = 0;
  for (const d of docs) {
    if (!links.mscAt.some((a) => a.doc === d)) continue;
    const runTissues = mscRunTissues(d);
    for (const a of links.mscAt) if (a.doc === d) tied |= runTissues[a.t - d.tokens.from] ?? 0;
  }
  return tied;
}

/**
 * Per token of field d (indexed from tokens.from): the MSC tissues (bitmask by source index) named
 * in the run of MSC words it belongs to. Two sweeps spread each run's tissues over its tokens, so
 * a megabyte of MSC words costs linear time however many links point into it.
 */
function mscRunTissues(d: FieldDoc): Uint32Array {
  const from = d.tokens.from;
  const n = d.tokens.to - from;
  const inRun = allocU8(n);
  const tissues = allocU32(n);
  for (const m of d.cues) {
    if (!namesMsc(m.id)) continue;
    const owner = REF_OWNER[m.id] ?? 0;
    inRun.fill(1, m.t0 - from, m.t1 - from);
    if (owner !== O_ISMSC) for (let k = m.t0 - from; k < m.t1 - from; k++) tissues[k] = (tissues[k] ?? 0) | (1 << (owner - O_SOURCE));
  }
  for (let k = 1; k < n; k++) if (inRun[k] && inRun[k - 1]) tissues[k] = (tissues[k] ?? 0) | (tissues[k - 1] ?? 0);
  for (let k = n - 2; k >= 0; k--) if (inRun[k] && inRun[k + 1]) tissues[k] = (tissues[k] ?? 0) | (tissues[k + 1] ?? 0);
  return tissues;
}

/** Does cue id name MSCs for the source walks: a full-weight MSC word or an MSC tissue (REF_ROLE)? */
function namesMsc(id: number): boolean {
  return REF_ROLE[id] === R_MSC;
}

/**
 * MSC-source abbreviations the article defines as another tissue's ("human amniotic stem cells
 * (hASCs)", where the KB reads hASC as adipose): owner · 2^16 + word id of each, so that none of
 * the article's mentions of that word names the KB's tissue. A definition is a one-word source
 * cue in parentheses after a cue of another MSC source in the same sentence, within eight words.
 */
function redefinedAbbreviations(docs: FieldDoc[]): number[] | null {
  let out: number[] | null = null;
  for (const d of docs) {
    // Cues come grouped by label, not in text order: collect the MSC-source cues, then sort.
    let sources: Match[] | null = null;
    for (const m of d.cues) {
      const owner = REF_OWNER[m.id] ?? 0;
      if (isMscTissueOwner(owner)) (sources ??= []).push(m);
    }
    if (!sources || sources.length < 2) continue;
    sources.sort((a, b) => a.t0 - b.t0);
    for (let k = 1; k < sources.length; k++) {
      const m = sources[k] as Match;
      const before = sources[k - 1] as Match;
      const t = m.t0;
      const owner = REF_OWNER[m.id] ?? 0;
      if (
        m.t1 - t === 1 && owner !== REF_OWNER[before.id] && t - before.t1 < 8 && d.tokens.sentence[before.t0] === d.tokens.sentence[t] &&
        t > d.tokens.from && t + 1 < d.tokens.to && inParentheses(d, t)
      ) {
        // Distinct pairs only: there are a few such words, however long the text.
        const key = owner * 0x10000 + (d.tokens.id[t] ?? 0);
        if (!(out ??= []).includes(key)) out.push(key);
      }
    }
  }
  return out;
}

function decideQc(isEv: boolean, docs: FieldDoc[], fullDocs: FieldDoc[], review: boolean): QcCall[] {
  if (!isEv) return QC_IDS.map((id) => ({ id, status: 'not-found' as const, evidence: [] }));
  const tallies = emptyTallies(QC_IDS.length);
  // Methods sections are searched first so their sentences lead the evidence.
  const searched = fullDocs.length === 0 ? docs : [...docs, ...[...fullDocs].sort((a, b) => methodsRank(b) - methodsRank(a))];
  for (const d of searched) {
    for (const m of d.cues) {
      // Vesicles the study counted: its own EV words say where they are ("microparticles" is no EV context word).
      if (REF_ROLE[m.id] === R_EV) {
        if (!review) countedVesicleAt(d, m, tallies, Q_SIZE);
        continue;
      }
      const owner = REF_OWNER[m.id] ?? 0;
      const weight = REF_WEIGHT[m.id] ?? 0;
      if (owner < O_QC || owner >= O_QC + QC_IDS.length || weight <= 0) continue;
      // What a study plans or says is needed ("will require GMP manufacturing and potency assays"),
      // and what its Background section says of the field, is not what it did. A review or a
      // position paper reports the concepts it names, recommendations included (TAXONOMY §4). The
      // nomenclature item is the word itself, wherever it stands.
      if (!review && owner !== O_QC + Q_NOMENCLATURE && notReportedHere(d, d.tokens.sentence[m.t0] ?? 0)) continue;
      // ... and only the concepts: not what a finding's wording implies (CueOpts.finding).
      const flags = REF_FLAGS[m.id] ?? 0;
      if (review && flags & C_FINDING) continue;
      // The vesicles' source is no culture condition ("platelet lysate-derived EVs").
      if (d.sourceTokens && namesSource(d, m.t0, m.t1)) continue;
      const w = review && flags & C_CONCEPT ? Math.max(1, weight) : weight;
      tallyAt(tallies, owner - O_QC).add(d, m.t0, m.t1, w * (d.field === 'fullText' ? methodsRank(d) + 1 : 1));
    }
    // Amounts and temperatures count only in vesicle sentences: skip the scans where there is none.
    if (d.ctx & B_EV) {
      doseHits(d, tallies, Q_DOSE);
      if (mayNameColdStorage(d.norm.text)) patternHits(d, STORAGE_TEMP_RE, tallies, Q_STORAGE);
      // A measured size is a finding: a review's sizes are the literature's.
      if (!review) measuredSizeHits(d, tallies, Q_SIZE);
    }
  }
  return QC_IDS.map((id, i) => {
    const t = tallies[i];
    return t && t.score >= 1 ? { id, status: 'reported' as const, evidence: t.evidence() } : { id, status: 'not-found' as const, evidence: [] };
  });
}

const METHODS_LABEL = /method|material|experimental|procedure/;
const RESULTS_LABEL = /result|finding/;

/** Is sentence s of field d hedged or in a Background section (see decideQc)? */
function notReportedHere(d: FieldDoc, s: number): boolean {
  return ((d.sentCtx[s] ?? 0) & B_HEDGE) !== 0 || d.tokens.sentenceRole[s] === 'background';
}

function methodsRank(d: FieldDoc): number {
  return METHODS_LABEL.test(d.label) ? 1 : 0;
}

/** Regex cues (temperatures) count when their sentence is about the vesicles. */
function patternHits(d: FieldDoc, re: RegExp, tallies: (Tally | undefined)[], slot: number): void {
  const text = d.norm.text;
  re.lastIndex = 0;
  let m = re.exec(text);
  while (m) {
    const t0 = tokenAt(d, m.index);
    const t1 = tokenAt(d, m.index + m[0].length - 1) + 1;
    if (t0 >= 0 && t1 > t0) {
      const ctx = d.sentCtx[d.tokens.sentence[t0] ?? 0] ?? 0;
      if (ctx & B_EV) tallyAt(tallies, slot).add(d, t0, t1, 1);
    }
    m = re.exec(text);
  }
}

/**
 * The amounts in field d (DOSE_RE matches), to `visit` (first token, end token, matched text) until
 * it returns true. DOSE_RE is tried at each word that starts with a digit, after the last match:
 * every match starts so (\b, then a digit), and a sticky try at a few words is far cheaper than
 * scanning the whole text with the pattern.
 */
function amountsIn(d: FieldDoc, visit: (t: number, t1: number, amount: string) => boolean | void): void {
  const text = d.norm.text;
  const { start, numeric, numericFrom, numericTo } = d.tokens;
  let resume = 0;
  for (let k = numericFrom; k < numericTo; k++) {
    const t = numeric[k] ?? 0;
    const at = start[t] ?? 0;
    if (at < resume) continue;
    DOSE_RE.lastIndex = at;
    const m = DOSE_RE.exec(text);
    if (!m) continue;
    resume = at + m[0].length;
    if (visit(t, tokenAt(d, resume - 1) + 1, m[0])) return;
  }
}

/** Amounts in vesicle sentences (see amountsIn). */
function doseHits(d: FieldDoc, tallies: (Tally | undefined)[], slot: number): void {
  amountsIn(d, (t, t1, amount) => {
    if (t > d.tokens.from && wordFlags(d.tokens.id[t - 1] ?? 0) & F_PER) return;
    const ctx = d.sentCtx[d.tokens.sentence[t] ?? 0] ?? 0;
    // A mass may be a drug's ("cisplatin 4 mg/kg"): it counts in a vesicle sentence, unless a
    // reagent stands beside it. A number of particles or vesicles is the vesicles' own amount
    // wherever it stands, unless it is a yield.
    if (t1 <= t || ctx & B_YIELD) return;
    if (VESICLE_AMOUNT.test(amount) || (ctx & B_EV && !reagentsAmount(d, t, t1))) tallyAt(tallies, slot).add(d, t, t1, 1);
  });
}

/** Is the mass amount at tokens [t, t1) a reagent's: one right after it ("10 μg/ml LPS") or before it in parentheses ("LPS (1 μg/mL)")? */
function reagentsAmount(d: FieldDoc, t: number, t1: number): boolean {
  const { id, from, to, start, end } = d.tokens;
  if (t1 < to && wordFlags(id[t1] ?? 0) & F_REAGENT && joined(d, t1 - 1)) return true;
  return t > from && (wordFlags(id[t - 1] ?? 0) & F_REAGENT) !== 0 && gapHas(d.norm.text, end[t - 1] ?? 0, start[t] ?? 0, 40);
}

/**
 * Counted people ("12 patients", "thirty healthy volunteers", "twenty-one Korean women": a count
 * at most two words before the noun, joined by spaces or hyphens) are a study in humans, unless
 * the sentence is about donors (and not about patient samples: see KB vetoLifts), hedged or
 * background. The count is what separates the people a study treated or sampled from people in
 * general ("patients with AD").
 */
function countedPeople(d: FieldDoc, tallies: (Tally | undefined)[], slot: number): void {
  const { id, sentence, sentenceRole, to } = d.tokens;
  // People nouns are clinicalHuman context words, single words all: only sentences with that
  // context can have one, so the others' words are never looked at.
  for (let s = 0; s < d.sentCtx.length; s++) {
    const ctx = d.sentCtx[s] ?? 0;
    if (!(ctx & B_CLINICAL_HUMAN) || vetoing(ctx) & (B_DONOR | B_HEDGE | B_BACKGROUND) || sentenceRole[s] === 'background') continue;
    for (let t = firstTokenOf(d.tokens, s); t < to && sentence[t] === s; t++) {
      if (wordFlags(id[t] ?? 0) & F_PEOPLE && !animalFollows(d, t)) countAt(d, t, tallies, slot);
    }
  }
}

/**
 * Is people noun t an adjective of animals: an animal word among the next five, joined by spaces
 * or hyphens ("42 adult male Wistar rats", "forty adult male New Zealand white rabbits")?
 */
function animalFollows(d: FieldDoc, t: number): boolean {
  const { id, start, end, to } = d.tokens;
  for (let k = t + 1; k < to && k <= t + 5; k++) {
    if (!joinedByWords(d.norm.text, end[k - 1] ?? 0, start[k] ?? 0)) return false;
    if (wordFlags(id[k] ?? 0) & F_ANIMAL) return true;
  }
  return false;
}

/**
 * A count at most two words before people noun t (see countedPeople) is a hit from the count to t.
 * Not a population's size ("affects more than 60 million people"), nor the number that ends a name
 * ("COVID-19 patients").
 */
function countAt(d: FieldDoc, t: number, tallies: (Tally | undefined)[], slot: number): void {
  const { start, end, from, id } = d.tokens;
  const text = d.norm.text;
  for (let c = t - 1; c >= from && c >= t - 3; c--) {
    if (!joinedByWords(text, end[c] ?? 0, start[c + 1] ?? 0)) return;
    if (wordFlags(id[c] ?? 0) & F_MAGNITUDE) return;
    if (isCount(d, c)) {
      // The whole count: "forty-three", "one hundred".
      while (c > from && isCount(d, c - 1) && joinedByWords(text, end[c - 1] ?? 0, start[c] ?? 0)) c--;
      // The number of a name ("COVID-19"): the name describes the people, and a count may stand
      // before it ("twenty-one COVID-19 patients"). This c-- and the loop's step over the name's word.
      if (c > from && end[c - 1] === (start[c] ?? 0) - 1 && text.charCodeAt(end[c - 1] ?? 0) === 45) {
        c--;
        continue;
      }
      tallyAt(tallies, slot).add(d, c, t + 1, d.weight);
      return;
    }
  }
}

/** First token of sentence s (tokens are in sentence order): binary search. */
function firstTokenOf(tokens: Tokens, s: number): number {
  const sentence = tokens.sentence;
  let lo = tokens.from;
  let hi = tokens.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentence[mid] ?? 0) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is text[a, b) only spaces and hyphens (two words of one phrase)? */
function joinedByWords(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45) return false;
  }
  return b > a;
}

/** Is token t a count word or a number? */
function isCount(d: FieldDoc, t: number): boolean {
  if (wordFlags(d.tokens.id[t] ?? 0) & F_COUNT) return true;
  const text = d.norm.text;
  for (let k = d.tokens.start[t] ?? 0, stop = d.tokens.end[t] ?? 0; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Can STORAGE_TEMP_RE match: is there a "-" followed (after spaces) by 80, 70, 20 or 196? Hyphens
 * are found by indexOf, far faster than the regex engine's char-by-char scan of the whole text.
 */
function mayNameColdStorage(text: string): boolean {
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    let k = at + 1;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10) k++;
    const a = text.charCodeAt(k);
    const b = text.charCodeAt(k + 1);
    if (b === 48 && (a === 56 || a === 55 || a === 50)) return true; // 80, 70, 20
    if (a === 49 && b === 57 && text.charCodeAt(k + 2) === 54) return true; // 196
  }
  return false;
}

/**
 * Sizes the study measured (MEASURED_SIZE_RE) in vesicle sentences it reports as its own (see
 * notReportedHere). Only an "nm" that ends or follows a number's word is looked at (the tokenizer
 * lists those words), and the pattern is tried anchored at the verbs of its sentence's last words
 * before it: scanning the text for "nm" or the verbs would cost more than the rest of the QC search.
 */
function measuredSizeHits(d: FieldDoc, tallies: (Tally | undefined)[], slot: number): void {
  const text = d.norm.text;
  const { id, start, end, sentence, numeric, numericFrom, numericTo, to } = d.tokens;
  for (let k = numericFrom; k < numericTo; k++) {
    // "24.8nm" is one word that starts with a digit; "150 nm" a number and then the word "nm".
    const t = numeric[k] ?? 0;
    const e = end[t] ?? 0;
    let at = e - 2;
    let t1 = t + 1;
    if (!(text.charCodeAt(at) === 110 && text.charCodeAt(at + 1) === 109)) {
      at = start[t1] ?? 0;
      if (t1 >= to || at > e + 1 || (end[t1] ?? 0) !== at + 2 || text.charCodeAt(at) !== 110 || text.charCodeAt(at + 1) !== 109) continue;
      t1++;
    }
    NOT_A_SIZE_AFTER.lastIndex = at + 2;
    if (NOT_A_SIZE_AFTER.test(text)) continue;
    const s = sentence[t1 - 1] ?? 0;
    if (!((d.sentCtx[s] ?? 0) & B_EV) || notReportedHere(d, s)) continue;
    for (let v = t1 - 2; v >= d.tokens.from && v >= t1 - MEASURED_SIZE_REACH && sentence[v] === s; v--) {
      if (!(wordFlags(id[v] ?? 0) & F_MEASURED)) continue;
      MEASURED_SIZE_RE.lastIndex = start[v] ?? 0;
      const m = MEASURED_SIZE_RE.exec(text);
      if (m && m.index + m[0].length === at + 2) {
        tallyAt(tallies, slot).add(d, v, t1, 1);
        break;
      }
    }
  }
}

/**
 * Does EV match m name vesicles the study counted (F_VESICLE_COUNT)? A count word and "of" before
 * an EV word in the plural, a few joined words apart ("higher levels of all MPs"), or a count word
 * or "were quantified" right after one ("PLT-EVs count", "EMP levels were measured"). Not "levels
 * of exosomal miR-21" (the vesicles' cargo: the EV word must be a plural noun) nor "exosomal levels".
 */
function countedVesicleAt(d: FieldDoc, m: Match, tallies: (Tally | undefined)[], slot: number): void {
  const { tokens } = d;
  const { id, sentence, end, from, to } = tokens;
  const s = sentence[m.t0] ?? 0;
  // Most EV words have no count word around them: find "of" before, or the word after, by ids
  // alone first (this runs for every EV word); the joins and the sentence's context only then.
  let of = -1;
  for (let t = m.t0 - 1; t > from && t >= m.t0 - 1 - VESICLE_COUNT_REACH && sentence[t] === s; t--) {
    const w = id[t] ?? 0;
    if (w === W_OF) {
      of = t;
      break;
    }
    // "levels of miR-125b in exosomes" count the cargo.
    if (wordFlags(w) & (F_PREPOSITION | F_COORD | F_VESICLE_BREAK)) break;
  }
  const next = m.t1 < to && sentence[m.t1] === s ? wordFlags(id[m.t1] ?? 0) : 0;
  if (of < 0 && !(next & (F_VESICLE_COUNT | F_BE))) return;
  // Nor the levels earlier studies counted ("studies have demonstrated … platelet microparticle levels").
  if (notReportedHere(d, s) || (d.sentCtx[s] ?? 0) & B_BACKGROUND) return;
  const text = d.norm.text;
  const last = m.t1 - 1;
  if (of >= 0 && endsPlural(text, tokens, last) && wordFlags(id[of - 1] ?? 0) & F_VESICLE_COUNT && !indefinite(tokens, of - 1)) {
    if (allJoined(tokens, text, of - 1, m.t0)) tallyAt(tallies, slot).add(d, of - 1, m.t1, 1);
  }
  // An adjective ("exosomal levels of …") names the cargo's level, not the vesicles'.
  if (!(next & (F_VESICLE_COUNT | F_BE)) || !joined(d, last)) return;
  const lastEnd = end[last] ?? 0;
  if ((text.charCodeAt(lastEnd - 1) | 32) === 108 && (text.charCodeAt(lastEnd - 2) | 32) === 97) return;
  if (next & F_VESICLE_COUNT) tallyAt(tallies, slot).add(d, m.t0, m.t1 + 1, 1);
  else if (m.t1 + 1 < to && sentence[m.t1 + 1] === s && wordFlags(id[m.t1 + 1] ?? 0) & F_COUNTED) {
    tallyAt(tallies, slot).add(d, m.t0, m.t1 + 2, 1);
  }
}

/** Does a lessening word (F_LESSENS) stand up to LESSENS_REACH joined words before token t in its sentence? */
function lessenedBefore(d: FieldDoc, t: number): boolean {
  const { tokens } = d;
  for (let k = t - 1; k >= tokens.from && k >= t - LESSENS_REACH && joined(d, k); k--) {
    if (wordFlags(tokens.id[k] ?? 0) & F_LESSENS) return true;
  }
  return false;
}

/** Does an indefinite article stand before count word t ("a number of", "a high level of"; not "an increased number of")? */
function indefinite(tokens: Tokens, t: number): boolean {
  return articleAt(tokens, t - 1, t) || (articleAt(tokens, t - 2, t) && (wordFlags(tokens.id[t - 1] ?? 0) & F_MUCH) !== 0);
}

/** Is token k "a" or "an", in the sentence of token t? */
function articleAt(tokens: Tokens, k: number, t: number): boolean {
  const w = tokens.id[k] ?? 0;
  return k >= tokens.from && tokens.sentence[k] === tokens.sentence[t] && (w === W_A || w === W_AN);
}

/** Index of the token covering (or first after) a normalised offset; -1 when none. */
function tokenAt(d: FieldDoc, offset: number): number {
  const ends = d.tokens.end;
  let lo = d.tokens.from;
  let hi = d.tokens.to - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) > offset) {
      ans = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return ans;
}

function decideNotes(
  input: ArticleInput, coiDoc: FieldDoc | undefined, pubTypes: string[], isEv: boolean, studyTypes: StudyType[],
  docs: FieldDoc[], docCtx: number, raw: (Tally | undefined)[],
): NoteCall[] {
  const notes: NoteCall[] = [];
  if (coiDoc) {
    const sentences = new Set<number>();
    for (const m of coiDoc.cues) {
      if (REF_OWNER[m.id] !== O_COI) continue;
      if (negatedBefore(coiDoc.negAt, m.t0, coiDoc.tokens)) continue;
      sentences.add(coiDoc.tokens.sentence[m.t0] ?? 0);
    }
    if (sentences.size > 0) notes.push({ id: 'coi-industry', evidence: [...sentences].sort((a, b) => a - b).map((s) => sentenceEvidence(coiDoc, s)) });
  }
  const notices = input.notices ?? [];
  // "Retraction of Publication" is the notice that retracts another record, and "Published
  // Erratum" is the correction itself: neither means this article was retracted or corrected.
  const retractedEv = pubTypeEvidence(pubTypes, RETRACTED_PUBTYPE);
  if (retractedEv.length > 0 || notices.some((n) => n?.kind === 'retraction-in')) notes.push({ id: 'retracted', evidence: retractedEv });
  const correctedEv = pubTypeEvidence(pubTypes, CORRECTED_PUBTYPE);
  if (correctedEv.length > 0 || notices.some((n) => n?.kind === 'erratum-in')) notes.push({ id: 'corrected', evidence: correctedEv });
  if (isEv) {
    const cosmetic = (docCtx & B_COSMETIC) !== 0;
    if (studyTypes.includes('clinical') || cosmetic) {
      const evidence: Evidence[] = [];
      if (cosmetic) {
        for (const d of docs) {
          const hit = d.sentCtx.findIndex((c) => (c & B_COSMETIC) !== 0);
          if (hit >= 0) {
            evidence.push(sentenceEvidence(d, hit));
            break;
          }
        }
      }
      if (studyTypes.includes('clinical')) evidence.push(...(raw[O_STUDY + ST_CLIN]?.evidence(2) ?? []));
      notes.push({ id: 'regulatory', evidence: evidence.slice(0, 3) });
    }
  }
  return notes;
}

export function toLabels(a: Analysis): Labels {
  return {
    topics: a.topics.map((t) => t.id),
    is_ev: a.facets.isEv,
    is_msc: a.facets.isMsc,
    ev_source: [...a.facets.evSource],
    study_type: [...a.facets.studyType],
    qc: a.qc.filter((q) => q.status === 'reported').map((q) => q.id),
  };
}
