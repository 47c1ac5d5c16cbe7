/**
 * ExoLens knowledge base: every cue the analyzer uses (labels are in kb-labels.ts, the prose in
 * kb-docs.ts). Data only; the matching logic lives in utils/analysis. The build compiles it into
 * kb.bin, which the content scripts load (see utils/platform/content/knowledge-base.ts); everything
 * else imports it. Phrases are written in plain lower case; the analyzer normalises them like
 * article text (Greek letters, British spellings, hyphens, plurals), so "tnf-α", "TNF-alpha" and
 * "TNFα" need one entry. Bump `version` on every change (caches key on it).
 */
import type { CueDef, KnowledgeBase } from './types';

/** MSC abbreviations as written in abstracts: BMSC, hBM-MSC, hUC-MSC, ADSC, ASC, DPSC… */
function mscAbbreviations(stems: string[]): string[] {
  const out = new Set<string>(); // "h" + "uc" and "" + "huc" are one abbreviation
  for (const s of stems) {
    for (const species of ['', 'h', 'r', 'm']) out.add(`${species}${s} msc`);
  }
  // "r" + "at" (adipose tissue) spells the animal: "Rat MSC exosomes" name no tissue.
  out.delete('rat msc');
  return [...out];
}

const MSC_GENERIC: string[] = [
  'msc', 'hmsc', 'rmsc', 'mmsc', 'mesenchymal stem cell', 'mesenchymal stromal cell', 'mesenchymal stem/stromal cell',
  'mesenchymal stromal/stem cell', 'mesenchymal progenitor cell', 'multipotent stromal cell', 'stromal cell',
  'mesenchymal cell', 'msc-like',
];

const BONE_MARROW: string[] = ['bone marrow', 'bone-marrow-derived', 'bmsc', 'hbmsc', 'rbmsc', 'mbmsc', 'bmmsc', ...mscAbbreviations(['bm'])];
const ADIPOSE: string[] = [
  'adipose', 'adipose-derived stem cell', 'adipose stem cell', 'adipose-derived stromal', 'fat-derived', 'lipoaspirate',
  'stromal vascular fraction', 'adsc', 'hadsc', 'radsc', 'asc', 'hasc', 'admsc', 'adscs-exo',
  ...mscAbbreviations(['ad', 'at']),
];
/** MSC abbreviations that products are named after ("ADSC-CM", "HUMSCs-Ex"). */
const MSC_PRODUCT_ABBREVIATIONS = [
  'msc', 'hmsc', 'adsc', 'hadsc', 'asc', 'hasc', 'admsc', 'bmsc', 'hbmsc', 'bmmsc', 'ucmsc', 'hucmsc', 'humsc', 'wjmsc', 'dpsc', 'uc',
];
/** Conditioned medium after an MSC abbreviation: "MSC-CM", "ADSC-CM", "WJ-MSC-CM" (its last two words). */
const MSC_CONDITIONED_MEDIUM: string[] = MSC_PRODUCT_ABBREVIATIONS.map((abbreviation) => `${abbreviation}-cm`);
/**
 * Exosomes as "-Ex" after an MSC abbreviation ("HUMSCs-Ex", "MSCs-EXs"): "ex" alone is also "ex
 * vivo", a false friend of these cues ("MSC ex vivo expansion").
 */
const MSC_EX: string[] = MSC_PRODUCT_ABBREVIATIONS.map((abbreviation) => `${abbreviation}-ex`);

const CORD: string[] = [
  // "Wharton's gelatin" translates the Spanish and Portuguese name (gelatina de Wharton).
  'umbilical cord', 'cord blood', "wharton's jelly", 'wharton jelly', "wharton's gelatin", 'wharton gelatin', 'ucmsc', 'hucmsc', 'umsc', 'wjmsc',
  'uc-cm', ...mscAbbreviations(['uc', 'huc', 'ucb', 'hucb', 'wj', 'hwj', 'u']),
];

/**
 * The background phrases that state what is known rather than what earlier studies did: in a
 * review, summaries of earlier work ("exosomes have been used to treat psoriasis") are its subject,
 * but a disease's definition ("AD is characterized by an impaired barrier") is not.
 */
const KNOWN_FACTS: string[] = [
  'is characterized by', 'are characterized by', 'characterized by', 'well established', 'although', 'it is well known',
  // What a disease comes from ("hypertrophic scars are caused by abnormal wound healing").
  'caused by abnormal', 'caused by aberrant', 'caused by excessive', 'caused by dysregulated', 'caused by impaired',
  'occur during', 'arise from',
  // What exposures do to skin in general ("exposure to environmental stimuli can lead to skin aging, pigmentation, hair loss").
  'can lead to', 'may lead to',
];

