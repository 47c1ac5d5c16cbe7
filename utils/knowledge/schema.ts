/**
 * zod schema of the knowledge base. Used by tests and the CLIs to validate KB_DATA; never
 * imported by the runtime analyzer (keeps zod out of the content-script bundle).
 */
import { z } from 'zod';
import { CONTEXT_IDS } from './types';

export const TOPIC_IDS = [
  'immunomodulation', 'atopic-dermatitis', 'psoriasis', 'wound-healing', 'scar-fibrosis', 'skin-aging', 'skin-barrier', 'hair-growth', 'pigmentation',
] as const;
export const EV_SOURCE_IDS = [
  'bone-marrow-msc', 'adipose-msc', 'umbilical-cord-msc', 'placenta-amnion-msc', 'ipsc-msc', 'dental-msc', 'other-msc', 'non-msc', 'unspecified',
] as const;
export const STUDY_TYPE_IDS = ['review', 'in-vitro', 'in-vivo', 'clinical'] as const;
export const QC_IDS = [
  'qc-nomenclature', 'qc-source-identity', 'qc-culture', 'qc-isolation', 'qc-size-concentration', 'qc-morphology', 'qc-ev-markers',
  'qc-purity', 'qc-dose', 'qc-potency', 'qc-safety', 'qc-storage', 'qc-manufacturing', 'qc-data-sharing',
] as const;
export const NOTE_IDS = ['coi-industry', 'retracted', 'corrected', 'regulatory'] as const;
export const GUIDELINE_IDS = ['MISEV2018', 'MISEV2023', 'ISEV/ISCT 2019', 'ISCT 2006', 'EV-TRACK'] as const;
export type GuidelineId = (typeof GUIDELINE_IDS)[number];

const phrase = z.string().trim().min(1).refine((s) => /[\p{L}\p{N}]/u.test(s), 'a cue needs at least one letter or digit');
const contextId = z.enum(CONTEXT_IDS);
const cueOpts = z.strictObject({
  req: z.array(contextId).min(1).optional(),
  veto: z.array(contextId).min(1).optional(),
  doc: contextId.optional(),
  skinUnlessOtherTissue: z.boolean().optional(),
  neg: z.boolean().optional(),
  plural: z.boolean().optional(),
  producer: z.boolean().optional(),
  finding: z.boolean().optional(),
  concept: z.boolean().optional(),
  ownCase: z.boolean().optional(),
  generic: z.boolean().optional(),
  carrier: z.boolean().optional(),
  product: z.boolean().optional(),
  namesNoAnimal: z.boolean().optional(),
}).refine((o) => !o.skinUnlessOtherTissue || o.doc === 'skin', 'skinUnlessOtherTissue goes with doc: skin');
const weight = z.number().min(0).max(3);
export const cueSchema = z.union([phrase, z.tuple([phrase, weight]), z.tuple([phrase, weight, cueOpts])]);

const cueSet = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: z.enum(ids), cues: z.array(cueSchema), falseFriends: z.array(phrase) });

export const kbSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'version looks like 2026.11.1'),
  contexts: z.record(contextId, z.array(phrase).min(1)),
  vetoLifts: z.array(z.strictObject({ context: contextId, liftedBy: z.array(contextId).min(1) })),
  negators: z.array(phrase).min(1),
  qcNegations: z.array(phrase).min(1),
  topics: z.array(
    z.strictObject({
      id: z.enum(TOPIC_IDS),
      cues: z.array(cueSchema).min(3),
      veto: z.array(contextId).min(1).optional(),
      falseFriends: z.array(phrase),
    }),
  ).length(TOPIC_IDS.length),
  isEv: z.strictObject({ cues: z.array(cueSchema).min(1), falseFriends: z.array(phrase) }),
  isMsc: z.strictObject({ cues: z.array(cueSchema).min(1), falseFriends: z.array(phrase) }),
  evSources: z.array(cueSet(EV_SOURCE_IDS)).length(EV_SOURCE_IDS.length),
  sourceLinks: z.array(phrase),
  suffixAliases: z.array(z.tuple([z.string().regex(/^[a-z]{3,}$/), z.string().regex(/^[a-z]+$/)])),
  // One word each: a reagent flags the word itself (the analyzer looks at the words beside an amount).
  reagents: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  studyTypes: z.array(cueSet(STUDY_TYPE_IDS)).length(STUDY_TYPE_IDS.length),
  experimental: z.array(cueSchema).min(1),
  qc: z.array(
    z.strictObject({
      id: z.enum(QC_IDS),
      cues: z.array(cueSchema).min(1),
      falseFriends: z.array(phrase),
    }),
  ).length(QC_IDS.length),
  notes: z.array(z.strictObject({ id: z.enum(NOTE_IDS), cues: z.array(cueSchema) })).length(NOTE_IDS.length),
}).refine((kb) => {
  const elsewhere = [...kb.topics, kb.isEv, kb.isMsc, ...kb.evSources, ...kb.studyTypes.filter((s) => s.id !== 'in-vivo'), ...kb.qc, ...kb.notes];
  return [...elsewhere.flatMap((s) => s.cues), ...kb.experimental].every((c) => typeof c === 'string' || !c[2]?.namesNoAnimal);
}, 'namesNoAnimal is an option of in-vivo cues only');

/** kb-docs.ts: an entry for every topic, guideline, QC item and note (a record over an enum requires each key). */
export const kbDocsSchema = z.strictObject({
  topicDescriptions: z.record(z.enum(TOPIC_IDS), z.string().min(1)),
  guidelineCitations: z.record(z.enum(GUIDELINE_IDS), z.string().min(10)),
  qcNotes: z.record(z.enum(QC_IDS), z.string().min(20)),
  qcGuidelines: z.record(z.enum(QC_IDS), z.array(z.enum(GUIDELINE_IDS)).min(1)),
  noteTexts: z.record(z.enum(NOTE_IDS), z.string().min(20)),
});

export type KbFromSchema = z.infer<typeof kbSchema>;
