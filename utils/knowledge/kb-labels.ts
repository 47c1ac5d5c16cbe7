/**
 * The knowledge base's ids and labels: what the UI shows for each topic, source, study type, QC
 * item and note, in TAXONOMY.md's order. Kept apart from the cues (kb-data.ts), which the content
 * scripts load compiled (kb.bin) rather than bundle: every script and page shows these labels.
 * Part of the knowledge base: a change here bumps KB_DATA.version too.
 */
import type { EvSource, NoteId, QcId, StudyType, TopicId } from '../model';

type Labeled<Id extends string> = readonly { id: Id; label: string }[];

export const KB_LABELS: {
  topics: Labeled<TopicId>;
  evSources: Labeled<EvSource>;
  studyTypes: Labeled<StudyType>;
  qc: Labeled<QcId>;
  notes: Labeled<NoteId>;
} = {
  topics: [
    { id: 'immunomodulation', label: 'Immunomodulation / anti-inflammation' },
    { id: 'atopic-dermatitis', label: 'Atopic dermatitis' },
    { id: 'psoriasis', label: 'Psoriasis' },
    { id: 'wound-healing', label: 'Wound healing' },
    { id: 'scar-fibrosis', label: 'Scar and skin fibrosis' },
    { id: 'skin-aging', label: 'Skin aging and photoaging' },
    { id: 'skin-barrier', label: 'Skin barrier' },
    { id: 'hair-growth', label: 'Hair growth' },
    { id: 'pigmentation', label: 'Pigmentation' },
  ],
  evSources: [
    { id: 'bone-marrow-msc', label: 'Bone-marrow MSC' },
    { id: 'adipose-msc', label: 'Adipose MSC' },
    { id: 'umbilical-cord-msc', label: 'Umbilical-cord MSC (incl. Wharton’s jelly, cord blood)' },
    { id: 'placenta-amnion-msc', label: 'Placenta / amnion MSC' },
    { id: 'ipsc-msc', label: 'iPSC-derived MSC' },
    { id: 'dental-msc', label: 'Dental MSC' },
    { id: 'other-msc', label: 'Other MSC' },
    { id: 'non-msc', label: 'Non-MSC source' },
    { id: 'unspecified', label: 'Unspecified source' },
  ],
  studyTypes: [
    { id: 'review', label: 'Review' },
    { id: 'in-vitro', label: 'In vitro' },
    { id: 'in-vivo', label: 'In vivo (animal)' },
    { id: 'clinical', label: 'Clinical (humans)' },
  ],
  qc: [
    { id: 'qc-nomenclature', label: 'EV nomenclature' },
    { id: 'qc-source-identity', label: 'Producer-cell identity' },
    { id: 'qc-culture', label: 'Culture conditions' },
    { id: 'qc-isolation', label: 'Isolation method' },
    { id: 'qc-size-concentration', label: 'Particle size and concentration' },
    { id: 'qc-morphology', label: 'Morphology' },
    { id: 'qc-ev-markers', label: 'EV marker proteins' },
    { id: 'qc-purity', label: 'Purity / negative markers' },
    { id: 'qc-dose', label: 'Dose reporting' },
    { id: 'qc-potency', label: 'Potency assay' },
    { id: 'qc-safety', label: 'Safety testing' },
    { id: 'qc-storage', label: 'Storage and stability' },
    { id: 'qc-manufacturing', label: 'Manufacturing' },
    { id: 'qc-data-sharing', label: 'Data sharing' },
  ],
  notes: [
    { id: 'coi-industry', label: 'Industry ties' },
    { id: 'retracted', label: 'Retracted' },
    { id: 'corrected', label: 'Corrected' },
    { id: 'regulatory', label: 'Regulatory status' },
  ],
};