export const KB_DATA: KnowledgeBase = {
  version: '2026.11.62',
  contexts: {
    skin: [
      'skin', 'cutaneous', 'dermal', 'dermis', 'epidermis', 'epidermal', 'dermatology', 'dermatological', 'dermatologic',
      'keratinocyte', 'facial', 'face', 'scalp', 'cosmetic', 'cosmeceutical', 'hair', 'wrinkle', 'photoaging', 'ulcer', 'dfu',
      'burn', 'wound closure', 're-epithelialization', 'excisional', 'full-thickness', 'split-face', 'hacat', 'melanocyte',
      'dermatitis', 'psoriasis', 'keloid', 'alopecia', 'vitiligo', 'melasma', 'scleroderma', 'aesthetic',
      'hdf', 'diabetic wound', 'stratum corneum', 'corneocyte', 'wound area', 'wound bed', 'wound size', 'wound model', 'wounded',
      'wound in mice', 'wound in rats', 'minoxidil', 'hypertrophic scar', 'hypertrophic scarring', 'acne scar', 'scar fibroblast',
      'scar elevation', 'rabbit ear',
    ],
    ev: [
      'exosome', 'exosomal', 'exo', 'extracellular vesicle', 'ev', 'sev', 'microvesicle', 'nanovesicle',
      'vesicle', 'secretome', 'conditioned medium', 'conditioned media', 'cm', 'exosome-like', 'ectosome', ...MSC_EX,
    ],
    producer: [
      'msc', 'stem cell', 'stromal cell', 'adsc', 'asc', 'bmsc', 'ucmsc', 'hucmsc', 'dpsc', 'producer cell',
      'parent cell', 'parental cell', 'donor cell', 'exosome', 'ev', 'extracellular vesicle', 'sev', 'exo', 'secretome',
      'conditioned medium', 'cells were cultured', 'cultured', 'culture',
    ],
    charact: [
      'characterized', 'characterization', 'identified', 'identification', 'verified', 'confirmed', 'nta', 'nanoparticle tracking',
      'transmission electron', 'tem', 'nanosight', 'zetaview', 'electron microscopy', 'dynamic light scattering', 'particle size',
    ],
    pig: ['melanocyte', 'pigment', 'pigmentation', 'hyperpigmentation', 'repigmentation', 'melanogenesis', 'melasma', 'vitiligo', 'melanoblast', 'melanin', 'melanocyte stem cell'],
    donor: ['isolated', 'harvested', 'obtained', 'collected', 'extracted', 'purified', 'donor', 'derived from'],
    hedge: [
      'envisage', 'envision', 'might', 'future studies', 'are needed', 'are necessary', 'necessary to confirm', 'remain to be', 'should be',
      // Studies still to come; not "Further studies showed that …", which reports results.
      'further studies are', 'further studies is', 'further studies will', 'further studies should', 'further studies could',
      'further studies may', 'further studies must', 'further studies and', 'further studies about', 'further studies on',
      'further studies of', 'further studies in', 'further studies into', 'further studies to', 'further studies with',
      'further studies using', 'further studies focusing', 'for further studies', 'require further studies',
      'need further studies', 'further studies needed', 'further studies required',
      'will require', 'will be required', 'would require', 'were not addressed', 'was not addressed', 'warranted', 'warrant',
      'were not tested', 'was not tested', 'future clinical', 'need to be', 'still to be', 'yet to be',
      // Uses envisaged in a conclusion ("may have potential as ingredients in anti-aging cosmetics").
      'may have potential', 'potential as', 'could be used', 'may be used', 'may serve as', 'could serve as', 'hold promise',
      'promising candidate', 'potential candidate',
      // Research still needed ("more rigorously designed, placebo-controlled clinical trials are required").
      'trials are required', 'studies are required', 'research is required', 'investigations are required', 'work is required',
    ],
    background: [
      ...KNOWN_FACTS, 'have been used', 'has been used', 'have been applied', 'has been applied',
      'have been explored', 'have been tested', 'has been tested', 'have been proposed',
      'has been proposed', 'have shown benefit', 'previously been reported', 'previously been shown', 'earlier work', 'previous studies',
      'prior studies', 'studies have shown', 'studies have demonstrated', 'have been shown', 'has been shown', 'many studies',
      'recent studies', 'accumulating evidence', 'growing evidence', 'emerging evidence', 'increasing evidence', 'mounting evidence',
      'several studies', 'numerous studies', 'including ours', 'we previously', 'we have previously', 'our previous study',
      'have been reported', 'has been reported',
    ],
    knownFacts: KNOWN_FACTS,
    // MSC tissues named for contrast with the article's own ("similar to MSCs from other sources, e.g. bone marrow").
    // Not "and other sources", which ends a list of the sources used ("bone marrow (n=17) and other sources (n=4)").
    otherSources: [
      'in contrast to', 'similar to msc', 'like msc', 'other sources of tissue', 'common sources', 'common msc sources',
      'conventional sources', 'traditional sources', 'conventional msc sources',
    ],
    // What MSCs or their vesicles are said to be able to do in general ("MSCs have immunomodulatory
    // properties", "functions including immune regulation"): TAXONOMY does not count such immune words.
    generalProperties: [
      'properties', 'capacities', 'capabilities', 'abilities', 'attributes', 'other functions', 'functions including',
      'effects include', 'effects including', 'includes immune',
      // Advantages claimed for vesicles ("advantages such as low immunogenicity, stability and ease of storage").
      'advantages', 'intrinsic features', 'unique features', 'preponderance',
      // Processes listed with immunomodulation as vesicles' general effects ("affect angiogenesis,
      // immunomodulation and tissue regeneration", "influence immune modulation, angiogenesis, …").
      'angiogenesis', 'tissue regeneration', 'anti-apoptotic', 'anti-apoptosis', 'antifibrotic', 'anti-fibrotic',
      'cell development',
      // What MSCs are, in definitions ("multipotent stem cells with high self-renewal ability").
      'self-renewal', 'self-replication', 'multipotent', 'multipotency', 'differentiation potential', 'multidirectional differentiation',
    ],
    // The signs of an aged face scored together ("wrinkles, spots, pores and skin tone"): TAXONOMY counts
    // dyspigmentation named only as a sign of photoaging as skin aging, not pigmentation.
    agingSigns: ['wrinkle', 'rhytide', 'fine lines', 'pores', 'photoaging', 'photoaged'],
    // Storage and preservation: what a preparation's activity is compared across (qc-potency, TAXONOMY §QC).
    // Not "storage" alone: "low immunogenicity, easy storage and high biological activity" compares nothing.
    storage: [
      'stored at', 'storage at', 'after storage', 'during storage', 'storage condition', 'storage temperature', 'storage duration',
      'long-term storage', 'lyophilization', 'lyophilized', 'freeze-drying', 'freeze-dried', 'freeze-thaw', 'cryopreservation',
      'cryopreserved', 'shelf life',
    ],
    msc: [...MSC_GENERIC, 'adsc', 'hadsc', 'asc', 'hasc', 'admsc', 'bmsc', 'hbmsc', 'bmmsc', 'dpsc', 'hdpsc', 'wjmsc', 'mensc', 'exfoliated deciduous teeth', 'shed-derived', 'shed-exo', 'shed-ev', 'pdlsc', 'gmsc', 'ucmsc', 'hucmsc', 'umsc', 'humsc', 'stem cell', 'stem/stromal', 'amniotic epithelial cell', 'haec'],
    systemicImmune: [
      'gvhd', 'graft-versus-host', 'sepsis', 'septic', 'lupus', 'sle', 'colitis', 'inflammatory bowel disease',
      'rheumatoid arthritis', 'macrophage polarization', 'm2 macrophage', 'm2 polarization', 'm1/m2',
      'asthma', 'multiple sclerosis', 'lps-stimulated', 'lps-induced',
    ],
    cosmetic: ['cosmetic', 'cosmeceutical', 'skin care', 'aesthetic', 'anti-aging cream', 'serum formulation', 'microneedling', 'topical formulation', 'skin booster'],
    // People a count makes a study in humans ("12 patients", "thirty volunteers"): see countedPeople.
    // People, one word each: also the nouns that counted people use ("12 patients", "112 infants").
    clinicalHuman: [
      'patient', 'volunteer', 'participant', 'subject', 'women', 'men', 'individual', 'adult', 'children', 'child', 'infant', 'newborn',
      'neonate', 'people', 'person',
    ],
    // Sites whose wounds, ulcers, burns and scars are not skin's (TAXONOMY §4). Not "bone",
    // "gingival", "periodontal" or "endometrial": they name MSC sources in skin studies too.
    otherTissue: [
      'cornea', 'corneal', 'ocular', 'retina', 'retinal', 'conjunctival', 'oral mucosa', 'oral mucosal', 'oral ulcer', 'palatal',
      'gastric', 'stomach', 'intestinal', 'intestine', 'colonic', 'colon', 'bowel', 'esophageal', 'anastomotic',
      'tendon', 'ligament injury', 'cartilage', 'osteochondral', 'fracture', 'bone defect', 'spinal cord', 'glial', 'nerve injury',
      'sciatic', 'myocardial', 'cardiac', 'heart', 'liver', 'hepatic', 'kidney', 'renal', 'lung', 'pulmonary', 'alveolar',
      'tympanic', 'vocal fold', 'uterine', 'intrauterine', 'bladder', 'brain', 'cerebral', 'blood-brain', 'bbb', 'stroke',
      'neuronal', 'intracerebral', 'infarct', 'myocardial infarction', 'ventricular', 'astrocyte', 'rpe', 'anastomosis',
    ],
    // Words that place a wound or scar on the skin ("skin" context also has wound words such as
    // "ulcer" and "burn", which do not).
    skinSite: [
      'skin', 'cutaneous', 'dermal', 'dermis', 'epidermis', 'epidermal', 'keratinocyte', 'hacat', 'facial', 'face', 'scalp',
      'diabetic foot', 'foot ulcer', 'dfu', 'pressure ulcer', 'pressure injury', 'venous ulcer', 'leg ulcer', 'excisional',
    ],
    // Giving something to an animal or a person: an animal in such a sentence is the model, even
    // when the sentence also isolates the vesicles ("isolated … and injected into mice").
    administration: [
      'injected', 'injection', 'administered', 'administration', 'intravenously', 'subcutaneously', 'intradermally',
      'intraperitoneally', 'intravenous', 'subcutaneous', 'intradermal', 'intraperitoneal', 'topically applied',
      'applied topically', 'topical application', 'transplanted', 'implanted', 'gavage', 'infused', 'treated mice', 'treated rats',
    ],
    // Cells seen in tissue (histology, infiltrates, transplants), not grown in culture. Not the
    // animals: "proliferation of dermal papilla cells and anagen in C57BL/6 mice" is both.
    inTissue: [
      'histology', 'histological', 'histologic', 'histopathology', 'histopathological', 'immunohistochemistry', 'immunohistochemical',
      'infiltration', 'infiltrating', 'infiltrate', 'in the epidermis', 'in the dermis', 'wound tissue', 'skin tissue', 'skin section',
      'tissue section', 'lesional', 'recipient', 'biopsy', 'repigmentation', 'perifollicular',
      'hematoxylin', 'h&e', 'masson', 'trichrome', 'tissue staining', 'wound bed', 'granulation tissue',
    ],
    // Electron microscopy of tissue or organelles (lamellar bodies, melanosomes) is no vesicle imaging.
    tissueImaging: [
      'lamellar body', 'melanosome', 'desmosome', 'collagen fibril', 'mitochondria', 'of the tissue', 'tissue section', 'skin section',
      'skin sample', 'ultrastructure of the', 'basement membrane', 'hair shaft',
    ],
    // What a preparation gave: its particles are a yield, not a dose.
    yield: ['yield', 'yielded', 'recovered', 'recovery of', 'were obtained per', 'was obtained per'],
    // Scars and fibrosis: their collagen and thickened dermis are scar biology, not skin aging.
    scarring: ['scar', 'keloid', 'fibrosis', 'fibrotic', 'scleroderma', 'systemic sclerosis', 'ssc', 'bleomycin', 'myofibroblast', 'hydroxyproline'],
    // The RNA exosome, a complex that degrades RNA (see the isEv cues "exosome", "exosomal"): its
    // names mean the complex throughout the article (the analyzer applies this context to every
    // sentence); RNA decay words only in their own sentence, as EV papers also use them.
    rnaExosome: ['rna exosome', 'exosome complex', 'exosome subunit', 'exosc'],
    rnaDecay: ['rna decay', 'rna degradation', 'exoribonuclease'],
    // What cells secrete besides vesicles: an EV word among them ("MSCs secrete growth factors,
    // exosomes and cytokines") is a paracrine mechanism, which alone does not make a cell-therapy
    // article one about EVs (TAXONOMY §4). The analyzer halves EV words in such sentences.
    // Laboratory animals: a study's randomised groups or placebo arm among them are no clinical trial.
    // Animals, one word each: also what makes "42 adult male rats" no counted people.
    animal: [
      'mice', 'mouse', 'rat', 'rabbit', 'animal', 'murine', 'rodent', 'pigs', 'minipig', 'monkey', 'primate', 'horse', 'dog', 'cat', 'sheep', 'goat', 'hamster',
      // Veterinary patients ("Sixteen susceptible mares were enrolled").
      'mare', 'stallion', 'gelding', 'foal', 'heifer', 'cattle', 'cow', 'equine', 'canine', 'feline',
    ],
    secretedFactors: [
      'growth factor', 'cytokine', 'chemokine', 'trophic factor', 'bioactive factor', 'soluble factor', 'paracrine factor', 'soluble mediator',
      // Cells' mechanisms listed together ("secretion of proteins; transfer of mitochondria; and transfer of exosomes").
      'mitochondrial transfer', 'transfer of mitochondria',
    ],
    contactAllergy: ['contact hypersensitivity', 'contact dermatitis', 'allergic contact', 'contact allergy', 'delayed-type hypersensitivity'],
    // Allergies other than AD: their IgE and Th2 cytokines are immunomodulation (TAXONOMY §4), not AD.
    otherAllergy: [
      'asthma', 'allergic airway', 'airway inflammation', 'airway hyperresponsiveness', 'bronchoalveolar', 'ovalbumin', 'ova-induced',
      'ova', 'ova-sensitized', 'allergic rhinitis', 'rhinitis', 'nasal', 'food allergy', 'anaphylaxis', 'anaphylactic', 'urticaria',
    ],
    // An autoimmune pigment disease: its T cells and cytokines are its biology (TAXONOMY §4), as AD's and psoriasis's.
    vitiligo: ['vitiligo', 'vitiliginous'],
    // Samples of people compared with controls: the people are the study's subjects, not cell
    // donors ("serum exosomes from 60 patients with psoriasis and 30 healthy controls").
    patientSamples: [
      'healthy control', 'healthy subjects', 'matched controls', 'control subjects', 'age-matched', 'sex-matched',
      'skin biopsies', 'lesional skin', 'serum samples', 'plasma samples', 'blood samples', 'blister fluid',
      // Patients' body fluids ("exosomes isolated from the serum of diabetic patients").
      'serum of', 'serum from', 'plasma of', 'plasma from', 'blood of', 'blood from', 'patient serum', 'patient plasma',
      'urine samples', 'urine of', 'urine from',
      // Donors compared with patients ("65 healthy donors and 65 myopathy patients").
      'healthy donor',
      // People's body fluids and skin sampled ("sweat samples from healthy individuals").
      'sweat samples', 'saliva samples', 'skin samples', 'tear samples',
      'than in controls', 'and controls', 'versus controls', 'vs controls', 'compared with controls', 'compared to controls',
      // Patients' cells and vesicles examined or treated in the laboratory ("PBMCs from patients with allergic
      // rhinitis", "circulating exosomes and perilesions in patients with segmental vitiligo").
      'pbmc', 'mononuclear cell', 'circulating exosome', 'circulating ev', 'circulating extracellular vesicle',
      'perilesion', 'perilesional',
    ],
  },
  vetoLifts: [
    { context: 'otherTissue', liftedBy: ['skinSite'] },
    { context: 'donor', liftedBy: ['administration', 'patientSamples'] },
    { context: 'generalProperties', liftedBy: ['charact'] },
  ],
  negators: ['without', 'no', 'not', 'lack', 'lacking', 'absence', 'instead', 'rather', 'neither', 'nor', 'avoid', 'avoiding', 'omitted', 'free of'],
  qcNegations: [
    'not characterized', 'not measured', 'not assessed', 'not reported', 'not performed', 'not tested', 'not determined',
    'not quantified', 'not evaluated', 'not analyzed', 'not examined', 'not investigated', 'not disclosed', 'not described',
    'not verified', 'not confirmed', 'not specified', 'not stated', 'did not report', 'did not perform', 'did not assess',
    'did not measure', 'did not use', 'did not include', 'did not test', 'did not disclose', 'did not describe', 'did not characterize',
    'failed to report', 'rarely reported', 'seldom reported', 'none reported', 'none disclosed', 'none described', 'no information on', 'without characterization',
  ],

  topics: [
    {
      id: 'immunomodulation',
      cues: [
        ...['immunomodulation', 'immune modulation', 'immunoregulation', 'immunosuppression', 'immune regulation'].map((w): CueDef => [w, 1, { veto: ['generalProperties'] }]),
        ['immunomodulatory', 0.3, { veto: ['generalProperties'] }], ['immunoregulatory', 0.3, { veto: ['generalProperties'] }],
        ['immunosuppressive', 0.4, { veto: ['generalProperties'] }],
        'macrophage polarization', 'm2 macrophage', 'm2 polarization', 'm1 macrophage', 'm2 phenotype', 'm1/m2',
        'treg', 'regulatory t cell', 't cell', 'cd4+ t', 'th17', 'th1', 'th2 cell', 'b cell', 'lymphocyte',
        'dendritic cell', 'nk cell', 'natural killer', ['immune cell', 0.6], ['immune response', 0.6], ['immunity', 0.6], 'innate immunity',
        'adaptive immunity', 'immune dysregulation', 'immune dysfunction', 'immune-mediated',
        'graft-versus-host', 'gvhd', 'sepsis', 'septic', 'endotoxemia', 'lupus', 'sle',
        // Other autoimmune and rheumatic diseases (TAXONOMY: "lupus and other autoimmune disease").
        'rheumatic disease', 'sjogren', 'dermatomyositis',
        'autoimmune', 'autoimmunity', 'rheumatoid arthritis', 'colitis', 'inflammatory bowel disease', 'multiple sclerosis',
        'allergic asthma', 'asthma', 'allergic rhinitis', 'systemic sclerosis', 'scleroderma', 'ssc',
        // Inflammasome signalling runs in skin cells and wounds too: an inflammation word, not the immune system.
        ['inflammasome', 0.5], ['nlrp3', 0.5],
        ['macrophage', 0.6], ['neutrophil', 0.4], ['mast cell', 0.4], ['monocyte', 0.4], ['pbmc', 0.6], ['ifn-gamma', 0.3],
        ['microglia', 0.6], 'microglial activation', 'microglial polarization', 'neuroinflammation',
        // Allergy other than AD (TAXONOMY §4).
        'contact hypersensitivity', 'allergic contact dermatitis', ['contact dermatitis', 0.75], 'urticaria',
        'mast cell degranulation', ['degranulation', 0.6], ['histamine release', 0.6], ['delayed-type hypersensitivity', 1],
        ['anti-inflammatory', 0.6], ['pro-inflammatory', 0.4], ['cytokine', 0.4], ['tnf-alpha', 0.4], ['tnf', 0.3], ['il-6', 0.3], ['il-1beta', 0.3], ['il-10', 0.4], ['interleukin', 0.3],
        ['nf-kappab', 0.3], ['lps', 0.4], ['lipopolysaccharide', 0.4], ['tlr4', 0.3], ['toll-like receptor', 0.3],
        ['inflammation', 0.25], ['inflammatory', 0.2], ['anti-inflammation', 0.6],
      ],
      falseFriends: [
        'immune rejection', 'low immunogenicity', 'inflammatory skin disease', 'inflammatory dermatosis',
        'inflammatory skin disorder', 'chronic inflammatory skin disease', 'inflammatory phase', 'inflammatory stage', 'inflammation phase',
        'ssc mouse', 'ssc model', 'b16 melanoma cell',
        // Localized scleroderma (morphea) is a skin fibrosis, not the systemic autoimmune disease.
        'localized scleroderma', 'linear scleroderma', 'morphea',
        // LPS given to the cells that make the vesicles is a culture condition (qc-culture), not an immune finding.
        'lps-preconditioned', 'lps-pretreated', 'lps-primed', 'lps-stimulated msc', 'lps-stimulated mesenchymal', 'lps-treated msc',
        'lps-treated mesenchymal', 'preconditioned with lps', 'pretreated with lps', 'primed with lps',
        // What a secretome contains ("rich in growth factors and cytokines"), not an immune effect.
        'growth factors and cytokines', 'growth factor and cytokines', 'growth factors, and cytokines', 'cytokines and growth factors',
        'cytokines, growth factors',
      ],
    },
    {
      id: 'atopic-dermatitis',
      cues: [
        'atopic dermatitis', 'atopic eczema', 'eczema', 'eczematous', 'atopic', 'dncb', 'dinitrochlorobenzene', 'nc/nga',
        // Oxazolone, DNFB and Th2 cells also make contact-allergy models (TAXONOMY: allergy other than AD is immunomodulation).
        ['oxazolone', 1, { veto: ['contactAllergy'] }], 'house dust mite', 'dermatophagoides', 'scorad', 'easi score', 'eczema area and severity index', 'dupilumab',
        ['ige', 0.4, { veto: ['otherAllergy'] }], ['tslp', 0.5, { veto: ['otherAllergy'] }], ['il-4', 0.3, { veto: ['otherAllergy'] }],
        ['il-13', 0.3, { veto: ['otherAllergy'] }], ['il-31', 0.5], ['pruritus', 0.3], ['th2', 0.3, { veto: ['otherAllergy', 'contactAllergy'] }],
        // "AD-like" is also Alzheimer's disease wording: skin documents only.
        ['ad-like', 1, { doc: 'skin' }], 'eczema-like', ['mc903', 0.75], ['dnfb', 0.5, { veto: ['contactAllergy'] }],
        ['dinitrofluorobenzene', 0.5, { veto: ['contactAllergy'] }], ['scratching behavior', 0.3],
      ],
      falseFriends: [],
    },
    {
      id: 'psoriasis',
      cues: [
        'psoriasis', 'psoriatic', 'psoriasis-like', 'psoriasiform', 'imiquimod', 'imq', 'pasi',
        'psoriasis area and severity index', ['il-17', 0.3], ['il-23', 0.3], ['il-17a', 0.3], ['keratinocyte hyperproliferation', 0.5],
      ],
      // A disease of the joints (TAXONOMY: psoriasis and psoriasis-like models of the skin).
      falseFriends: ['psoriatic arthritis'],
    },
    {
      id: 'wound-healing',
      cues: [
        // doc 'skin': or a document that names no other tissue (the analyzer's wound fallback).
        ['wound healing', 1, { doc: 'skin', skinUnlessOtherTissue: true }], ['wound', 0.75, { doc: 'skin', skinUnlessOtherTissue: true }], ['wound repair', 1], 'wound closure',
        ['re-epithelialization', 1], 'diabetic ulcer', 'diabetic foot', 'foot ulcer', 'dfu', 'pressure ulcer',
        'venous ulcer', 'leg ulcer', 'chronic ulcer', ['ulcer', 0.75], ['burn', 0.75], 'burn injury', 'skin repair', ['skin regeneration', 0.5],
        // Rabbit-ear scar models make full-thickness wounds only to grow scars on them.
        ['skin defect', 0.75], ['full-thickness', 1, { veto: ['scarring'] }], ['excisional', 1, { veto: ['scarring'] }], 'skin wound', ['granulation tissue', 0.75], ['healing', 0.25, { doc: 'skin', skinUnlessOtherTissue: true }],
        ['wound contraction', 1], ['cutaneous regeneration', 0.5], ['skin injury', 0.5],
        'diabetic wound', 'chronic wound', 'cutaneous wound', 'excisional wound', 'burn wound', 'skin ulcer', 'pressure injury', 'infected wound',
        // Burns named by their depth or as the model studied.
        // Laser resurfacing wounds (TAXONOMY §4).
        'microwound', 'laser-induced wound', 'laser wound',
        // Radiotherapy's skin injury heals like a burn.
        'radiation dermatitis', 'radiation-induced dermatitis', 'radiodermatitis', 'radiation-induced skin injury', 'radiation skin injury',
        'radiation-induced skin damage', 'radiation ulcer', 'radiation-induced ulcer', 'radiation burn',
        'cutaneous repair', 'skin incision', 'incisional wound', 'incision model', 'second-degree burn', 'third-degree burn', 'partial-thickness burn', 'full-thickness burn', 'deep burn', 'burn model', 'burned skin', 'burnt skin', 'scald',
      ],
      veto: ['otherTissue'],
      falseFriends: [
        'wound healing assay', 'scratch wound', 'scratch assay', 'scratch wound healing', 'wound scratch',
        'corneal wound', 'corneal epithelial wound', 'oral mucosal wound', 'mucosal wound', 'gastric ulcer', 'peptic ulcer',
        'duodenal ulcer', 'corneal ulcer', 'oral ulcer', 'colonic wound', 'intestinal wound', 'bone healing', 'fracture healing',
        'tendon healing', 'tendon-bone healing', 'ulcerative colitis', 'heartburn', 'burnout', 'burst',
        // Reconstructed full-thickness skin is a culture model, not a wound.
        'full-thickness skin equivalent', 'full-thickness human skin equivalent', 'full-thickness skin model',
        'full-thickness reconstructed', 'full-thickness 3d', 'full-thickness human skin model',
        // Skin "injury" from light or oxidants is photodamage, not a wound to heal.
        'uv-induced skin injury', 'uvb-induced skin injury', 'uva-induced skin injury', 'ultraviolet-induced skin injury',
        'stress-induced skin injury', 'oxidative skin injury', 'photo-induced skin injury',
      ],
    },
    {
      id: 'scar-fibrosis',
      cues: [
        // A bare scar may be the heart's or the spinal cord's: a skin topic only in documents about skin.
        ['scar', 1, { doc: 'skin' }], ['scarring', 1, { doc: 'skin' }], 'scarless', 'anti-scarring', 'keloid', 'hypertrophic scar', 'acne scar', 'scar formation',
        'scleroderma', 'systemic sclerosis', 'ssc', 'morphea', 'skin fibrosis', 'dermal fibrosis', 'cutaneous fibrosis',
        // Stretch marks are atrophic dermal scars, as acne scars are.
        'striae distensae', 'striae', 'stretch marks',
        // Fibrosis biology of any organ: a skin topic only in documents about skin.
        ['myofibroblast', 0.75, { doc: 'skin' }], ['alpha-sma', 0.4, { doc: 'skin' }], ['collagen i/iii ratio', 0.5], ['collagen iii/i', 0.5],
        ['tgf-beta/smad', 0.4, { doc: 'skin' }], ['smad2', 0.3, { doc: 'skin' }], ['smad3', 0.3, { doc: 'skin' }], ['fibrosis', 0.5, { doc: 'skin' }], ['fibrotic', 0.4, { doc: 'skin' }],
        ['anti-fibrosis', 0.5, { doc: 'skin' }], ['anti-fibrotic', 0.5, { doc: 'skin' }],
        ['myofibroblast differentiation', 1, { doc: 'skin' }], ['myofibroblast transition', 1, { doc: 'skin' }],
        ['fibroblast-to-myofibroblast', 1, { doc: 'skin' }], ['bleomycin', 0.5, { doc: 'skin' }], 'bleomycin-induced skin',
        'rodnan', 'mrss', 'vancouver scar scale', 'hypertrophic scar fibroblast', 'keloid fibroblast',
        'skin sclerosis', 'cutaneous sclerosis', 'sclerodermatous', 'sclerotic skin', ['sclerotic', 0.5, { doc: 'skin' }],
      ],
      veto: ['otherTissue'],
      falseFriends: [
        'liver fibrosis', 'hepatic fibrosis', 'renal fibrosis', 'kidney fibrosis', 'pulmonary fibrosis', 'lung fibrosis',
        'cardiac fibrosis', 'myocardial fibrosis', 'interstitial fibrosis', 'peritoneal fibrosis', 'idiopathic pulmonary fibrosis',
        'cystic fibrosis', 'fibrosis of the liver', 'fibrosis of the kidney', 'fibrosis of the lung', 'fibrosis in the liver',
        'fibrosis in the kidney', 'fibrosis in the lung', 'fibrosis of the heart', 'myelofibrosis', 'glial scar', 'myocardial scar',
        'tubulointerstitial fibrosis', 'retroperitoneal fibrosis', 'ssc mouse ssc', 'bleomycin-induced pulmonary', 'bleomycin-induced lung',
        // Alopecia is classed by whether it scars the follicle: a kind of hair loss, not a skin scar.
        'non-scarring', 'nonscarring', 'scarring alopecia', 'cicatricial alopecia',
      ],
    },
    {
      id: 'skin-aging',
      cues: [
        'photoaging', 'photoaged', 'photodamage', 'photo-damaged', 'skin aging', 'aging skin', 'aged skin', 'skin aging signs',
        'intrinsic aging', 'extrinsic aging', 'wrinkle', 'fine lines', ['rejuvenation', 1, { doc: 'skin' }], ['rejuvenated', 1, { doc: 'skin' }],
        ['rejuvenate', 1, { doc: 'skin' }], ['rejuvenating', 1, { doc: 'skin' }], 'skin rejuvenation', 'aged dermal fibroblast', 'aged human dermal fibroblast',
        ['anti-aging', 1, { doc: 'skin' }], ['aesthetic', 0.5, { doc: 'skin' }], ['photoprotection', 0.75], ['photoprotective', 0.75],
        // UV in a pigmentation sentence drives melanogenesis, not photoaging.
        ['uvb', 0.4, { veto: ['pig'] }], ['uva', 0.4, { veto: ['pig'] }], ['ultraviolet', 0.4, { veto: ['pig'] }],
        ['uv irradiation', 0.5, { veto: ['pig'] }], ['uv-induced', 0.5, { veto: ['pig'] }], ['mmp-1', 0.5, { doc: 'skin' }], ['procollagen', 0.5],
        ['skin elasticity', 0.5], ['elasticity', 0.25, { doc: 'skin' }], ['collagen', 0.2, { doc: 'skin', veto: ['scarring'] }], ['aging', 0.5, { doc: 'skin' }],
        ['senescence', 0.25, { doc: 'skin' }], ['dermal fibroblast senescence', 1], ['senescent fibroblast', 0.75], ['skin texture', 0.3],
        ['skin roughness', 0.3], ['dermal thickness', 0.4, { veto: ['scarring'] }], ['collagen deposition', 0.3, { doc: 'skin', veto: ['scarring'] }],
        // The suction device that measures skin elasticity in cosmetic and aesthetic studies.
        ['cutometer', 0.75],
        ['mmp-3', 0.3, { doc: 'skin' }], ['uvb-exposed', 0.6, { doc: 'skin', veto: ['pig'] }], ['uvb-irradiated', 0.6, { doc: 'skin', veto: ['pig'] }],
        ['uva-irradiated', 0.6, { doc: 'skin', veto: ['pig'] }], ['uv-exposed', 0.6, { doc: 'skin', veto: ['pig'] }], ['uv-irradiated', 0.6, { doc: 'skin', veto: ['pig'] }],
        ['senescence-associated beta-galactosidase', 0.75, { doc: 'skin' }], ['sa-beta-gal', 0.75, { doc: 'skin' }],
        'senescent hdf', 'hdf senescence', 'senescent dermal fibroblast', 'senescent skin fibroblast',
      ],
      falseFriends: [
        'msc aging', 'aged msc', 'aging of msc', 'aging msc', 'replicative senescence', 'senescent msc', 'msc senescence',
        'bone marrow aging', 'aged bone marrow', 'aging population', 'aged donor', 'donor age', 'aging-related disease',
        'ovarian aging', 'brain aging', 'vascular aging', 'stem cell aging', 'cellular senescence of msc',
        'healthy aging', 'age-related macular',
      ],
    },
    {
      id: 'skin-barrier',
      cues: [
        'skin barrier', 'epidermal barrier', 'cutaneous barrier', 'barrier repair', ['permeability barrier', 1, { doc: 'skin' }], 'tewl', 'transepidermal water loss',
        'trans-epidermal water loss', 'filaggrin', 'stratum corneum hydration', 'skin hydration', 'skin moisture', 'moisture content',
        ['barrier function', 0.75, { doc: 'skin' }], ['ceramide', 0.75], ['loricrin', 0.6], ['involucrin', 0.4], ['claudin-1', 0.4],
        ['tight junction', 0.4, { doc: 'skin' }], ['hydration', 0.3, { doc: 'skin' }], ['barrier', 0.25, { doc: 'skin' }],
        ['moisturizing', 0.5], ['hyaluronan', 0.2], ['aquaporin-3', 0.4],
        ['corneocyte', 0.75], ['cornified envelope', 0.75], ['natural moisturizing factor', 1], ['lamellar body', 0.5],
        // The probes that measure stratum corneum hydration and water loss in cosmetic and clinical studies.
        'corneometer', 'tewameter', 'vapometer',
      ],
      veto: ['otherTissue'],
      falseFriends: [
        'blood-brain barrier', 'intestinal barrier', 'gut barrier', 'epithelial barrier of the gut',
        'endothelial barrier', 'alveolar barrier', 'blood-retinal barrier', 'placental barrier', 'through the skin barrier',
        'across the skin barrier', 'cross the skin barrier', 'penetrate the skin barrier', 'skin barrier penetration',
        'overcome the skin barrier', 'bypass the skin barrier', 'bypassing the skin barrier', 'breach the skin barrier', 'mucosal barrier', 'language barrier', 'barrier to', 'filtration barrier',
        'blood-testis barrier', 'epithelial barrier',
      ],
    },
    {
      id: 'hair-growth',
      cues: [
        'hair growth', 'hair regrowth', 'hair restoration', 'hair loss', 'alopecia', 'androgenetic alopecia', 'alopecia areata', 'dermal papilla',
        'anagen', ['telogen', 0.75], ['catagen', 0.75], 'hair cycle', 'hair cycling', 'hair density', 'hair count', 'hair regeneration',
        'hair follicle regeneration', 'hair follicle neogenesis', 'hair-inducing', ['minoxidil', 0.75], ['hair shaft', 0.5],
        ['hair follicle', 0.5, { veto: ['pig'] }], ['hair diameter', 0.75], ['pattern hair loss', 1],
        // hDPC/DPC and AGA are also dental pulp cells and "appropriate for gestational age": skin documents only.
        'hair follicle growth', ['hdpc', 1, { doc: 'skin' }], ['dpc', 0.5, { doc: 'skin' }], ['aga', 0.5, { doc: 'skin' }],
      ],
      falseFriends: [
        'hair follicle stem cell', 'hair follicle melanocyte', 'follicular melanocyte', 'hair follicle suspension', 'outer root sheath',
        // Hair follicle MSCs as the vesicles' source (other-msc).
        'hair follicle mesenchymal', 'hair follicle-derived msc', 'hair follicle-derived mesenchymal', 'hair follicle msc',
      ],
    },
    {
      id: 'pigmentation',
      cues: [
        'pigmentation', 'hyperpigmentation', 'hypopigmentation', 'depigmentation', 'repigmentation', 'antipigmentation',
        'melanogenesis', 'melasma', 'vitiligo', 'skin whitening', 'whitening', 'skin brightening', 'skin brightness', 'melanin index',
        'lentigo', 'lentigines', ...['dark spot', 'age spot'].map((w): CueDef => [w, 1, { veto: ['agingSigns'] }]), ['melanin', 0.75], ['tyrosinase', 0.75], ['mitf', 0.75], ['melanocyte', 0.5],
        ['alpha-msh', 0.5], ['melanosome', 0.5], ['dyspigmentation', 0.4, { veto: ['agingSigns'] }], ['skin tone', 0.5, { veto: ['agingSigns'] }], ['mexameter', 0.5], ['trp-1', 0.4], ['pigment', 0.5],
        'melanin synthesis', ['mnt-1', 0.5], ['tyrp1', 0.4], ['dct', 0.3], 'pigmentary disorder', 'pigmentation disorder',
        // Infraorbital dark circles (periorbital melanosis) and discoloured skin.
        'dark circle', ['melanosis', 0.75], ['discoloration', 0.5, { doc: 'skin' }], ['dark coloration', 0.5],
        // Named once, a complication of lasers, peels or injections ("eventually leaving post-inflammatory
        // hyperpigmentation"); a study of it names it more often.
        ['post-inflammatory hyperpigmentation', 0.5],
      ],
      veto: ['otherTissue'],
      falseFriends: [
        'retinal pigment epithelium', 'retinal pigment epithelial', 'pigment epithelium', 'pigment epithelial', 'rpe cell',
        'teeth whitening', 'tooth whitening', 'melanoma cell', 'bile pigment', 'visual pigment', 'pigment epithelium-derived factor',
      ],
    },
  ],

  isEv: {
    cues: [
      // The RNA exosome is a protein complex, not a vesicle.
      ['exosome', 1, { veto: ['rnaExosome', 'rnaDecay'] }], ['exosomal', 1, { veto: ['rnaExosome', 'rnaDecay'] }], 'exo', 'extracellular vesicle', 'sev', 'lev', 'microvesicle',
      ['nanovesicle', 1, { generic: true }], 'membrane vesicle', 'outer membrane vesicle', 'omv', 'ectosome', 'apoptotic body',
      'migrasome', 'exosome-like', 'ev mimetic', 'exosome mimetic', 'secretome', 'secretomics',
      'ev', ['vesicle', 0.5, { generic: true }], ['microparticle', 0.5, { generic: true }], ['secretory factor', 0.5],
      ['cell-free', 0.25], ['paracrine', 0],
      // Conditioned media and their kin are products (CueOpts.product). Named by the cells'
      // abbreviation ("ADSC-CM", "hUC-MSC-CM"): "CM" alone is also centimetres. "Stem cell
      // metabolites" (and their products) are conditioned media sold as such. "Conditional medium"
      // is a common variant of conditioned medium; "metabolite products" of stem cells
      // ("Metabolite Product Amniotic Membrane Stem Cell") are conditioned media sold as such.
      ...[
        'conditioned medium', 'conditioned media', 'cell-conditioned media', ...MSC_CONDITIONED_MEDIUM, 'stem cell metabolite',
        'cell-cultured medium', 'cell-cultured media', 'conditional medium', 'conditional media',
      ].map((w): CueDef => [w, 1, { product: true }]),
      ['metabolite product', 1, { doc: 'msc', product: true }], ['metabolic product', 1, { doc: 'msc', product: true }],
      ...MSC_EX,
      ...['nano-sized vesicle', 'nanosized vesicle', 'nanoscale vesicle'].map((w): CueDef => [w, 1, { generic: true }]),
      // What the generic vesicle words mean in drug-delivery and organelle papers (CueOpts.carrier).
      ...[
        'liposome', 'liposomal', 'niosome', 'niosomal', 'ethosome', 'ethosomal', 'transfersome', 'transethosome', 'cubosome', 'invasome',
        'glycerosome', 'spanlastic', 'ultradeformable', 'deformable liposome', 'deformable vesicle', 'elastic vesicle', 'lipid nanoparticle',
        'solid lipid nanoparticle', 'nanostructured lipid carrier', 'plga', 'polymeric nanoparticle', 'polymeric micelle', 'microsphere',
        'lamellar body', 'synaptic', 'synaptophysin',
      ].map((w): CueDef => [w, 0, { carrier: true }]),
      // A stem cell's culture supernatant given as a product is its conditioned medium.
      ...['stem cell', 'stromal cell', 'msc', 'adsc', 'asc', 'bmsc', 'ucmsc'].flatMap((c): CueDef[] => [
        [`${c} supernatant`, 0.5, { product: true }], [`${c} culture supernatant`, 0.5, { product: true }],
      ]),
    ],
    falseFriends: ['ex vivo', 'rna exosome', 'exosome complex', 'exosome component', 'synaptic vesicle', 'secretory vesicle', 'lipid vesicle', 'seminal vesicle', 'transport vesicle'],
  },
  isMsc: {
    cues: [
      ...MSC_GENERIC, 'adipose-derived stem cell', 'adipose-derived stromal', 'adipose stem cell', 'adipose tissue-derived stem',
      'adipose tissue stem cell', 'fat-derived stem cell', 'adipose tissue-derived stromal',
      // Amniotic cells are the placenta-amnion MSC source (TAXONOMY §4).
      'amniotic epithelial cell', 'amniotic epithelial stem cell', 'amniotic membrane stem cell', 'amniotic fluid stem cell', 'amniotic fluid-derived stem cell', 'haec',
      'adipose-derived mesenchymal', 'adsc', 'hadsc', 'asc', 'admsc', 'stem/stromal', 'dental pulp stem cell', 'dpsc',
      'exfoliated deciduous teeth', 'shed-derived', 'shed-exo', 'shed-ev', 'periodontal ligament stem cell', 'pdlsc', 'gingival mesenchymal', 'gmsc',
      'stem cells from apical papilla', 'oral tissue stem cell', 'oral stem cell', 'dental stem cell', "wharton's jelly", 'wharton jelly', "wharton's gelatin", 'wharton gelatin',
      ...mscAbbreviations(['bm', 'ad', 'at', 'uc', 'huc', 'u', 'ucb', 'hucb', 'wj', 'p', 'hp', 'am', 'dp', 'g', 'ips', 'ipsc']),
      'bmsc', 'hbmsc', 'bmmsc', 'ucmsc', 'hucmsc', 'umsc', 'wjmsc', 'imsc', 'mesenchymal', 'mensc',
      'menstrual blood-derived stem cell',
      // Tissue stem cells of the mesenchymal kind by their own names (other-msc sources).
      'urine-derived stem cell', 'tendon stem cell', 'tendon-derived stem cell', 'endometrial regenerative cell', 'corneal stromal stem cell',
      'antler stem cell', 'antler blastema',
      // The stromal vascular fraction of fat: adipose stromal cells with their vessels' cells (TAXONOMY: stromal wording).
      'stromal vascular fraction', 'svf',
    ],
    falseFriends: ['epithelial-mesenchymal transition', 'epithelial mesenchymal transition', 'endothelial-to-mesenchymal', 'mesenchymal transition', 'mesenchymal-epithelial', 'asc speck', 'nlrp3/asc', 'nlrp3 asc'],
  },
  evSources: [
    { id: 'bone-marrow-msc', cues: BONE_MARROW, falseFriends: ['bone marrow-derived macrophage', 'bone marrow derived macrophage', 'bmdm', 'bone marrow-derived dendritic', 'bone marrow transplantation', 'bone marrow transplant', 'bone marrow and spleen', 'bone marrow and splenocyte', 'bone marrow chimera'] },
    { id: 'adipose-msc', cues: ADIPOSE, falseFriends: ['nlrp3/asc', 'asc speck'] },
    { id: 'umbilical-cord-msc', cues: CORD, falseFriends: ['umbilical vein', 'huvec'] },
    {
      id: 'placenta-amnion-msc',
      cues: ['placenta', 'placental', 'amnion', 'amniotic', 'chorion', 'chorionic', 'decidua', 'decidual', ...mscAbbreviations(['p', 'hp', 'am', 'ham'])],
      // Vesicles of the amniotic fluid itself, a body fluid (non-msc); its stem cells stay this tissue's.
      falseFriends: [
        'amniotic fluid-derived extracellular vesicle', 'amniotic fluid-derived exosome', 'amniotic fluid-derived ev', 'amniotic fluid-derived nanoparticle',
        'amniotic fluid extracellular vesicle', 'amniotic fluid exosome', 'amniotic fluid ev',
      ],
    },
    { id: 'ipsc-msc', cues: ['ipsc-derived msc', 'ipsc-derived mesenchymal', 'ipsc-msc', 'imsc', 'induced pluripotent stem cell-derived mesenchymal', 'induced pluripotent stem cell-derived msc', 'ips-msc', 'hipsc-msc', 'hipsc-derived msc', 'hipsc-derived mesenchymal'], falseFriends: [] },
    {
      id: 'dental-msc',
      cues: [
        'dental pulp', 'dpsc', 'hdpsc', 'exfoliated deciduous teeth', 'shed-derived', 'shed-exo', 'shed-ev', 'pdlsc', 'gmsc',
        'apical papilla', 'scap', 'dental follicle', 'oral tissue stem cell', 'oral stem cell', 'dental stem cell', 'dental mesenchymal',
        // Ligament and gum words name the source only with their stem cells ("migration of periodontal ligament cells" is a target).
        'periodontal ligament stem', 'periodontal ligament-derived', 'periodontal ligament msc', 'periodontal ligament mesenchymal',
        'gingival msc', 'gingival mesenchymal', 'gingival stem', 'gingiva-derived',
      ],
      falseFriends: [],
    },
    {
      id: 'other-msc',
      cues: [
        'menstrual blood', 'mensc', 'endometrial stem', 'endometrial msc', 'endometrial mesenchymal', 'endometrium-derived',
        'synovial msc', 'synovial mesenchymal', 'synovial-derived', 'synovial fluid-derived', 'synovium-derived', 'synovial membrane-derived',
        'foreskin', 'skin-derived', 'dermal mesenchymal', 'dermis-derived', 'urine-derived stem', 'urine-derived', 'muscle-derived',
        'tonsil-derived', 'tonsil msc', 'tonsil mesenchymal', 'olfactory mucosa', 'olfactory ecto-mesenchymal', 'periosteum-derived', 'periosteal',
        'hair follicle mesenchymal', 'hair follicle-derived msc', 'hair follicle-derived mesenchymal', 'hair follicle msc', 'other stem cell types',
        'limbal mesenchymal', 'limbal stromal', 'limbal msc', 'limbus-derived', 'labial gland', 'lgmsc',
        // MSCs of organs TAXONOMY does not name.
        'cardiac mesenchymal', 'cardiac msc', 'lung mesenchymal', 'lung msc', 'lung-resident mesenchymal',
        // Tissue stem cells of the mesenchymal kind by their own names (tendon, urine, endometrium, cornea, synovium, antler).
        'tendon stem cell', 'tendon-derived stem cell', 'endometrial regenerative cell', 'corneal stromal stem cell', 'synovium mesenchymal',
        'antler stem cell', 'antler blastema',
        // Antlers by themselves: "MSCs isolated from deer antlers", "antlerogenic MSCs" (counted in sentences about MSCs).
        'antler', 'antlerogenic',
      ],
      falseFriends: [],
    },
    {
      id: 'non-msc',
      cues: [
        'platelet', 'platelet-rich plasma', 'prp', 'platelet lysate', 'platelet lysis', 'hpl', 'plasma', 'serum', 'blood', 'red blood cell', 'erythrocyte', 'urine', 'urinary',
        'saliva', 'salivary', 'amniotic fluid', 'follicular fluid', 'oviductal fluid', 'uterine fluid', 'cerebrospinal fluid', 'seminal plasma', 'semen', 'body fluid', 'bodily fluid', 'biofluid', 'blister fluid', 'milk', 'bovine milk', 'breast milk', 'colostrum', 'plant', 'plant-derived', 'fruit', 'ginseng', 'grape', 'grapefruit',
        'lemon', 'ginger', 'broccoli', 'aloe', 'plant stem cell', 'rose stem cell', 'rosa damascena', 'mushroom', 'tomato', 'citrus', 'edible', 'seaweed', 'alga', 'algae', 'fish', 'salmon', 'microalga', 'microalgae', 'bacteria', 'bacterial', 'bacterium', 'probiotic',
        'lactobacillus', 'bacillus', 'fructobacillus', 'plantarum', 'paracasei', 'reuteri', 'rhamnosus', 'acidophilus',
        'bifidobacterium', 'akkermansia', 'muciniphila', 'escherichia coli', 'staphylococcus', 'cutibacterium', 'propionibacterium', 'strain', 'yeast', 'fungal', 'fungus', 'fungi',
        // Skin microbes and plants by their binomials, so that the species joins the EV word ("Cutibacterium acnes-derived EVs").
        'cutibacterium acnes', 'propionibacterium acnes', 'staphylococcus aureus', 'staphylococcus epidermidis', 'streptococcus',
        'pseudomonas aeruginosa', 'candida albicans', 'malassezia', 'centella asiatica',
        // The same by their epithets, as abbreviated binomials leave them ("S. aureus EVs", "P. gingivalis OMVs").
        'aureus', 'epidermidis', 'acnes', 'gingivalis', 'aeruginosa', 'albicans', 'asiatica', 'damascena',
        // Neutrophils as polymorphonuclear cells, cancer-associated fibroblasts, organ perfusates.
        'pmn', 'polymorphonuclear', 'caf', 'perfusate',
        'tumor', 'tumor-derived', 'cancer', 'cancer cell', 'tumor cell', 'carcinoma', 'squamous cell carcinoma', 'cscc', 'glioma',
        'glioblastoma', 'leukemia', 'lymphoma', 'sarcoma', 'cancer-associated fibroblast', 'brain',
        // Vesicles from people's blood ("exosomes from peripheral blood of vitiligo patients", "exosomes derived from patients").
        'peripheral blood', 'patient',
        'melanoma', 'keratinocyte', 'fibroblast', 'macrophage', 'm1 macrophage', 'm2 macrophage', 'bone marrow-derived macrophage', 'dendritic cell', 'neutrophil', 'mast cell', 'immune cell', 't cell', 'endothelial',
        'natural killer cell', 'nk cell', 'lymphocyte', 'monocyte', 'treg', 'regulatory t cell', 'eosinophil',
        // Blood's mononuclear cells, also of cord blood ("umbilical cord blood mononuclear cell-derived sEV (UCB-MNC-sEV)").
        'mononuclear cell', 'pbmc', 'mnc',
        'endothelial cell', 'huvec', 'endothelial progenitor', 'endothelial precursor', 'epc', 'embryonic stem cell', 'hesc', 'esc',
        'ipsc', 'induced pluripotent stem cell', 'dermal papilla', 'dermal papilla cell', 'dpc', 'dp cell', 'dp spheroid', 'melanocyte', 'epidermal stem cell',
        'neural stem cell', 'neural crest stem cell', 'neural crest-derived stem cell', 'host cell', 'cardiomyocyte', 'osteoclast', 'osteoblast', 'osteocyte', 'chondrocyte', 'adipocyte', 'hepatocyte', 'astrocyte',
        'neuron', 'podocyte', 'sebocyte', 'schwann cell', 'myoblast', 'myotube', 'epithelial cell', 'skin cell', 'circulating', 'biomarker', 'liquid biopsy', 'artificial', 'lactobacillus-derived', 'hacat',
        // Other organs' cells, foods, parasites and fungi as the vesicles' producers.
        'microglia', 'microglial', 'neuronal', 'neuronally', 'trophoblast', 'syncytiotrophoblast', 'tubular epithelial cell', 'tubular cell', 'tubule', 'hepatic stellate cell', 'alveolar epithelial cell', 'corneal epithelial', 'limbal epithelial', 'limbal stem cell', 'protoplast',
        'myogenic', 'myofiber', 'myofibre', 'muscle cell', 'satellite cell', 'cardiac progenitor', 'cardiosphere', 'endothelial colony-forming cell', 'ecfc',
        'tea leaf', 'egg', 'garlic', 'food-derived', 'royal jelly', 'honey', 'propolis', 'bee product', 'parasite', 'parasitic', 'helminth', 'protozoan', 'leishmania', 'trypanosoma', 'plasmodium',
        'cryptococcus', 'cryptococcal', 'dermatophyte', 'trichophyton', 'neisseria', 'meningococcal',
        // Cell lines as the vesicles' producers ("EVs isolated from the conditioned medium of HT-29 cells", "HEK293T-derived exosomes").
        'hek293', 'hek293t', 'ht-29', 'hela', 'mcf-7', 'a549', 'hepg2', 'b16f10', 'raw 264.7', 'thp-1', 'caco-2', 'jurkat', 'a375', 'u937', 'pc12', 'sh-sy5y',
      ],
      falseFriends: [
        'serum-free', 'exosome-depleted serum', 'ev-depleted',
        'serum-starved', 'serum starvation', 'serum-deprived', 'serum deprivation',
        // A cosmetic serum that contains exosomes names no source.
        'exosome serum', 'exo serum', 'ev serum', 'secretome serum', 'serum containing',
      ],
    },
    { id: 'unspecified', cues: [], falseFriends: [] },
  ],
  // Words between a source and its vesicles: "keratinocyte-derived EVs", "exosomes secreted by
  // macrophages", and the active voice, "cancer cells release extracellular vesicles".
  sourceLinks: [
    'derived', 'secreted', 'released', 'secrete', 'release', 'produce', 'shed', 'isolated', 'produced', 'obtained', 'originated', 'origin', 'extracted', 'purified', 'cell', 'cells', 'artificial',
    'small', 'large', 'extracellular', 'like', 'from', 'by', 'of', 'the', 'human', 'mouse', 'murine', 'rat', 'bovine', 'primary',
    'activated', 'cultured', 'engineered', 'conditioned', 'medium', 'media', 'a', 'an', 'specific', 'type', 'line', 'cell-derived',
    'preparation', 'product', 'separated', 'separation', 'mimetic',
  ],
  // Abbreviations coined per article for its vesicles ("Lactobacillus EVs (LpEVs)", "hypoxic exosomes (HExos)",
  // "melatonin-loaded nanovesicles (MelaNVs)").
  suffixAliases: [['evs', 'ev'], ['exos', 'exo'], ['nvs', 'nanovesicle']],
  // What cells or animals are given in µg or mg beside the vesicles: stimuli, disease inducers,
  // drugs and enzymes ("LPS (1 μg/mL)", "STZ 60 mg/kg", "imiquimod cream 62.5 mg").
  reagents: [
    'lps', 'lipopolysaccharide', 'h2o2', 'thrombin', 'pma', 'dexamethasone', 'melatonin', 'streptozotocin', 'stz', 'bleomycin',
    'imiquimod', 'doxorubicin', 'cisplatin', 'puromycin', 'rapamycin', 'metformin', 'tunicamycin', 'thapsigargin', 'collagenase',
    'mitomycin', 'cycloheximide', 'concanavalin', 'ovalbumin', 'ova', 'dnfb', 'dncb', 'oxazolone', 'tamoxifen', 'minoxidil',
  ],
  studyTypes: [
    {
      id: 'review',
      cues: [
        ['this review', 2], ['in this review', 2], ['the present review', 2], ['present review', 2], ['current review', 2],
        ['gives a summary', 1.5], ['provides a summary', 1.5], ['literature search', 1.5], ['searched the literature', 1.5], ['literature was searched', 1.5], ['we review', 2], ['reviewed', 1.5], ['review', 1.2],
        ['systematic review', 2], ['meta-analysis', 2], ['scoping review', 2], ['narrative review', 2],
        ['position paper', 2], ['position statement', 2], ['consensus statement', 2], ['expert consensus', 2], ['consensus recommendations', 2], ['delphi', 2], ['advisory board', 1], ['expert panel', 1], ['white paper', 2], ['overview', 1],
        ['summarize', 1], ['summarized', 0.75], ['we discuss', 0.75], ['discuss', 0.4], ['focuses on', 0.5], ['perspectives', 0.5],
        ['current limitations', 0.5], ['recent advances', 0.5], ['recent progress', 0.5], ['latest progress', 0.6], ['herein', 0.25],
        ['societies', 1], ['harmonization', 0.5], ['literature', 0.5], ['databases', 0.6], ['pubmed', 0.5], ['scopus', 0.5],
        ['web of science', 0.5], ['google scholar', 0.5], ['articles were', 0.5], ['studies were included', 0.75], ['pooled', 0.5],
        ['state of the art', 0.5], ['this article', 0.3], ['this paper', 0.3], ['we highlight', 0.5], ['highlights', 0.4],
        ['comprehensive overview', 1], ['provide a comprehensive overview', 2], ['provide an overview', 1.5], ['give an overview', 1.5], ['mini-review', 2], ['brief review', 2], ['short review', 2], ['literature review', 2], ['future directions', 0.75], ['current evidence', 0.5],
        ['here we discuss', 1.5], ['here i discuss', 1.5], ['research progress', 1.2], ['we outline', 1.5], ['an outline', 1], ['summarized here', 1.5],
        ['this article summarize', 2], ['this article has summarized', 2], ['this paper summarize', 2], ['this paper has summarized', 2],
        ['this article focuses on', 1.5], ['this paper focuses on', 1.5], ['by reviewing', 1.5],
        // "This study reviews …" (the study is the review), and the headings of structured review abstracts.
        ['this study reviews', 2], ['this article reviews', 2], ['this paper reviews', 2], ['this work reviews', 2], ['evidence acquisition', 2], ['evidence synthesis', 1.5],
        // Book chapters review their field.
        ['this chapter', 2], ['in the chapter', 2], ['book chapter', 2], ['we have discussed', 1],
        // Papers that appraise or argue instead of reporting experiments.
        ['critical appraisal', 2], ['critically appraise', 2], ['commentary', 1.5], ['viewpoint', 1.5], ['we hypothesize', 1],
        ['we propose', 0.5], ['we argue', 1], ['in this issue', 1.5], ['this editorial', 2], ['editorial', 1],
        // Analyses of the market: businesses' websites and claims, not cells, animals or people.
        ['direct-to-consumer', 1.5], ['websites', 1], ['company websites', 1.5], ['businesses', 1], ['content analysis', 1.5],
        ['online advertising', 1], ['marketing claims', 1],
        // Analyses of the literature itself, and reports of meetings.
        ['bibliometric', 2], ['citespace', 2], ['vosviewer', 2], ['meeting report', 2], ['workshop report', 2], ['roundtable', 1.5],
        ['round table', 1.5], ['workshop', 0.75],
      ],
      falseFriends: [
        // Chart reviews are studies of patients, not reviews of the literature.
        'retrospectively reviewed', 'reviewed the medical records', 'reviewed medical records', 'reviewed the records',
        'reviewed the charts', 'medical records were reviewed', 'records were reviewed', 'charts were reviewed', 'chart review',
        'institutional review board', 'review board', 'ethics review', 'reviewed by the',
        // Earlier reviews cited by a research paper.
        'as reviewed', 'reviewed previously', 'previously reviewed', 'recently reviewed', 'reviewed elsewhere', 'reviewed in',
        'by reviewing the medical records', 'by reviewing medical records', 'by reviewing the records', 'by reviewing the charts',
        // Follow-up visits of a trial ("at the final review").
        'first review', 'second review', 'third review', 'final review', 'at review', 'follow-up review',
      ],
    },
    {
      id: 'in-vitro',
      cues: [
        ['in vitro', 1], ['ex vivo', 1],
        // The study's design, whatever else the sentence says ("we isolated the exosomes and ran in vivo and in vitro experiments").
        ['in vitro and in vivo', 1], ['in vivo and in vitro', 1], ['in vitro experiments', 1], ['in vitro assays', 1], ['in vitro studies', 1], ['explant', 1], ['organ culture', 1], ['reconstructed epidermis', 1],
        ['reconstructed human epidermis', 1], ['3d skin model', 1], ['3d skin', 0.75], ['skin equivalent', 1], ['cell line', 1], ['cell culture experiments', 1], ['cell culture results', 1],
        ['hacat', 1], ['b16f10', 1], ['b16', 0.75], ['raw 264.7', 1], ['thp-1', 1], ['co-cultured', 1],
        ['co-culture', 1], ['cck-8', 1], ['mtt assay', 1], ['transwell', 1], ['scratch', 0.75], ['tube formation', 0.75],
        ['primary melanocyte', 0.75], ['primary keratinocyte', 0.75],
        // Cell types and their behaviour: in culture unless the sentence places them in tissue.
        ['keratinocyte', 0.4, { veto: ['inTissue'] }], ['fibroblast', 0.4, { veto: ['inTissue'] }], ['melanocyte', 0.4, { veto: ['inTissue'] }],
        ['dermal papilla cell', 0.4, { veto: ['inTissue'] }], ['dp cell', 0.4, { veto: ['inTissue'] }], ['cultured', 0.5, { veto: ['donor'] }], ['skin cells', 0.6, { veto: ['inTissue'] }],
        ['cell proliferation', 0.5, { veto: ['inTissue'] }], ['proliferation', 0.25, { veto: ['inTissue'] }], ['migration', 0.25, { veto: ['inTissue'] }],
        ['proliferation and migration', 1], ['migration and proliferation', 1], ['cell viability', 0.4, { veto: ['inTissue'] }], ['viability assay', 1],
        ['huvec', 0.75], ['hdf', 1], ['hsf', 1], ['mnt-1', 1], ['melan-a', 1], ['nih/3t3', 1], ['3t3', 0.75], ['l929', 1],
        ['hs68', 1], ['ccd-986sk', 1], ['a375', 1], ['jurkat', 1], ['hek293', 1], ['human dermal fibroblast', 1], ['human keratinocyte', 1], ['human epidermal keratinocyte', 1],
        ['human melanocyte', 1], ['human epidermal melanocyte', 1], ['epidermal melanocyte', 0.75], ['nhek', 1], ['nhdf', 1], ['cells were treated', 1],
        // Fibroblasts grown from scars and keloids: a cell type studied in culture, as human dermal fibroblasts.
        ['scar fibroblast', 1], ['keloid fibroblast', 1],
        ['treated cells', 0.75], ['splenic', 0.5, { veto: ['inTissue'] }], ['splenocyte', 0.75, { veto: ['inTissue'] }], ['pbmc', 0.75],
        ['mononuclear cell', 0.5, { veto: ['inTissue'] }],
        // Common cell lines and cultured cell models outside the skin.
        ['caco-2', 1], ['bv-2', 1], ['bv2', 1], ['hepg2', 1], ['hela', 1], ['mcf-7', 1], ['a549', 1], ['sh-sy5y', 1], ['pc12', 1], ['hk-2', 1],
        ['h9c2', 1], ['ht-29', 1], ['hct116', 1], ['lx-2', 1], ['u937', 1], ['c2c12', 1], ['arpe-19', 1], ['mc3t3-e1', 1], ['ea.hy926', 1],
        // Assays and stresses of cells in culture: reporter and pull-down assays, high glucose, H2O2.
        ['luciferase', 1], ['pull-down', 1], ['high glucose', 0.75, { veto: ['inTissue'] }], ['hg-induced', 1], ['hg-treated', 1],
        ['h2o2', 0.75, { veto: ['inTissue'] }], ['lps-induced', 0.5, { veto: ['inTissue'] }],
        ['monocyte-derived macrophage', 1], ['bone marrow-derived macrophage', 1], ['mh-s', 1], ['rbl-2h3', 1], ['hmc-1', 1], ['lad2', 1], ['in cultured', 1], ['cells stimulated with', 1], ['scratch closure', 1], ['lps-stimulated', 1, { veto: ['inTissue'] }],
        // Cells exposed to a stimulus, as "cells stimulated with" ("macrophages exposed to LPS").
        ...['cells', 'macrophages', 'keratinocytes', 'fibroblasts'].map((c): CueDef => [`${c} exposed to`, 1, { veto: ['inTissue'] }]),
        // Cells incubated with a treatment, and differentiation assays of cells (bone papers: "promoted the osteogenic differentiation of BMSCs").
        ['incubated with', 1], ['osteogenic differentiation', 1, { veto: ['inTissue'] }],
        // Immune assays of cells in culture.
        ['mixed lymphocyte reaction', 1], ['mixed lymphocyte culture', 1], ['lymphocyte proliferation assay', 1], ['t cell proliferation assay', 1], ['cfse', 1],
        ['chondrocyte', 0.4, { veto: ['inTissue'] }],
      ],
      falseFriends: [
        // Growth factors named after cells ("basic fibroblast growth factor") are molecules, not cells in culture.
        'fibroblast growth factor', 'keratinocyte growth factor',
        // Cells grafted into patients are a procedure, not cells studied in culture.
        'melanocyte grafting', 'melanocyte transplantation', 'keratinocyte transplantation', 'non-cultured',
        // Fibroblasts as the cell therapy people are given ("autologous fibroblast therapy", "injections of allogeneic dermal fibroblasts").
        'autologous fibroblast', 'autologous dermal fibroblast', 'autologous cultured fibroblast', 'autologous cultured dermal fibroblast',
        'allogeneic fibroblast', 'allogeneic dermal fibroblast', 'allogeneic human dermal fibroblast', 'fibroblast therapy', 'fibroblast injection',
        'fibroblast transplantation', 'injected fibroblast', 'injection of fibroblast',
        'cultured epithelial autograft', 'cultured epidermal autograft',
        // Producer cells grown before the vesicles are collected ("BMSCs were isolated and cultured in
        // vitro") are no study in culture: the study is what the vesicles then do.
        'cultured in vitro', 'expanded in vitro', 'in vitro expanded', 'in vitro-expanded', 'expansion in vitro', 'in vitro expansion', 'propagated in vitro',
        'expanded ex vivo', 'ex vivo expanded', 'ex vivo-expanded', 'ex vivo expansion', 'expansion ex vivo',
        // The producer cells' conditioned medium as the product ("ADSC cultured media was applied").
        'cultured media', 'cultured medium',
        // What MSCs can become ('able to differentiate into multiple cell lines'), not cell lines studied.
        'differentiate into multiple cell lines', 'differentiate into various cell lines', 'differentiate into different cell lines',
        // HSF-1 is heat shock factor 1, not hypertrophic scar fibroblasts (HSFs); HUVECs as the
        // vesicles' source are no cells studied in culture.
        'hsf 1', 'huvec exosome', 'huvec-derived', 'huvec derived', 'huvec ev', 'huvec-exos', 'huvec extracellular vesicle', 'huvec sev',
      ],
    },
    {
      id: 'in-vivo',
      cues: [
        ['mice', 1, { veto: ['donor'] }], ['mouse', 1, { veto: ['donor'] }], ['murine', 0.75, { veto: ['donor'] }],
        ['rat', 1, { veto: ['donor'] }], ['rabbit', 1, { veto: ['donor'] }], ['pig', 0.75, { veto: ['donor'] }],
        ['porcine model', 1], ['minipig', 1], ['guinea pig', 1, { veto: ['donor'] }], ['hamster', 1], ['rodent', 0.75], ['monkey', 1, { veto: ['donor'] }], ['cynomolgus', 1], ['rhesus', 1], ['non-human primate', 1], ['nonhuman primate', 1], ['murine model', 1], ['canine', 0.5], ['dog', 0.5], ['horse', 1, { veto: ['donor'] }], ['zebrafish', 1], ['animal model', 1],
        ['mare', 1, { veto: ['donor'] }], ['stallion', 0.75, { veto: ['donor'] }], ['heifer', 1, { veto: ['donor'] }], ['cattle', 0.75, { veto: ['donor'] }],
        ['in vivo', 1, { namesNoAnimal: true }], ['c57bl/6', 1], ['balb/c', 1], ['nude mice', 1], ['sprague-dawley', 1], ['wistar', 1], ['db/db', 1],
        ['xenograft', 1], ['mouse model', 1], ['rat model', 1], ['streptozotocin', 1], ['stz-induced', 1], ['ovariectomized', 1], ['ovariectomy', 0.75], ['ovx', 1], ['subcutaneously injected', 0.5, { namesNoAnimal: true }], ['injected subcutaneously', 0.5, { namesNoAnimal: true }],
        ['intraperitoneal', 0.5], ['intravenously', 0.25, { namesNoAnimal: true }], ['animals', 0.75],
        // "In a murine scald burn model": the species and the model words apart.
        ['burn model', 0.5], ['wound model', 0.5], ['wound healing model', 0.5], ['skin defect model', 1],
        // Disease models of other organs ("a murine colitis model induced by dextran sodium sulfate").
        ['colitis model', 1], ['arthritis model', 1], ['sepsis model', 1], ['injury model', 0.75], ['infarction model', 1],
        ['ischemia model', 0.75], ['fibrosis model', 0.75], ['defect model', 0.75], ['ulcer model', 0.75],
        // Animal models named by what induces them or by their strain ("in an oxazolone-induced dermatitis model").
        ['oxazolone', 0.75], ['dncb', 0.75], ['dinitrochlorobenzene', 0.75], ['imiquimod', 0.75], ['mc903', 0.75], ['nc/nga', 1],
        ['skh-1', 1], ['dermatitis model', 0.75], ['subcutaneous injection', 0.5, { namesNoAnimal: true }],
        // An animal named as where the study was done: a donor word in the sentence does not void it.
        ['in mice', 1], ['in rats', 1], ['in rabbits', 1], ['in pigs', 1],
        // Wound models and tissue histology of a study that names no species for them ("administered to
        // full-thickness excisional wounds", "injected around the wound sites", "immunohistochemical
        // staining of CD31"): animals unless the article also studies people.
        ...['full-thickness wound', 'full-thickness skin wound', 'full-thickness excisional', 'full-thickness skin defect', 'excisional wound']
          .map((p): CueDef => [p, 1, { namesNoAnimal: true }]),
        ...['wound sites', 'diabetic wound healing', 'histological examination', 'immunohistochemical staining', 'immunohistochemistry']
          .map((p): CueDef => [p, 0.5, { namesNoAnimal: true }]),
      ],
      // Mice as cell donors (the skin or wounds "of mice" are the model).
      falseFriends: [
        'mouse vibrissa', 'from mice', 'primary mouse', 'primary murine', 'primary rat', 'mouse embryonic fibroblast', 'marrow of mice', 'adipose tissue of mice', 'fat of mice',
        'fat pads of mice', 'femurs of mice', 'tibias of mice', 'bones of mice',
        // A scratch assay is a wound healing model of cells in a dish.
        'scratch wound healing model', 'in vitro wound healing model', 'wound healing model in vitro',
      ],
    },
    {
      id: 'clinical',
      cues: [
        // Randomised allocation of animals is no trial: the article must name people somewhere.
        ['randomized', 1, { veto: ['hedge', 'animal'], doc: 'clinicalHuman' }], ['placebo', 1, { veto: ['animal'] }], ['placebo-controlled', 1], ['double-blind', 1],
        // People who gave samples the study examines count; donors of producer cells do not (the donor veto).
        ['split-face', 1], ['volunteers', 1, { req: ['patientSamples'], veto: ['hedge'] }], ['volunteers', 1, { veto: ['donor'] }],
        ['individuals', 1, { req: ['patientSamples'], veto: ['hedge', 'background'] }], ['participants', 0.75, { veto: ['donor'] }],
        ['subjects', 0.6, { veto: ['donor'] }], ['case report', 1, { veto: ['animal'] }], ['case series', 1, { veto: ['animal'] }],
        // A person's age, as case reports open ("A 39-year-old Indonesian woman", "aged 20–60 years old"), not a donor's.
        ['year-old', 2, { veto: ['donor', 'animal'], ownCase: true }],
        ['case presentation', 1, { veto: ['animal'], ownCase: true }], ['report a case', 1, { veto: ['animal'], ownCase: true }],
        ['present a case', 1, { veto: ['animal'], ownCase: true }], ['case review', 1, { veto: ['animal'], ownCase: true }],
        ['a report of', 0.5], ['two cases', 0.75], ['clinical trial', 0.75, { veto: ['hedge'] }], ['clinical study', 0.75, { veto: ['hedge'] }],
        // One trial of its own, with the article ("improved skin brightness in a clinical trial").
        ['in a clinical trial', 1, { veto: ['hedge'] }], ['in a clinical study', 1, { veto: ['hedge'] }],
        ['clinical evaluation', 1], ['phase i', 1], ['phase ii', 1], ['phase i/iia', 1], ['enrolled', 1, { veto: ['animal'] }], ['recruited', 1, { veto: ['animal'] }],
        ['in humans', 1, { plural: true }], ['human subjects', 1], ['human participants', 1], ['human volunteers', 1], ['prospective study', 1], ['prospective trial', 1], ['prospective clinical', 1], ['prospective cohort', 1], ['retrospective', 0.75],
        ['retrospectively', 0.75], ['chart review', 1], ['medical records', 0.75],
        ['cohort', 0.5], ['patients received', 1, { veto: ['donor', 'hedge', 'background'] }], ['patients were treated', 1, { veto: ['donor', 'hedge', 'background'] }],
        // Patients whose samples the study examines ("exosomes from blister fluids of patients with bullous pemphigoid"),
        // before the other patients: of two cues on the same words the first that holds counts.
        ['patients', 1, { req: ['patientSamples'], veto: ['hedge', 'background'] }],
        ['patients treated with', 1, { veto: ['donor', 'hedge', 'background'] }], ['patients', 0.4, { veto: ['donor', 'hedge', 'background'] }],
        ['women', 0.5, { veto: ['donor'] }], ['men', 0.4, { veto: ['donor'] }], ['male subjects', 1], ['adverse event', 0.5],
        // Trial designs by name ("a single arm, monocentric, prospective, open label study").
        ['open-label', 1, { veto: ['animal'] }], ['single-arm', 1, { veto: ['animal'] }], ['monocentric', 1], ['multicentric', 1],
        ['multicenter', 0.75, { veto: ['animal'] }], ['multicentre', 0.75, { veto: ['animal'] }],
        ['patient satisfaction', 1], ['fitzpatrick', 1], ['human skin test', 1], ['human application test', 1], ['physician', 0.5], ['dermatologists evaluated', 1], ['treatment sessions', 0.75], ['sessions', 0.5],
      ],
      falseFriends: [
        'preclinical and clinical trials', 'clinical trials are needed', 'clinical trials are warranted', 'patient-derived',
        // Trials in general ("tested in clinical trials", "early clinical studies suggest"), not this study.
        'in clinical studies', 'in clinical trials', 'early clinical studies', 'early clinical trials', 'ongoing clinical trials',
        // Cells recruited to a site ("M2 macrophages will be recruited to the wound area"), not people to a study.
        'recruited to the wound', 'recruited to wound', 'recruited into the wound', 'recruited to the injury', 'recruited to the injured',
        'recruited to the site', 'recruited to sites', 'recruited to the inflamed', 'recruited to the skin', 'recruited to the lesion',
        // Drug metabolism's phases ("phase II gene heme oxygenase-1", "phase II detoxifying enzymes").
        'phase i enzyme', 'phase ii enzyme', 'phase ii gene', 'phase ii detoxifying', 'phase ii detoxification', 'phase ii antioxidant',
        'phase i metabolism', 'phase ii metabolism', 'phase ii conjugation',
      ],
    },
  ],
  experimental: [
    ['we found', 1], ['we demonstrated', 1], ['we showed', 1], ['we report', 0.75], ['our data', 1], ['our findings', 1], ['our results', 1],
    ['results showed', 1], ['results revealed', 1], ['this study', 0.5], ['in this study', 0.5], ['the present study', 0.5],
    ['we investigated', 0.75], ['we evaluated', 0.75], ['we compared', 0.75], ['was performed', 0.5], ['were treated', 0.5],
    ['significantly', 0.5], ['p < 0.05', 1], ['p 0.001', 1], ['statistically', 0.75], ['compared with the control', 1],
    ['were randomly', 1], ['were divided', 1], ['was established', 0.5], ['were injected', 0.75], ['were isolated', 0.5],
    ['we examined', 0.75], ['we explored', 0.75], ['we assessed', 0.75], ['we tested', 0.75], ['we identified', 0.75],
    ['we determined', 0.75], ['mechanistically', 0.75], ['were cultured', 0.5], ['were purified', 0.5], ['were measured', 0.5],
    ['it is found that', 1], ['it was found that', 1], ['it is discovered that', 1], ['it was discovered that', 1],
    ['rna-sequencing', 0.5], ['rna-seq', 0.5], ['were exposed', 0.5], ['were incubated', 0.5], ['were collected', 0.5],
    ['were analyzed', 0.5], ['were assessed', 0.5], ['were evaluated', 0.5],
    ['in this research', 0.5], ['results indicated', 1], ['results demonstrated', 1], ['was designed', 0.5], ['were designed', 0.5],
    ['has been designed', 0.5], ['were found', 0.5],
    // What the authors made and ran ("Here, we created an injectable hydrogel … Our experiments demonstrated …").
    ['our experiments', 1], ['our studies revealed', 1], ['we created', 0.75], ['we developed', 0.75], ['we fabricated', 0.75],
    ['we constructed', 0.75], ['we prepared', 0.75], ['we engineered', 0.75], ['we demonstrate', 0.75], ['this protocol', 1], ['our protocol', 1],
  ],

  qc: [
    {
      id: 'qc-nomenclature',
      cues: ['exosome', 'exosomal', 'exosome-like', 'exosome-derived'],
      falseFriends: ['rna exosome', 'exosome complex', 'exosome component'],
    },
    {
      id: 'qc-source-identity',
      cues: [
        'cd73', 'cd90', 'cd105', ['cd44', 0.5], ['cd29', 0.5], ['hla-dr', 1], ['cd34', 0.5], ['cd45', 0.5], ['cd14', 0.3], ['cd11b', 0.3], ['cd19', 0.3],
        // What MSCs are in general ("MSCs are multipotent stem cells with self-renewal and multilineage
        // differentiation potential") is no test of the producer cells, unless the cells were characterised.
        ...['tri-lineage', 'multi-lineage differentiation', 'multilineage', 'three-lineage'].map((w): CueDef => [w, 1, { veto: ['generalProperties'] }]),
        // One lineage is identity only where the cells are characterised (a study of chondrogenesis names it throughout);
        // two named together are the differentiation test ("adipogenic, osteogenic and chondrogenic differentiation").
        ['adipogenic', 0.5, { req: ['charact'] }], ['chondrogenic', 0.5, { req: ['charact'] }], ['isct criteria', 1], ['minimal criteria', 1],
        'osteogenic adipogenic', 'osteogenic and adipogenic', 'osteogenic chondrogenic', 'osteogenic and chondrogenic',
        'adipogenic osteogenic', 'adipogenic and osteogenic', 'adipogenic chondrogenic', 'adipogenic and chondrogenic',
        'chondrogenic osteogenic', 'chondrogenic and osteogenic', 'chondrogenic adipogenic', 'chondrogenic and adipogenic',
        ['surface marker', 1, { req: ['msc'] }], ['surface biomarker', 1, { req: ['msc'] }], ['surface antigen', 1, { req: ['msc'] }],
        ['immunophenotype', 1], ['immunophenotyping', 1],
        ['immunophenotypic', 1],
      ],
      // CD34 beside CD31 marks vessels in tissue ("CD31+ and CD34+ vessels"), not the MSCs' identity.
      // CD44 as hyaluronic acid's receptor on the treated cells ("increased the expression of CD44 receptors").
      falseFriends: ['cd31 and cd34', 'cd34 and cd31', 'cd31/cd34', 'cd34 vessels', 'cd34-positive vessels', 'cd44 receptor'],
    },
    {
      id: 'qc-culture',
      cues: [
        'serum-free', 'serum-deprived', 'serum starvation', 'exosome-depleted', 'ev-depleted',
        // A culture medium or serum without vesicles; not "exosome-free HCV" or "EV-free proteins" of a fractionation.
        ...['exosome-free', 'ev-free'].flatMap((w) => [`${w} medium`, `${w} media`, `${w} fbs`, `${w} serum`, `${w} culture`]),
        'vesicle-depleted', 'platelet lysate', 'human platelet lysate', 'chemically defined medium', 'xeno-free',
        ['hypoxia', 1, { req: ['producer'] }], ['hypoxic', 1, { req: ['producer'] }], 'low oxygen',
        'pre-conditioned', 'pre-conditioning', 'priming', 'primed', '3d culture', 'spheroid', 'three-dimensional culture', 'suspension culture',
        // The producer cells grown in three dimensions or in a bioreactor ("3D-cultured ADSCs", "bioreactor cultured hUC-MSCs").
        '3d-cultured', 'three-dimensional cultured', '3d dynamic culture', 'three-dimensional dynamic culture', 'dynamic culture',
        'bioreactor-cultured', '3d bioreactor',
        ['passage', 0.75, { req: ['producer'] }], 'pre-differentiated', 'pre-differentiation', 'pre-stimulated', 'pretreated with ifn', 'pretreated with tnf', 'lps-pretreated', 'lps-preconditioned',
        'licensed with', 'cytokine-licensed', 'cytokine licensing',
        // What was done to the producer cells: "IFN-γ-stimulated MSCs", "MSCs were pretreated with melatonin".
        ...['pre-treated', 'treated', 'stimulated', 'activated', 'exposed'].map((w): CueDef => [w, 1, { req: ['ev'], producer: true }]),
        ['culture conditions', 1, { req: ['ev'] }], ['at passage', 1, { req: ['producer'] }], ['passage number', 1, { req: ['producer'] }],
        ...['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th', '6th'].map((n): CueDef => [`${n} passage`, 1, { req: ['producer'] }]), 'normoxia', 'normoxic', 'under conditions of very low oxygen',
      ],
      falseFriends: [
        'serum-free medium was used to wash',
        // Controls, and blocking vesicle release (GW4869), are no culture condition of the product.
        'vehicle-treated', 'pbs-treated', 'saline-treated', 'sham-treated', 'mock-treated', 'dmso-treated', 'control-treated',
        'pre-treated with gw4869', 'treated with gw4869', 'gw4869-treated', 'gw4869-pretreated',
        // Hypoxia of the treated tissue and the gene it induces, not of the producer cells' culture.
        'hypoxia-inducible', 'hypoxia inducible', 'hypoxic tissue', 'tissue hypoxia', 'wound hypoxia', 'chronic hypoxia',
      ],
    },
    {
      id: 'qc-isolation',
      cues: [
        ['ultracentrifugation', 1, { neg: true }], ['ultracentrifuge', 1, { neg: true }], ['differential centrifugation', 1, { neg: true }],
        ['sequential centrifugation', 1, { neg: true }], ['serial centrifugation', 1, { neg: true }], ['density gradient', 1, { neg: true }],
        ['sucrose gradient', 1, { neg: true }], ['sucrose cushion', 1, { neg: true }], ['iodixanol', 1, { neg: true }], ['optiprep', 1, { neg: true }],
        ['size-exclusion chromatography', 1, { neg: true }], ['sec column', 1, { neg: true }],
        ['qevoriginal', 1], ['qev', 1], ['tangential flow filtration', 1, { neg: true }], ['tangential flow', 1, { neg: true }], ['tff', 1, { neg: true }],
        ['cross flow filtration', 1, { neg: true }], ['ultrafiltration', 1, { neg: true }],
        ['polyethylene glycol', 1, { neg: true, req: ['ev'] }], ['peg precipitation', 1, { neg: true }], ['precipitation', 1, { neg: true, req: ['ev'] }],
        ['exoquick', 1, { neg: true }], ['total exosome isolation', 1, { neg: true }], ['immunoaffinity', 1, { neg: true }],
        ['immunocapture', 1, { neg: true }], ['affinity capture', 1, { neg: true }], ['anion exchange', 1, { neg: true }],
        ['affinity purification', 1, { neg: true }], ['affinity chromatography', 1, { neg: true }],
        ['asymmetric flow field-flow fractionation', 1, { neg: true }], ['af4', 1, { neg: true }], ['purified by', 0.5, { req: ['ev'] }],
        ['isolation kit', 1, { neg: true }], ['exosome isolation kit', 1, { neg: true }], ['centrifugation', 1, { neg: true, req: ['ev'] }],
        ['ultra-centrifugation', 1, { neg: true }], ['pelleted', 1, { neg: true, req: ['ev'] }], ['g pellet', 1, { neg: true, req: ['ev'] }], ['isolation reagent', 1, { neg: true }],
        ['amicon', 1, { neg: true }], ['centrifugal filter', 1, { neg: true, req: ['ev'] }], ['sec', 1, { neg: true, req: ['donor'] }] /* "sec" is also seconds: only beside isolated/purified */,
      ],
      falseFriends: ['isolation methods', 'isolation and characterization methods'],
    },
    {
      id: 'qc-size-concentration',
      cues: [
        'nanoparticle tracking', 'particle tracking', 'nano-tracking', 'nta', 'nanosight', 'zetaview', 'tunable resistive pulse sensing', 'trps', 'qnano',
        'dynamic light scattering', 'dls', 'nano-flow cytometry', 'nanoscale flow cytometry', 'high-resolution flow cytometry',
        'particle concentration', 'particle number', 'particle size analyzer', 'particles/ml', 'particles per ml', 'particle size distribution',
        ['size distribution', 1, { req: ['ev'] }], ['size and concentration', 1], ['concentration and size', 1], ['microfluidic resistive pulse', 1],
        ['spectradyne', 1], ['particle counts', 1], ['hydrodynamic diameter', 1, { req: ['ev'] }], ['hydrodynamic size', 1, { req: ['ev'] }],
        ['nanofcm', 1], ['flow nanoanalyzer', 1], ['zetasizer', 1],
        // A measured size of the vesicles (a background range such as "30–150 nm" names none of these).
        ['mean diameter', 1, { req: ['ev'] }], ['average diameter', 1, { req: ['ev'] }], ['mean size', 1, { req: ['ev'] }],
        ['average size', 1, { req: ['ev'] }], ['peak size', 1, { req: ['ev'] }], ['modal size', 1, { req: ['ev'] }],
        // The size of the vesicles a study isolated ("the isolated exosomes had diameters of 30–100 nm",
        // "were 30–150 nm in diameter"), where "exosomes are 30–150 nm in diameter" defines them.
        ['nm in diameter', 1, { req: ['donor'], finding: true }], ['nm in size', 1, { req: ['donor'], finding: true }],
        ['size range', 1, { req: ['donor'], finding: true }], ['had diameters', 1, { req: ['ev'], finding: true }],
        // Sizes a study compared or determined ("we determined the size, morphology and composition of each EV type").
        ['size and morphology', 1, { req: ['ev'], finding: true }], ['size, morphology', 1, { req: ['ev'], finding: true }],
        ['morphology and size', 1, { req: ['ev'], finding: true }],
        ['comparable size', 1, { req: ['ev'], finding: true }], ['similar in size', 1, { req: ['ev'], finding: true }],
        ['particle size', 1, { req: ['ev'] }], 'particle size analysis',
        // Measured with the particles' size by the same instruments (DLS): a study that reports it characterised them.
        ['zeta potential', 1, { finding: true }],
      ],
      // "TRPS" stems to "trp": tyrosinase-related proteins (TRP-1, TRP-2) and TRP channels are not it.
      falseFriends: ['trp 1', 'trp 2', 'trp1', 'trp2', 'trp channel', 'trp family'],
    },
    {
      id: 'qc-morphology',
      cues: [
        // QC is read only in articles about EVs, so TEM needs no vesicle word of its own ("Both fractions
        // were examined by TEM"); electron microscopy of tissue is vetoed.
        ['transmission electron microscopy', 1, { veto: ['pig', 'tissueImaging'] }], ['tem', 1, { veto: ['tissueImaging'] }],
        ['electron microscopy', 1, { req: ['ev'], veto: ['pig', 'tissueImaging'] }],
        'cryo-em', 'cryo-electron', 'cryo-tem', ['atomic force microscopy', 1, { req: ['ev'] }], ['afm', 1, { req: ['ev'] }],
        ['scanning electron microscopy', 1, { req: ['ev'] }], 'cup-shaped', 'saucer-shaped', 'lipid bilayer morphology',
        ['morphology', 1, { req: ['ev', 'charact'] }],
        ['transmission electron microscope', 1, { veto: ['pig', 'tissueImaging'] }], ['bilayer membrane', 1, { req: ['charact'] }], ['cup-like', 1],
      ],
      // The producer cells' shape is no vesicle imaging.
      falseFriends: [
        'lamellar bodies', 'melanosome', 'fibroblast-like morphology', 'spindle-shaped morphology', 'spindle-like morphology',
        'cell morphology', 'cellular morphology', 'morphology of the cells', 'morphology of cells',
      ],
    },
    {
      id: 'qc-ev-markers',
      cues: [
        'cd9', 'cd63', 'cd81', 'tsg-101', 'alix', 'pdcd6ip', 'syntenin', 'flotillin', 'flotillin-1',
        // Chaperones and annexin A1 are also cargo that acts ("delivering HSP70 to glioma cells"): markers
        // only where the vesicles are characterised.
        ...['hsp70', 'hsp90', 'hsc70', 'annexin a1'].map((w): CueDef => [w, 1, { req: ['charact'] }]),
        'exosomal marker', 'exosome marker', 'ev marker', 'exosomal protein marker', 'tetraspanin', 'exosome-specific marker',
        ['specific biomarkers', 1, { req: ['ev', 'charact'] }], ['specific markers', 1, { req: ['ev'] }], ['marker proteins', 1, { req: ['ev'] }],
        ['western blot', 1, { req: ['charact'] }], ['western blotting', 1, { req: ['charact'] }], ['immunoblot', 1, { req: ['charact'] }],
        ['positive markers', 1, { req: ['ev'] }], ['surface protein analysis', 1, { req: ['ev'] }],
        // A study's vesicles matched to what exosomes are; a review that "summarizes the characteristics of exosomes" covers them (TAXONOMY §4).
        ['characteristic of exosomes', 1, { finding: true }],
        ['classical markers', 1, { req: ['ev'] }], ['canonical markers', 1, { req: ['ev'] }],
      ],
      falseFriends: ['cd90', 'surface antigen'],
    },
    {
      id: 'qc-purity',
      cues: [
        'calnexin', 'gm130', 'cytochrome c', 'apoa1', 'apoa-i', 'apob', 'apolipoprotein', 'negative marker',
        ['albumin', 1, { req: ['ev'] }], 'particle-to-protein ratio', 'particles per microgram', 'particles/microg',
        ['purity', 1, { req: ['ev'] }], ['lipoprotein contamination', 1], ['contaminating proteins', 1], ['protein contaminants', 1], ['co-isolated', 0.75],
        ['grp94', 1], ['argonaute', 0.5], ['histone', 0.3],
      ],
      falseFriends: ['high purity of the culture'],
    },
    {
      id: 'qc-dose',
      // Amounts are recognised by a pattern in the analyzer (numbers with µg, particles…); these name dosing explicitly.
      cues: [['particles per dose', 1], ['particles per injection', 1], ['microg of exosome', 1], ['microg of ev', 1], ['microg exosomal protein', 1], ['microg of protein', 1, { req: ['ev'] }],
        // How reviews name dose reporting.
        'administered dose', 'doses ranged', 'dose was reported', 'doses were reported', 'reported the dose', 'dose units',
        'dose reporting',
      ],
      falseFriends: [],
    },
    {
      id: 'qc-potency',
      cues: [
        'potency', 'potency assay', 'potency testing', ['functional assays', 0.5, { req: ['ev'], concept: true }], ['bioactivity assay', 1], ['biological activity of each batch', 1], ['release assay', 0.5],
        // Activity compared across storage ("retain their bioactivity after lyophilization") or across preparations.
        ...['bioactivity', 'biological activity', 'functional activity', 'functionality'].map((w): CueDef => [w, 1, { req: ['storage'], finding: true }]),
        ['functional differences', 1, { req: ['ev'], finding: true }], ['functional heterogeneity', 1, { req: ['ev'], finding: true }],
      ],
      falseFriends: ['high potency', 'potency of the drug'],
    },
    {
      id: 'qc-safety',
      cues: [
        'endotoxin', 'lal assay', 'limulus amebocyte lysate', 'mycoplasma', 'sterility', 'sterility testing', ['tumorigenicity', 1, { finding: true }], 'toxicology',
        'toxicological', 'genotoxicity', 'acute toxicity', 'subacute toxicity', 'repeated-dose toxicity', 'skin irritation', 'eye irritation',
        'irritation test', 'sensitization test', 'skin sensitization', 'sensitization properties', 'patch test', 'hemolysis test',
        ['no cytotoxicity', 1], ['low cytotoxicity', 1], ['non-cytotoxic', 1], ['without cytotoxicity', 1],
        ['negligible cytotoxicity', 1], ['cytotoxicity assay', 1], ['cytotoxicity test', 1], ['biocompatibility', 0.75, { finding: true }], ['biosafety', 0.5],
        ['adverse event', 1, { veto: ['hedge'] }], ['adverse effect', 1, { req: ['ev'], veto: ['hedge'] }], ['side effect', 1, { veto: ['hedge'], finding: true }],
        ['well tolerated', 1], ['complications were observed', 1], ['no complications', 1], ['no toxicity', 1], ['not toxic', 1],
        ['non-toxic', 1], ['without toxicity', 1], ['without signs of toxicity', 1], ['no signs of toxicity', 1], ['no systemic toxicity', 1], ['no irritation', 1], ['no toxic effect', 1], ['no obvious toxicity', 1], ['no significant toxicity', 1], ['no cytotoxic effect', 1],
        ['toxicity was observed', 1], ['infusion-related toxicity', 1], ['infusion reaction', 1], ['infusion-related adverse', 1], ['immunogenicity testing', 1], ['toxicity', 0.75, { req: ['ev'], finding: true }],
        'limulus', ['adverse reaction', 1, { veto: ['hedge'] }], 'microbial contamination', 'bacterial contamination', 'fungal contamination',
        // (finding: in a review, "lower tumorigenicity", "fewer side effects", "minimal toxicity" and
        // "biocompatibility" are the advantages claimed for vesicles over cells, not safety findings.)
        // Adverse reactions to an EV product as case reports describe them.
        ['granulomatous reaction', 1], ['foreign body reaction', 1], ['foreign body granuloma', 1], ['no allergic reaction', 1],
        ['abscess', 1, { req: ['ev'] }], ['mycobacterial infection', 1, { req: ['ev'] }], ['granuloma', 1, { req: ['ev'] }], ['granulomatous', 1, { req: ['ev'] }],
        ['no hypersensitivity reaction', 1],
        // A study that evaluates the product's safety reports it (TAXONOMY: "an item is reported when
        // the study says it did it"), where a bare "safe" does not.
        ['tolerability', 1, { veto: ['hedge'] }], ['evaluate the safety', 1, { veto: ['hedge'] }], ['evaluated the safety', 1],
        ['assess the safety', 1, { veto: ['hedge'] }], ['assessed the safety', 1], ['safety was evaluated', 1], ['safety was assessed', 1],
        // A review's "safety and efficacy" is what products must show, not safety data it summarises.
        ['efficacy and safety', 1, { req: ['ev'], veto: ['hedge'], finding: true }], ['safety and efficacy', 1, { req: ['ev'], veto: ['hedge'], finding: true }],
        // Observed absence of harm is the study's own finding, where "adverse effect" alone may be anything's.
        ['no adverse effect', 1], ['no significant adverse effect', 1], ['no serious adverse effect', 1], ['without adverse effect', 1],
        ['no significant complication', 1], ['no serious complication', 1], ['without complication', 1], ['without any complication', 1],
        ['favorable safety profile', 1, { veto: ['hedge'] }], ['good safety profile', 1, { veto: ['hedge'] }],
        ['no significant cytotoxicity', 1], ['no obvious cytotoxicity', 1], ['no apparent cytotoxicity', 1],
        // The same findings in other words ("the product was not cytotoxic up to 25 mg/mL", "lack of toxicity",
        // "with no notable adverse effects", "without any adverse reactions").
        ['not cytotoxic', 1], ['lack of toxicity', 1], ['lack of cytotoxicity', 1], ['no notable adverse effect', 1],
        ['no adverse reaction', 1], ['without adverse reaction', 1], ['without any adverse reaction', 1], ['without any adverse effect', 1],
        ['cytotoxicity', 0.75, { req: ['ev'], finding: true }], ['adverse response', 1, { veto: ['hedge'] }],
        ['safety assessment', 1, { veto: ['hedge'], finding: true }], ['safety evaluation', 1, { veto: ['hedge'], finding: true }],
        ['demonstrated the safety', 1, { veto: ['hedge'] }], ['confirmed the safety', 1, { veto: ['hedge'] }],
      ],
      falseFriends: [
        'lower immunogenicity', 'low immunogenicity', 'h2o2-related cytotoxicity', 'h2o2-induced cytotoxicity', 'safety standards',
        // Cell death the vesicles protect against, or immune cells' killing: not the product's toxicity.
        'induced cytotoxicity', 'mediated cytotoxicity', 'safety evaluation standard',
        // Side effects of another treatment, in the background of an EV study.
        'common side effect', 'frequent side effect', 'side effect of radiotherapy', 'side effect of radiation', 'side effect of chemotherapy',
        'side effect of steroid', 'side effect of corticosteroid', 'side effect of current', 'side effect of conventional', 'side effect of long-term',
        // Other treatments' drawbacks the product should avoid ("have multiple potential side effects",
        // "while minimizing systemic side effects").
        'potential side effect', 'minimizing side effect', 'minimizing systemic side effect', 'minimize side effect', 'minimize systemic side effect',
        'minimizing the side effect', 'minimize the side effect',
      ],
    },
    {
      id: 'qc-storage',
      cues: [
        'freeze-thaw', 'freezing and thawing', 'lyophilization', 'lyophilized', 'freeze-drying', 'freeze-dried', 'shelf life',
        'cryoprotectant', 'cryoprotective', 'cryoprotection', 'cryopreservation', 'storage condition',
        'storage stability', 'storage buffer', ['stored at', 1, { req: ['ev'] }], ['storage temperature', 1], ['long-term storage', 1],
        ['storage', 0.5, { req: ['ev'], veto: ['generalProperties'], concept: true }], ['stability', 0.5, { req: ['ev'], veto: ['generalProperties'], concept: true }], ['trehalose', 0.75, { req: ['ev'] }],
        // "-80 °C" normalises to "-80  deg c" (two spaces), which the analyzer's temperature pattern misses.
        ['80 deg c', 1, { req: ['ev'] }], ['storage at', 1, { req: ['ev'] }], ['after storage', 1, { req: ['ev'] }],
      ],
      falseFriends: [
        'easy storage', 'ease of storage', 'convenient storage', 'easier storage',
        // The stability of a molecule the vesicles carry or regulate, or of a drug they deliver, not of the vesicles in storage.
        'protein stability', 'mrna stability', 'gastrointestinal stability', 'stability, solubility', 'solubility, stability',
        'stability and solubility', 'solubility and stability',
        // Stability claimed as the vesicles' nature ("exosomes have excellent stability", "stability in harsh
        // conditions", "structural stability"), or of an instrument, is no storage study.
        ...['excellent', 'high', 'highly', 'good', 'great', 'superior', 'remarkable', 'inherent', 'intrinsic', 'natural', 'structural', 'digestive', 'system']
          .map((w) => `${w} stability`),
        'stability in harsh',
      ],
    },
    {
      id: 'qc-manufacturing',
      cues: [
        'gmp', 'good manufacturing practice', 'gmp-grade', 'gmp-compliant', 'clinical-grade', 'scale-up', 'scalable production',
        'large-scale production', 'large-scale manufacturing', 'large-scale', 'bioreactor', 'hollow fiber', 'tangential flow filtration',
        'tangential flow', 'tff', 'cross flow filtration', 'batch-to-batch', 'batch consistency', 'lot-to-lot', 'manufacturing',
        'quality assurance', ['quality control', 0.5], 'reference material', 'biological reference', 'standardized production',
        // How many vesicles cells make is their biology ("thrombin preconditioning boosts EV production"),
        // not manufacturing, unless its yield is the matter ("exosome production is limited by low
        // yield") or other manufacturing wording comes with it. Of two cues on the same words the
        // first that holds counts.
        ...['ev production', 'sev production', 'exosome production', 'production of exosomes', 'production of evs', 'production of extracellular vesicles']
          .flatMap((w): CueDef[] => [[w, 1, { req: ['yield'] }], [w, 0.5]]),
        'production process', 'manufacturing process', ['mass production', 1], ['industrial', 0.75],
        'scaled up', 'microcarrier', 'bioprocessing', 'bioprocess', 'commercial production', 'lot release', 'release testing', 'release criteria', 'release specification', 'product specification', ['independent batches', 1, { req: ['ev'] }], ['different batches', 1, { req: ['ev'] }], 'batch variation',
        ['between batches', 1, { req: ['ev'] }], ['across batches', 1, { req: ['ev'] }], ['scalability', 1, { req: ['ev'] }],
        'scaled production', ['standardized procedure', 1, { req: ['ev'] }],
        ['production batches', 1, { req: ['ev'] }], ['consecutive batches', 1, { req: ['ev'] }],
      ],
      falseFriends: ['production of il', 'production of cytokines', 'production of nitric oxide', 'production of pro-inflammatory', 'collagen production', 'melanin production', 'ros production', 'production of hyaluronan', 'antibody production', 'cytokine production', 'no production', 'large-scale randomized', 'large-scale clinical', 'large-scale research'],
    },
    {
      id: 'qc-data-sharing',
      cues: ['ev-track', 'ev-metric', 'vesiclepedia', 'exocarta', 'exorbase', 'evpedia', 'data sharing', 'data were deposited', 'deposited in', 'publicly available', 'open data'],
      falseFriends: [],
    },
  ],
  notes: [
    {
      id: 'coi-industry',
      cues: [
        'founder', 'co-founder', 'cofounder', 'employee', 'employed by', 'stockholder', 'shareholder',
        'hold stock', 'stock options', 'equity', 'patent', 'patent application', 'inventor',
        'consultant', 'consultancy', 'consulting fees', 'advisory board', 'scientific advisor', 'board member', 'honoraria',
        'honorarium', 'ceo', 'chief executive', 'chief scientific officer', 'cso', 'cto', 'paid by', 'royalties', 'speaker fees', 'owns shares',
      ],
    },
    {
      id: 'retracted',
      cues: [],
    },
    {
      id: 'corrected',
      cues: [],
    },
    {
      id: 'regulatory',
      cues: [],
    },
  ],
};

/** Re-exported for tests that check cue syntax. */
export type { CueDef };

/** The knowledge base's version: part of every analysis and of the cache keys of analyses. */
export const KB_VERSION: string = KB_DATA.version;
