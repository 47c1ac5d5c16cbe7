/**
 * Shape of the knowledge base (plain types and the context names, no zod: the runtime analyzer
 * imports these, never the schema). `schema.ts` mirrors this shape in zod for tests and CLIs.
 */
import type { EvSource, NoteId, QcId, StudyType, TopicId } from '../model';

/** Names of sentence/document contexts defined in `KnowledgeBase.contexts` (each has a bit in the analyzer). */
export const CONTEXT_IDS = [
  'skin', 'ev', 'producer', 'charact', 'pig', 'donor', 'hedge', 'background', 'msc', 'cosmetic', 'clinicalHuman', 'systemicImmune',
  'otherTissue', 'skinSite', 'administration', 'patientSamples', 'contactAllergy', 'vitiligo', 'inTissue', 'tissueImaging', 'yield',
  'scarring', 'otherAllergy', 'rnaExosome', 'rnaDecay', 'secretedFactors', 'animal', 'knownFacts',
  'storage', 'otherSources', 'generalProperties', 'agingSigns',
] as const;
export type ContextId = (typeof CONTEXT_IDS)[number];

export type CueOpts = {
  /** The sentence must also contain one of these contexts. */
  req?: ContextId[];
  /** The cue is void when its sentence contains one of these contexts. */
  veto?: ContextId[];
  /** The document (all fields) must contain this context, else the cue does not count. */
  doc?: ContextId;
  /**
   * With doc 'skin': a document that names no other tissue either (otherTissue) counts as one
   * about the skin ("MSC exosomes promote wound healing": a wound of no named tissue is the
   * skin's), except in a list of vesicles' general properties ("angiogenesis, wound healing,
   * anti-fibrosis"), which names no tissue because it is about none.
   */
  skinUnlessOtherTissue?: boolean;
  /** Void when a negator ("without", "no", "lack of"…) stands within 3 tokens before it. */
  neg?: boolean;
  /**
   * The last word must be plural in the text. Words are matched by their stem, so "in humans"
   * would also match "in human skin"; with this it matches only "in humans".
   */
  plural?: boolean;
  /**
   * The cue (a participle) must say what was done to the cells that make the vesicles: joined by a
   * hyphen to its agent before an MSC word ("IFN-γ-stimulated MSCs"), or after one ("MSCs were
   * pretreated with melatonin"). See the analyzer's modifiesProducer.
   */
  producer?: boolean;
  /**
   * A QC cue that reports the item only as a study's finding ("the vesicles retained their
   * bioactivity after lyophilisation" → qc-potency), not in a review, which reports an item where
   * it names the concept itself (TAXONOMY §QC).
   */
  finding?: boolean;
  /**
   * A QC cue that names the item's concept itself ("storage", "stability"): weak in a study, where
   * it may be a passing word, it reports the item in a review (TAXONOMY §QC: reviews report the
   * concepts they name).
   */
  concept?: boolean;
  /**
   * A clinical cue that names the article's own case ("a 31-year-old woman", "case report"): a case
   * report that also reviews the literature is the report of a case, not a review.
   */
  ownCase?: boolean;
  /**
   * An EV word that also names synthetic lipid or polymer carriers ("nanovesicles", "vesicles",
   * "microparticles"): it makes an article about EVs only where the article names no such carrier
   * (see carrier).
   */
  generic?: boolean;
  /**
   * A synthetic carrier or organelle the generic vesicle words may mean ("liposomes", "niosomes",
   * "PLGA", "lamellar bodies"); weight 0: it says what those words mean in this article.
   */
  carrier?: boolean;
  /**
   * An EV cue that names a product people make and give (a conditioned medium, a culture
   * supernatant, "stem cell metabolites"): never one item of a list of what cells secrete, so a
   * secretedFactors sentence does not halve it ("ADSC-CM provides growth factors and cytokines"),
   * where it halves "secretome" and "exosomes" (the cells' own paracrine mechanism).
   */
  product?: boolean;
  /**
   * An in-vivo cue that names no animal ("in vivo", a route of administration, a wound model, tissue
   * histology): in an article that also studies people it may be about them ("efficacy in vivo",
   * "a subcutaneous injection" in a volunteer study), so there only the other in-vivo cues count.
   */
  namesNoAnimal?: boolean;
};

/** A cue: a phrase (weight 1), or [phrase, weight] / [phrase, weight, options]. */
export type CueDef = string | [string, number] | [string, number, CueOpts];

export type TopicEntry = {
  id: TopicId;
  cues: CueDef[];
  /**
   * Contexts that void every cue of the topic in their sentence: `otherTissue` for topics that are
   * about skin only (a corneal wound, a glial scar). See also KnowledgeBase.vetoLifts.
   */
  veto?: ContextId[];
  /** Phrases that void any overlapping cue of this topic ("wound healing assay", "retinal pigment"). */
  falseFriends: string[];
};

export type QcEntry = {
  id: QcId;
  cues: CueDef[];
  falseFriends: string[];
};

export type NoteEntry = { id: NoteId; cues: CueDef[] };

export type CueSet<Id extends string> = { id: Id; cues: CueDef[]; falseFriends: string[] };

export type KnowledgeBase = {
  version: string;
  contexts: Record<ContextId, string[]>;
  /**
   * A context that vetoes nothing in a sentence that also has one of `liftedBy`: another tissue's
   * wound in a sentence that names a skin site, a donor animal in a sentence that also gives it
   * something ("exosomes were isolated … and injected into NC/Nga mice").
   */
  vetoLifts: { context: ContextId; liftedBy: ContextId[] }[];
  negators: string[];
  /**
   * Wording that says an item was not done ("were not characterised by", "did not report"): QC
   * cues after it in its clause are not reported. Topics stay named ("no effect on wound closure").
   */
  qcNegations: string[];
  topics: TopicEntry[];
  isEv: { cues: CueDef[]; falseFriends: string[] };
  isMsc: { cues: CueDef[]; falseFriends: string[] };
  evSources: CueSet<EvSource>[];
  /** Words allowed between a source word and the EV word it names ("keratinocyte-derived EVs"). */
  sourceLinks: string[];
  /**
   * Word endings that make an unknown word read as a vocabulary word: an abbreviation with a
   * prefix of its own ("LpEVs", "mEVs", "HExos" read as "EVs", "Exos"). Suffix → word.
   */
  suffixAliases: [string, string][];
  /**
   * Reagents given to cells or animals in µg or mg ("10 μg/ml LPS", "lipopolysaccharide (1 μg/mL)"):
   * an amount next to one is the reagent's, not the vesicles' dose, even in a vesicle sentence.
   */
  reagents: string[];
  studyTypes: CueSet<StudyType>[];
  /** Wording of primary research, weighed against review wording. */
  experimental: CueDef[];
  qc: QcEntry[];
  notes: NoteEntry[];
};
