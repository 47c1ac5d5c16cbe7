/**
 * The knowledge base's prose, kept apart from KB_DATA: every content script bundles KB_DATA (the
 * analyzer reads it) and must stay within 40 kB gzip (issue 4). No content script imports this
 * module: the options page shows the topic descriptions, the article overlay gets each QC item's
 * "why it matters" (note and guidelines) and the note texts from the background (`kb/texts`), and
 * the guideline citations back the names the QC items cite. The schema tests validate it along with KB_DATA.
 */
import type { NoteId, QcId, TopicId } from '../model';
import type { GuidelineId } from './schema';

/** What each therapeutic topic covers (the options page's topic tooltips). */
export const TOPIC_DESCRIPTIONS: Readonly<Record<TopicId, string>> = {
  immunomodulation: 'Effects on immune cells or inflammation not tied to one of the skin diseases: macrophage polarization, T-cell/Treg regulation, cytokine suppression, GvHD, sepsis, autoimmune or systemic inflammation.',
  'atopic-dermatitis': 'Atopic dermatitis / eczema, in patients or models.',
  psoriasis: 'Psoriasis and psoriasis-like models.',
  'wound-healing': 'Acute, chronic, diabetic, burn, ulcer or pressure wounds; re-epithelialisation; angiogenesis in service of wound repair.',
  'scar-fibrosis': 'Hypertrophic scar, keloid, scarless healing, myofibroblast control, scleroderma / systemic sclerosis of the skin.',
  'skin-aging': 'UV photoaging, wrinkles, collagen loss, MMP-1, dermal fibroblast senescence, rejuvenation and aesthetic uses.',
  'skin-barrier': 'Epidermal barrier function and repair.',
  'hair-growth': 'Alopecia, hair follicle cycling, dermal papilla cells.',
  pigmentation: 'Melanogenesis, hyperpigmentation, melasma, vitiligo, skin whitening.',
};

/** Full citation of each guideline the QC items cite by name. */
export const GUIDELINE_CITATIONS: Readonly<Record<GuidelineId, string>> = {
  MISEV2018: 'Théry C et al., J Extracell Vesicles 2018;7:1535750',
  MISEV2023: 'Welsh JA et al., J Extracell Vesicles 2024;13:e12404',
  'ISEV/ISCT 2019': 'Witwer KW et al., J Extracell Vesicles 2019;8:1609206',
  'ISCT 2006': 'Dominici M et al., Cytotherapy 2006;8:315-317',
  'EV-TRACK': 'Van Deun J et al., Nat Methods 2017;14:228-232',
};

/** Why each QC item matters: the overlay's "Why it matters" under each checklist item. */
export const QC_NOTES: Readonly<Record<QcId, string>> = {
  'qc-nomenclature': 'MISEV recommends generic terms such as "small EVs" unless an endosomal origin is shown; "exosome" claims a biogenesis pathway that the methods rarely prove.',
  'qc-source-identity': 'The ISCT minimal criteria (CD73, CD90, CD105 positive; CD34, CD45, HLA-DR negative; tri-lineage differentiation) define MSCs; MSC-EV effects depend on what the producer cells really were.',
  'qc-culture': 'Fetal bovine serum carries its own EVs into preparations, and hypoxia, cytokine or 3D priming changes EV cargo: culture conditions must be reported.',
  'qc-isolation': 'The separation method sets purity and yield; precipitation co-isolates proteins and lipoproteins, ultracentrifugation can aggregate vesicles.',
  'qc-size-concentration': 'MISEV asks for particle quantification (NTA, TRPS, flow) and size distribution, not protein amount alone.',
  'qc-morphology': 'Single-vesicle imaging (TEM, cryo-EM, AFM) shows what was isolated: intact bilayer vesicles, aggregates or contaminants.',
  'qc-ev-markers': 'MISEV asks for at least one transmembrane (CD9, CD63, CD81) and one cytosolic (TSG101, Alix, syntenin, flotillin, HSP70) EV protein.',
  'qc-purity': 'Negative markers (calnexin, GM130, apolipoproteins, albumin) and particle-to-protein ratios show what the preparation is not: cells, organelles, lipoproteins.',
  'qc-dose': 'Without a dose in particles or µg of protein (per injection, per kg or per mL) no result can be reproduced or compared.',
  'qc-potency': 'A quantitative functional assay of the preparation (T-cell suppression, macrophage cytokine release…) is required for a therapeutic product and separates batches that look alike.',
  'qc-safety': 'Sterility, endotoxin, mycoplasma, toxicity, tumorigenicity and immunogenicity testing (and adverse-event reporting in humans) are required before clinical use.',
  'qc-storage': 'EVs aggregate and lose activity when stored badly: storage temperature, buffer, freeze-thaw cycles and shelf life should be reported.',
  'qc-manufacturing': 'GMP production, scale-up (bioreactors, tangential flow filtration) and batch-to-batch consistency are the path from a lab result to a product.',
  'qc-data-sharing': 'An EV-TRACK ID or deposition in Vesiclepedia/ExoCarta lets others check the methods (EV-METRIC).',
};

/** The guidelines behind each QC item (by name; GUIDELINE_CITATIONS has the references). */
export const QC_GUIDELINES: Readonly<Record<QcId, readonly GuidelineId[]>> = {
  'qc-nomenclature': ['MISEV2018', 'MISEV2023'],
  'qc-source-identity': ['ISCT 2006', 'ISEV/ISCT 2019', 'MISEV2023'],
  'qc-culture': ['MISEV2018', 'MISEV2023', 'ISEV/ISCT 2019'],
  'qc-isolation': ['MISEV2018', 'MISEV2023', 'EV-TRACK'],
  'qc-size-concentration': ['MISEV2018', 'MISEV2023'],
  'qc-morphology': ['MISEV2018', 'MISEV2023'],
  'qc-ev-markers': ['MISEV2018', 'MISEV2023'],
  'qc-purity': ['MISEV2018', 'MISEV2023'],
  'qc-dose': ['MISEV2023', 'ISEV/ISCT 2019'],
  'qc-potency': ['ISEV/ISCT 2019', 'MISEV2023'],
  'qc-safety': ['ISEV/ISCT 2019', 'MISEV2023'],
  'qc-storage': ['MISEV2018', 'MISEV2023'],
  'qc-manufacturing': ['ISEV/ISCT 2019', 'MISEV2023'],
  'qc-data-sharing': ['EV-TRACK', 'MISEV2018', 'MISEV2023'],
};

/** What each note means, shown with the note in the overlay. */
export const NOTE_TEXTS: Readonly<Record<NoteId, string>> = {
  'coi-industry': 'The conflict-of-interest statement reports company ties (founders, employees, shareholders, patents or paid consultancy). Shown as a fact, not a judgement.',
  retracted: 'PubMed marks this article as retracted. Its findings should not be relied on; check the retraction notice.',
  corrected: 'An erratum or corrected version has been published for this article; check the correction before citing figures or methods.',
  regulatory: 'Exosome and EV products are not approved therapies. In December 2019 the US FDA issued a public safety notification warning against unapproved exosome products marketed for clinical or cosmetic use.',
};
