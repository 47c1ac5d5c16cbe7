/**
 * Generalisation checks: one short sentence per topic, QC item and facet, in the phrasing of the
 * wider MSC-EV skin literature (abbreviations, model names, assay names) and the false friends
 * of TAXONOMY §4. All sentences are synthetic, written for this test; none comes from the devset.
 */
import { describe, expect, it } from 'vitest';
import { analyze, toLabels } from '../../../utils/analysis/analyze';
import type { Labels } from '../../../utils/model';
import { article } from './helpers';

const labels = (title: string, abstract: string): Labels => toLabels(analyze(article(title, abstract)));

/** [title, abstract, which label list, the id it must contain]. */
const POSITIVES: [string, string, 'qc' | 'topic' | 'src', string][] = [  ['MSC exosomes in skin repair', 'Exosomes were purified using size-exclusion chromatography (qEV) from MSC conditioned medium.', 'qc', 'qc-isolation'],
  ['MSC exosomes', 'Exosomes from MSCs: particle concentration 1.2 × 10^10 particles/mL by NTA.', 'qc', 'qc-size-concentration'],
  ['MSC exosomes', 'Lyophilized exosomes retained activity after 4 weeks at 4 °C.', 'qc', 'qc-storage'],
  ['MSC exosomes', 'GMP-grade exosomes were produced from MSCs.', 'qc', 'qc-manufacturing'],
  ['MSC exosomes inhibit keloid fibroblasts', 'ADSC-Exos reduced collagen I in keloid fibroblasts.', 'topic', 'scar-fibrosis'],
  ['Exosomes protect UVB-irradiated HDFs', 'hucMSC-Exos reduced MMP-1 in UVB-irradiated HDFs.', 'topic', 'skin-aging'],
  ['MSC exosomes in atopic dermatitis', 'Exosomes alleviated DNCB-induced AD-like lesions in NC/Nga mice.', 'topic', 'atopic-dermatitis'],
  ['MSC-EVs in psoriasis', 'MSC-EVs reduced imiquimod-induced skin inflammation and IL-17 in mice.', 'topic', 'psoriasis'],
  ['MSC exosomes for vitiligo', 'Exosomes from MSCs promoted melanocyte survival in vitiligo.', 'topic', 'pigmentation'],
  ['MSC exosomes for melasma', 'Exosomes reduced melanin content in melasma.', 'topic', 'pigmentation'],
  ['MSC exosomes in androgenetic alopecia', 'Exosomes stimulated dermal papilla cells proliferation.', 'topic', 'hair-growth'],
  ['Exosome cream', 'MSC exosomes decreased TEWL in volunteers.', 'topic', 'skin-barrier'],
  ["Wharton's jelly MSC-EVs", "Wharton's jelly MSC-EVs accelerated wound closure in mice.", 'src', 'umbilical-cord-msc'],
  ['hucMSC-Exos in wounds', 'hucMSC-Exos accelerated wound closure in mice.', 'src', 'umbilical-cord-msc'],
  ['ADSC-Exos in wounds', 'ADSC-Exos accelerated wound closure in mice.', 'src', 'adipose-msc'],
  ['SHED-derived exosomes', 'SHED-derived exosomes accelerated wound closure in mice.', 'src', 'dental-msc'],
  ['iPSC-MSC-EVs', 'iPSC-MSC-EVs accelerated wound closure in mice.', 'src', 'ipsc-msc'],
  ['Platelet lysate in MSC culture', 'MSCs were expanded in human platelet lysate and exosomes isolated.', 'qc', 'qc-culture'],
  ['BMSC-sEV in wounds', 'BMSC-sEV promoted angiogenesis in diabetic wounds of rats.', 'src', 'bone-marrow-msc'],
  ['Exosomes', 'Exosomes were characterized by TEM, NTA and western blot for CD63, CD81 and TSG101; calnexin was absent.', 'qc', 'qc-ev-markers'],
  ['Exosomes', 'Exosomes were characterized by TEM, NTA and western blot for CD63, CD81 and TSG101; calnexin was absent.', 'qc', 'qc-purity'],
  ['Exosomes', 'Endotoxin and mycoplasma testing of MSC exosomes were negative.', 'qc', 'qc-safety'],
  ['Exosomes', 'Exosomes were stored at −80 °C until use.', 'qc', 'qc-storage'],
  ['Exosomes', 'Mice received 100 µg of MSC exosomes by subcutaneous injection.', 'qc', 'qc-dose'],
  ['Exosomes', 'EV data were submitted to EV-TRACK (EV210001).', 'qc', 'qc-data-sharing'],
  ['MSC exosomes in hypertrophic scars', 'Exosomes suppressed myofibroblast differentiation of hypertrophic scar fibroblasts.', 'topic', 'scar-fibrosis'],
  ['MSC exosomes in photoaging', 'Exosomes attenuated photoaging of skin in mice.', 'topic', 'skin-aging'],
  ['MSC exosomes in burns', 'Exosomes improved healing of burn wounds in rats.', 'topic', 'wound-healing'],
  ['MSC exosomes in GvHD', 'MSC exosomes reduced cutaneous GvHD via Treg expansion.', 'topic', 'immunomodulation'],
  ['Exosomes in diabetic foot ulcers', 'Exosomes accelerated diabetic foot ulcer healing.', 'topic', 'wound-healing'],
  ['MSC exosomes in dermal fibroblasts', 'MSC-EVs reduced MMP-1 and MMP-3 in UVB-exposed human dermal fibroblasts.', 'topic', 'skin-aging'],
  ['MSC exosomes in HDFs', 'MSC-EVs reduced SA-β-gal activity and p16 expression in H2O2-induced senescent HDFs.', 'topic', 'skin-aging'],
  ['MSC exosomes and the stratum corneum', 'MSC-EVs increased corneocyte cohesion and lamellar body secretion.', 'topic', 'skin-barrier'],
  ['MSC exosomes in MC903-induced dermatitis', 'MSC-EVs reduced AD-like symptoms induced by MC903 in mice.', 'topic', 'atopic-dermatitis'],
  ['MSC exosomes and hDPCs', 'MSC-EVs stimulated hDPCs and Wnt/β-catenin signalling to promote hair follicle growth.', 'topic', 'hair-growth'],
  ['MSC exosomes in AGA', 'MSC-EVs showed effects comparable to minoxidil in AGA patients.', 'topic', 'hair-growth'],
  ['MSC exosomes in db/db mice', 'MSC-EVs accelerated diabetic wound healing in db/db mice.', 'topic', 'wound-healing'],
  ['MSC exosomes in patients', 'MSC-EVs improved healing of chronic skin ulcers.', 'topic', 'wound-healing'],
  ['MSC exosomes for pressure injuries', 'MSC-EVs promoted healing of pressure injuries in mice.', 'topic', 'wound-healing'],
  ['hADSC-exo in wounds', 'hADSC-exo accelerated wound closure in mice.', 'src', 'adipose-msc'],
  ['MenSC-derived exosomes', 'MenSC-derived exosomes accelerated wound closure in mice.', 'src', 'other-msc'],
  ['hiPSC-MSC-Exos in wounds', 'hiPSC-MSC-Exos accelerated wound closure in mice.', 'src', 'ipsc-msc'],
  ['Exosomes', 'MSC exosomes were isolated by ultra-centrifugation.', 'qc', 'qc-isolation'],
  ['Exosomes', 'MSC exosomes were pelleted at 100,000 × g for 70 min.', 'qc', 'qc-isolation'],
  ['Exosomes', 'MSC exosomes were isolated using an exosome isolation reagent.', 'qc', 'qc-isolation'],
  ['Exosomes', 'MSC exosomes were concentrated with Amicon Ultra centrifugal filters.', 'qc', 'qc-isolation'],
  ['Exosomes', 'MSC exosomes were isolated by SEC.', 'qc', 'qc-isolation'],
  ['Exosomes', 'MSC exosomes had a hydrodynamic diameter of 105 nm.', 'qc', 'qc-size-concentration'],
  ['Exosomes', 'MSC exosomes showed a round, bilayer membrane structure under a transmission electron microscope.', 'qc', 'qc-morphology'],
  ['Exosomes', 'MSC exosomes were kept at -80 °C until use.', 'qc', 'qc-storage'],
  ['Exosomes', 'Purified exosomes were kept at −20 °C before the assays.', 'qc', 'qc-storage'],
  ['Exosomes', 'MSC exosomes were scaled up in 3D microcarrier culture.', 'qc', 'qc-manufacturing'],
  ['Exosomes', 'MSCs at passages 3-5 were used to collect exosomes.', 'qc', 'qc-culture'],
  ['MSC exosomes and dermal fibroblasts', 'MSC-EVs inhibited TGF-β1-induced fibroblast-to-myofibroblast differentiation in dermal fibroblasts.', 'topic', 'scar-fibrosis'],
  ['MSC exosomes in mice', 'MSC-EVs lowered the modified Rodnan skin score (mRSS) in mice.', 'topic', 'scar-fibrosis'],
  ['MSC exosomes in MNT-1 cells', 'MSC-EVs reduced melanin synthesis in MNT-1 cells.', 'topic', 'pigmentation'],
  ['MSC exosomes in rats', 'MSC-EVs promoted healing of infected wounds in rats.', 'topic', 'wound-healing'],
  ['Exosomes', 'The particle size of MSC exosomes was analysed with a Zetasizer.', 'qc', 'qc-size-concentration'],
  ['Exosomes', 'MSC exosome products were free of bacterial and fungal contamination.', 'qc', 'qc-safety'],
  ['Exosomes', 'MSC exosomes were tested with the Limulus assay.', 'qc', 'qc-safety'],
  ['Exosomes', 'No local or systemic adverse reactions were observed in patients receiving MSC exosomes.', 'qc', 'qc-safety'],
  ['Exosomes', 'MSC exosome bioactivity was preserved after storage at 4 °C for 7 days.', 'qc', 'qc-storage'],
  ['Exosomes', 'Three independent batches of MSC exosomes showed consistent particle yields.', 'qc', 'qc-manufacturing'],
  ['Exosomes', 'MSCs were pretreated with TNF-α before exosome collection.', 'qc', 'qc-culture'],
];

describe('field phrasing: positives', () => {
  it.each(POSITIVES)('%s | %s → %s %s', (title, abstract, kind, id) => {
    const l = labels(title, abstract);
    const got: string[] = kind === 'qc' ? l.qc : kind === 'topic' ? l.topics : l.ev_source;
    expect(got).toContain(id);
  });
});

/** [title, abstract, check on the labels, what it checks]. */
type Case = [string, string, (l: Labels) => boolean, string];

const CASES: Case[] = [
  ['MSC exosomes', 'MSCs shed extracellular vesicles that accelerated wound closure in mice.', (l) => !l.ev_source.includes('dental-msc'), 'shed verb'],
  ['Exosomes and RPE', 'MSC exosomes protected retinal pigment epithelium cells from oxidative stress.', (l) => !l.topics.includes('pigmentation'), 'RPE'],
  ['MSC therapy for wounds', 'MSC transplantation improved wound closure through paracrine effects in mice.', (l) => !l.is_ev, 'paracrine'],
  ['Exosomes', 'MSC exosomes were isolated with ExoQuick precipitation.', (l) => l.qc.includes('qc-isolation'), 'exoquick'],
  ['Exosomes', 'MSC-EVs were concentrated by tangential flow filtration.', (l) => l.qc.includes('qc-isolation') && l.qc.includes('qc-manufacturing'), 'tff'],
  ['MSC exosomes promote hair regrowth', 'Exosomes promoted hair regrowth and anagen entry in C57BL/6 mice after depilation.', (l) => l.topics.includes('hair-growth'), 'hair regrowth'],
  ['Cord blood MSC exosomes', 'Exosomes from human umbilical cord blood MSCs accelerated wound healing in mice.', (l) => l.ev_source.includes('umbilical-cord-msc'), 'cord blood'],
  ['Amniotic MSC exosomes', 'Exosomes from human amniotic mesenchymal stem cells reduced scar formation.', (l) => l.ev_source.includes('placenta-amnion-msc'), 'amnion'],
  ['HUVEC-derived exosomes', 'HUVEC-derived exosomes promoted skin wound healing in mice.', (l) => l.ev_source.includes('non-msc') && !l.is_msc, 'huvec'],
  ['Platelet-rich plasma exosomes', 'PRP-derived exosomes promoted diabetic wound healing in rats.', (l) => l.ev_source.includes('non-msc'), 'prp'],
  ['Milk-derived exosomes', 'Bovine milk-derived exosomes reduced wrinkles in volunteers.', (l) => l.ev_source.includes('non-msc') && l.topics.includes('skin-aging'), 'milk'],
  ['Senescent MSCs', 'Senescence of bone marrow MSCs during in vitro expansion reduced the yield of exosomes.', (l) => !l.topics.includes('skin-aging'), 'msc senescence'],
  ['MSC exosomes and liver fibrosis', 'MSC exosomes attenuated liver fibrosis in mice.', (l) => !l.topics.includes('scar-fibrosis'), 'liver fibrosis'],
  ['MSC exosomes for acne scars', 'Twenty patients received MSC exosomes after fractional laser; acne scars improved.', (l) => l.topics.includes('scar-fibrosis') && l.study_type.includes('clinical'), 'acne scar'],
  ['Exosomes in systemic sclerosis', 'MSC-EVs reduced dermal thickness in a bleomycin-induced scleroderma mouse model.', (l) => l.topics.includes('scar-fibrosis'), 'scleroderma'],
  ['MSC exosomes', 'Exosomes were administered at 200 µg/mL to HaCaT cells.', (l) => l.qc.includes('qc-dose') && l.study_type.includes('in-vitro'), 'dose ug/ml'],
  ['MSC exosomes', 'A 5% exosome serum was applied twice daily.', (l) => !l.qc.includes('qc-dose'), 'percent not dose'],
  ['MSC exosomes', 'MSC exosomes were administered in a dose-dependent manner.', (l) => !l.qc.includes('qc-dose'), 'dose-dependent'],
  ['MSC exosomes', 'Hypoxia-preconditioned ADSCs released exosomes that enhanced angiogenesis.', (l) => l.qc.includes('qc-culture'), 'hypoxia'],
  ['MSC exosomes restore barrier function of reconstructed human epidermis', 'MSC exosomes improved barrier function of reconstructed human epidermis.', (l) => l.study_type.includes('in-vitro') && l.topics.includes('skin-barrier'), 'RHE'],
  ['Exosomes for transdermal delivery', 'Exosomes were used to overcome the skin barrier for transdermal delivery of drugs.', (l) => !l.topics.includes('skin-barrier'), 'transdermal'],
  ['MSC exosomes', 'The exosomes showed a cup-shaped morphology under TEM and a mean size of 110 nm by NTA.', (l) => l.qc.includes('qc-morphology') && l.qc.includes('qc-size-concentration'), 'TEM NTA'],
  ['Exosomes are 30-150 nm', 'Exosomes are small vesicles of 30-150 nm secreted by most cells.', (l) => !l.qc.includes('qc-size-concentration'), 'background size'],
  ['MSC exosomes', 'Keratinocytes treated with MSC exosomes showed higher filaggrin and ceramide levels.', (l) => l.topics.includes('skin-barrier'), 'filaggrin'],
  ['MSC exosomes in atopic dermatitis', 'Exosomes reduced IgE, TSLP and mast cell infiltration in an AD mouse model.', (l) => l.topics.includes('atopic-dermatitis') && !l.topics.includes('immunomodulation'), 'AD immune'],
  ['MSC exosomes polarise macrophages', 'Exosomes induced M2 macrophage polarization in LPS-stimulated RAW264.7 cells.', (l) => l.topics.includes('immunomodulation'), 'M2'],
  ['MSC exosomes for alopecia areata', 'Exosomes reversed alopecia areata in C3H/HeJ mice.', (l) => l.topics.includes('hair-growth'), 'alopecia areata'],
  ['MSC exosomes whiten skin', 'Exosomes inhibited melanogenesis and tyrosinase activity in B16F10 cells.', (l) => l.topics.includes('pigmentation'), 'melanogenesis'],
  ['iPSC-derived exosomes', 'Exosomes from induced pluripotent stem cells rejuvenated aged dermal fibroblasts.', (l) => l.ev_source.includes('non-msc') && l.topics.includes('skin-aging'), 'ipsc non-msc'],
  ['iPSC-MSC exosomes', 'Exosomes from iPSC-derived MSCs accelerated cutaneous wound healing in rats.', (l) => l.ev_source.includes('ipsc-msc') && !l.ev_source.includes('non-msc'), 'ipsc inside an MSC name'],
  ['iPSC-MSC exosomes', 'Exosomes from human induced pluripotent stem cell-derived mesenchymal stem cells promoted wound healing in mice.', (l) => l.ev_source.includes('ipsc-msc') && !l.ev_source.includes('non-msc'), 'spelled-out ipsc inside an MSC name'],
  ['hucMSC exosome gel for diabetic foot ulcers', 'Twelve patients with diabetic foot ulcers received a topical hucMSC-exosome gel; wounds closed in nine.', (l) => l.study_type.includes('clinical'), 'counted patients'],
  ['Adipose MSC exosomes', 'MSCs were isolated from the lipoaspirates of 3 patients undergoing liposuction; their exosomes accelerated wound closure in mice.', (l) => !l.study_type.includes('clinical'), 'counted donors'],
  ['MSC exosomes for chronic wounds', 'Background: millions of patients with chronic wounds need new therapies. Exosomes from MSCs accelerated wound closure in diabetic mice.', (l) => !l.study_type.includes('clinical'), 'patients in general'],
  ['MSC exosomes heal the cornea', 'MSC exosomes accelerated corneal epithelial repair after an alkali burn in mice.', (l) => !l.topics.includes('wound-healing'), 'corneal burn'],
  ['MSC-EVs in oral mucosal ulcers', 'MSC-EVs accelerated the healing of oral mucosal ulcers in rats.', (l) => !l.topics.includes('wound-healing'), 'oral ulcers'],
  ['MSC exosomes after spinal cord injury', 'Exosomes reduced scar formation and improved locomotion after spinal cord injury in rats.', (l) => !l.topics.includes('scar-fibrosis'), 'spinal cord scar'],
  ['MSC exosomes in tendon repair', 'MSC exosomes improved tendon healing and reduced scar tissue in a rat Achilles tendon model.', (l) => !l.topics.includes('scar-fibrosis') && !l.topics.includes('wound-healing'), 'tendon scar'],
  ['MSC exosomes in wounds', 'Exosomes accelerated the healing of full-thickness skin wounds and of corneal injuries in mice.', (l) => l.topics.includes('wound-healing'), 'skin site keeps the wound'],
  ['MSC exosomes', 'No irritation or sensitization was seen in guinea pigs given MSC exosomes.', (l) => l.study_type.includes('in-vivo'), 'guinea pig'],
  ['Adipose MSC exosomes', 'Exosomes from serum-starved adipose MSCs accelerated wound closure in mice.', (l) => !l.ev_source.includes('non-msc'), 'serum starvation is culture'],
  ['MSC exosomes', 'Exosomes were characterised by western blotting for exosomal markers.', (l) => l.qc.includes('qc-ev-markers'), 'general markers'],
  ['Adipose MSC exosomes heal burns', 'Adipose MSC exosomes improved healing of deep second-degree burns in rats.', (l) => l.topics.includes('wound-healing') && l.ev_source.includes('adipose-msc'), 'burn'],
  ['MSC exosomes', 'Exosomes are lipid bilayer membrane vesicles of 30-150 nm released by most cells.', (l) => !l.qc.includes('qc-morphology'), 'background bilayer'],
  ['Topical MSC exosomes in psoriasis', 'Topically applied MSC exosomes remained in the stratum corneum of psoriatic skin.', (l) => !l.topics.includes('skin-barrier'), 'stratum corneum as a place'],
  ['Adipose MSC exosomes', 'Adipose-derived mesenchymal stem cells (AMSCs) released exosomes that accelerated wound closure in mice.', (l) => !l.ev_source.includes('placenta-amnion-msc'), 'AMSC ambiguous'],
  ['MSC exosomes', 'MSC exosomes were vortexed for 30 sec before use in wound closure experiments.', (l) => !l.qc.includes('qc-isolation'), 'sec as seconds'],
  ['Exosomes in Alzheimer disease', 'MSC exosomes reduced AD-like pathology and amyloid plaques in APP/PS1 mice.', (l) => !l.topics.includes('atopic-dermatitis'), 'AD = Alzheimer'],
  ['MSC exosomes in lung fibrosis', 'MSC exosomes reduced bleomycin-induced pulmonary fibrosis and myofibroblast differentiation in mice.', (l) => !l.topics.includes('scar-fibrosis'), 'lung bleomycin'],
  ['Exosomes and laser', 'MSC exosomes reduced erythema after fractional CO2 laser treatment in a split-face trial.', (l) => l.study_type.includes('clinical'), 'split-face'],
  ['Adipose MSC exosomes in dermatitis', 'Exosomes were isolated from adipose MSCs and injected subcutaneously into NC/Nga mice with dermatitis.', (l) => l.study_type.includes('in-vivo') && !l.study_type.includes('in-vitro'), 'isolated and injected: the mice are the model'],
  ['Adipose MSC exosomes', 'MSCs were isolated from the inguinal fat of mice and their exosomes reduced MMP-1 in HaCaT cells.', (l) => !l.study_type.includes('in-vivo'), 'mice as donors only'],
  ['Adipose MSC exosomes in scars', 'ADSC-Exos reduced collagen I in hypertrophic scar fibroblasts and suppressed their proliferation and migration; in a rabbit ear model they lowered scar elevation.', (l) => l.study_type.includes('in-vitro'), 'proliferation and migration of cells'],
  ['Plant exosome-like nanoparticles', 'The nanoparticles restored collagen I in UVB-irradiated human dermal fibroblasts and reduced wrinkles in UVB-irradiated mice.', (l) => l.study_type.includes('in-vitro'), 'human dermal fibroblasts'],
  ['HUVEC exosomes in aged rats', 'HUVEC exosomes increased collagen deposition in the skin of aged Wistar rats.', (l) => !l.study_type.includes('in-vitro'), 'HUVECs as the source'],
  ['MSC exosomes in melanocytes', 'In B16F10 cells and primary human melanocytes, the exosomes decreased melanin content.', (l) => !l.ev_source.includes('non-msc'), 'a comma ends the source phrase'],
  ['Keratinocyte exosomes', 'Exosomes secreted by human keratinocytes increased melanin synthesis in melanocytes.', (l) => l.ev_source.includes('non-msc'), 'source phrase'],
  ['MSC exosomes in melanocytes', 'MSC exosomes down-regulated MITF, TRP-1 and TRP-2 in melanocytes.', (l) => !l.qc.includes('qc-size-concentration'), 'TRP-1 is no TRPS'],
  ['EVs in wound healing: a systematic review', 'EVs derived from MSCs of bone marrow, adipose tissue and umbilical cord increased wound closure.', (l) => l.is_msc && l.ev_source.includes('bone-marrow-msc'), 'MSCs named with their tissues'],
  ['Stem cells in vitiligo: a review', 'Skin holds epidermal stem cells, hair follicle stem cells and dermal mesenchymal stem cells.', (l) => !l.is_msc, 'MSCs in a list, no vesicles'],
  ['MSC-EVs in osteoarthritis: a review', 'We review effects of MSC-EVs on macrophage polarization in the synovium.', (l) => !l.ev_source.includes('other-msc'), 'synovium is a place'],
  ['Keratinocyte exosomes and melanin transfer in human skin', 'Exosomes secreted by keratinocytes enhanced melanin synthesis in melanocytes.', (l) => !l.study_type.includes('clinical'), 'in human skin'],
  ['MSC exosomes in a 3D skin model', 'Exosomes reduced melanin in a reconstructed full-thickness human skin equivalent.', (l) => !l.topics.includes('wound-healing'), 'full-thickness skin equivalent'],
  ['Adipose MSC exosomes in dermatitis', 'ASC-exosomes were applied to the skin of mice with oxazolone-induced lesions.', (l) => l.study_type.includes('in-vivo'), 'skin of mice'],
  ['MSC exosomes in HaCaT cells', 'Exosomes from MSCs harvested from the bone marrow of mice reduced MMP-1 in HaCaT cells.', (l) => !l.study_type.includes('in-vivo'), 'marrow of mice'],
  ['MSC exosomes', 'MSC-EVs were given at 1 × 10^8 EVs per mouse.', (l) => l.qc.includes('qc-dose'), 'EV count with its power of ten'],
  ['MSC exosomes', 'MSC exosomes (2 g/L) in a hydrogel were applied to wounds.', (l) => l.qc.includes('qc-dose'), 'g/L'],
  ['MSC exosomes', 'We counted 12 exosomes per field under the microscope.', (l) => !l.qc.includes('qc-dose'), 'a count is no amount'],
  ['EVs in skin explants', 'Lactobacillus plantarum-derived extracellular vesicles reduced IL-6 in skin explants.', (l) => l.ev_source.includes('non-msc'), 'bacterial species'],
  ['MSC-EVs for sclerotic GvHD', 'MSC-EVs improved skin sclerosis scores in patients with chronic GvHD.', (l) => l.topics.includes('scar-fibrosis'), 'skin sclerosis'],
  ['MSC-EVs for GvHD', 'Three patients received MSC-EV infusions; no infusion-related toxicity was observed.', (l) => l.qc.includes('qc-safety'), 'infusion toxicity'],
  ['MSC exosomes ameliorate UVB-induced hyperpigmentation', 'UVB induces hyperpigmentation via melanocytes; MSC exosomes reduced melanin in UVB-irradiated MNT-1 cells and guinea pig skin.', (l) => l.topics.includes('pigmentation') && !l.topics.includes('skin-aging') && l.study_type.includes('in-vitro'), 'UV drives pigment, MNT-1 cells'],
  ['MSC exosomes against photoaging', 'MSC exosomes reduced UVB-induced wrinkles and MMP-1 in UVB-irradiated mice.', (l) => l.topics.includes('skin-aging'), 'UV photoaging stays'],
  ['MSC exosomes and wound healing: a critical appraisal', 'We critically appraise the preclinical evidence and argue that heterogeneous isolation limits interpretation.', (l) => l.study_type.includes('review'), 'critical appraisal'],
  ['MSC small EVs', 'MSC sEVs were not characterised by western blotting or electron microscopy.', (l) => !l.qc.includes('qc-ev-markers') && !l.qc.includes('qc-morphology'), 'not characterised by'],
  ['EVs in wound healing: a systematic review', 'Most studies did not report particle numbers, EV markers or negative markers.', (l) => !l.qc.includes('qc-size-concentration') && !l.qc.includes('qc-purity'), 'did not report a list'],
  ['MSC exosomes', 'MSC exosome size was not measured by NTA, but by TEM.', (l) => l.qc.includes('qc-morphology'), 'but ends the negation'],
  ['MSC exosomes', 'There was no difference in particle size between the MSC exosome groups by NTA.', (l) => l.qc.includes('qc-size-concentration'), 'a negative result still reports the item'],
  ['Serum exosomes in psoriasis', 'We isolated serum exosomes from 60 patients with psoriasis and 30 healthy controls.', (l) => l.study_type.includes('clinical'), 'patient samples'],
  ['MSC exosomes in Alzheimer disease', 'MSC exosomes reduced microglial activation and neuroinflammation in APP/PS1 mice.', (l) => l.topics.includes('immunomodulation'), 'microglia'],
  ['Amniotic epithelial cell exosomes', 'Exosomes from human amniotic epithelial cells (hAECs) reversed senescence of dermal fibroblasts.', (l) => l.is_msc && l.ev_source.includes('placenta-amnion-msc'), 'amniotic cells'],
  ['Exosomes and laser for acne scars', 'One half-face received a human adipose tissue stem cell-derived exosome solution.', (l) => l.is_msc && l.ev_source.includes('adipose-msc'), 'adipose tissue stem cell'],
  ['MSC exosomes', 'MSCs were identified by their fibroblast-like morphology and CD73, CD90 and CD105 expression before exosome collection.', (l) => !l.qc.includes('qc-morphology') && l.qc.includes('qc-source-identity'), 'cell morphology'],
  ['MSC exosomes', 'CCK-8 assays showed that the exosomes were not toxic to fibroblasts.', (l) => l.qc.includes('qc-safety'), 'not toxic'],
  ['MSC exosomes in contact hypersensitivity', 'In a 2,4-dinitrofluorobenzene (DNFB)-induced contact hypersensitivity model, MSC exosomes reduced ear swelling and CD8+ T-cell infiltration.', (l) => !l.topics.includes('atopic-dermatitis') && l.topics.includes('immunomodulation'), 'contact allergy is not AD'],
  ['MSC exosomes in atopic dermatitis', 'MSC exosomes reduced AD-like skin lesions induced by repeated DNFB application in mice.', (l) => l.topics.includes('atopic-dermatitis'), 'DNFB AD model stays AD'],
  ['MSC secretome in urticaria', 'Conditioned medium from MSCs inhibited IgE-mediated mast cell degranulation and histamine release in vitro.', (l) => l.topics.includes('immunomodulation'), 'urticaria, mast cells'],
  ['MSC exosomes after laser', 'One cheek received MSC exosomes after fractional laser; no irritation was reported.', (l) => l.qc.includes('qc-safety'), 'no irritation'],
  ['MSC exosomes in radiation dermatitis', 'Radiation dermatitis is a common side effect of radiotherapy; MSC exosomes reduced skin injury in rats.', (l) => !l.qc.includes('qc-safety'), "radiotherapy's side effect"],
  ['Menstrual blood MSC exosomes in scars', 'MenSC-derived exosomes reduced collagen I and alpha-SMA in hypertrophic scar fibroblasts and scar elevation in a rabbit ear model.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), 'scar fibroblasts are cultured cells'],
  ['Reaction to an exosome product: a case report', 'A woman developed facial nodules after microneedling with an exosome serum; biopsy showed a granulomatous foreign-body reaction.', (l) => l.qc.includes('qc-safety') && !l.ev_source.includes('non-msc'), 'adverse reaction; a cosmetic serum is no source'],
  ['Serum exosomes in vitiligo', 'Exosomes isolated from serum of 45 patients with vitiligo were profiled.', (l) => l.ev_source.includes('non-msc'), 'serum as the source stays'],
  ['Stem cell exosome essence', 'Thirty women applied an exosome essence; skin elasticity was measured with a Cutometer.', (l) => l.topics.includes('skin-aging'), 'elasticity by Cutometer'],
  ['Primed MSC-EVs', 'EV potency was compared across three production batches of MSC exosomes in a T-cell suppression assay.', (l) => l.qc.includes('qc-manufacturing'), 'production batches'],
  ['Microvesicles from marrow stromal cells heal burns', 'Microvesicles shed by human bone marrow stromal cells were collected by centrifugation at 20,000 g. In a murine scald burn model, MVs enhanced re-epithelialisation.', (l) => l.study_type.includes('in-vivo') && l.qc.includes('qc-isolation'), 'a unit ends the sentence; species and model words apart; centrifugation'],
  ['MSC exosomes in diabetic wounds', 'The exosomes had a cup-shaped morphology and a mean diameter of 110 nm.', (l) => l.qc.includes('qc-size-concentration'), 'a measured mean diameter'],
  ['Exosomes are 30–150 nm vesicles', 'Exosomes are small vesicles of 30–150 nm that carry proteins.', (l) => !l.qc.includes('qc-size-concentration'), 'a background size range'],
  ['Exosomes in dermatology: a review', 'Exosomes are studied for wound healing, skin aging and pigmentary disorders.', (l) => l.topics.includes('pigmentation'), 'pigmentary disorders'],
  ['MSC exosomes in wounds', 'MSC exosomes accelerated wound closure in mice without signs of toxicity in major organs.', (l) => l.qc.includes('qc-safety'), 'without signs of toxicity'],
  ['MSC exosome potency', 'Each exosome lot was tested in a macrophage TNF-alpha inhibition assay before lot release.', (l) => l.qc.includes('qc-manufacturing'), 'lot release'],
  ['BMSC exosomes in periodontitis', 'BMSC-exosomes promoted the migration of periodontal ligament cells and gingival fibroblasts.', (l) => !l.ev_source.includes('dental-msc'), 'target cells are no source'],
  ['Periodontal ligament stem cell exosomes', 'Exosomes from periodontal ligament stem cells reduced inflammation in macrophages.', (l) => l.ev_source.includes('dental-msc'), 'the stem cells are'],
  ['Hair follicle mesenchymal stem cell exosomes in bone repair', 'Exosomes from hair follicle-derived MSCs enhanced bone regeneration in calvarial defects of rats.', (l) => !l.topics.includes('hair-growth') && l.ev_source.includes('other-msc'), 'hair follicle MSCs as a source'],
  ['BMSC exosomes in periodontal regeneration', 'BMSC-exosomes promoted the proliferation and migration of periodontal ligament cells and periodontal regeneration in rats.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), 'proliferation and migration are assays on cells'],
  ['ASC exosomes promote scarless cutaneous repair', 'ASC-Exos raised the collagen III to I ratio and reduced scar size in mouse skin incision models.', (l) => l.topics.includes('wound-healing') && l.topics.includes('scar-fibrosis'), 'skin incisions are wounds'],
  ['Future directions of exosome therapy for atopic dermatitis', 'Exosomes might in the future treat atopic dermatitis, but current evidence is limited to mouse studies.', (l) => l.study_type.includes('review'), 'a perspective on current evidence'],
  ['Exosome cosmetics: a market survey', 'Of 50 products advertising stem cell-derived exosomes, none reported particle numbers or sterility testing.', (l) => !l.qc.includes('qc-size-concentration') && !l.qc.includes('qc-safety'), 'none reported'],
  ['MSC exosomes in people', 'The exosome gel was well tolerated in humans.', (l) => l.study_type.includes('clinical'), 'in humans'],
  ['MSC exosomes on human cells', 'MSC exosomes suppressed proliferation in human T cells and migration in human corneal epithelial cells.', (l) => !l.study_type.includes('clinical'), 'in human + cells is no study in people'],
  ['BMSC-sEV inhibit hypertrophic scarring', 'BMSC-sEVs transferred miR-29b-3p into HSFs and reduced scar formation in a rabbit ear model.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), 'HSFs are cultured cells'],
  ['WJ-MSC-sEVs attenuate photoageing', 'sEVs reduced UVB-induced MMP-1 in HDFs and wrinkle formation in mice.', (l) => l.study_type.includes('in-vitro'), 'HDFs are cultured cells'],
  ['MSC exosomes and heat stress', 'MSC exosomes raised HSF-1 and HSP70 in the skin of heat-stressed mice.', (l) => !l.study_type.includes('in-vitro'), 'HSF-1 is heat shock factor 1'],
  ['Mesenchymal stem cells in vitiligo', 'MSCs may support melanocyte survival in vitiligo through growth factors and immunosuppression of CD8+ T cells.', (l) => l.topics.includes('pigmentation') && !l.topics.includes('immunomodulation'), "vitiligo's T cells are its biology"],
  ['MSC exosomes in GvHD-associated vitiligo', 'MSC exosomes restored melanocytes in vitiligo and expanded regulatory T cells in graft-versus-host disease.', (l) => l.topics.includes('immunomodulation'), 'a systemic immune setting stays'],
  ['MSC exosomes and melanin', 'MSC exosomes at 50 µg/ml decreased melanin content in human epidermal melanocytes.', (l) => l.study_type.includes('in-vitro') && !l.study_type.includes('clinical'), 'cells of human origin are no people'],
  ['ADSC exosomes for rejuvenation: a retrospective study', 'We retrospectively reviewed 48 patients treated with intradermal ADSC exosomes; skin texture improved.', (l) => l.study_type.includes('clinical') && !l.study_type.includes('review'), 'a chart review is clinical'],
  ['Sweat glands in burned skin', 'hUCMSC-Exos restored sweat secretion in a third-degree burn model in rats.', (l) => l.topics.includes('wound-healing'), 'a burn by its depth'],
  ['Exosomes of aged MSCs', 'Exosomes from aged BM-MSCs of old donors failed to improve cardiac function after myocardial infarction in mice.', (l) => l.study_type.includes('in-vivo'), 'in mice, with a donor in the sentence'],
  ['Exosomes of marrow MSCs', 'Exosomes were isolated from bone marrow MSCs of mice and characterized by NTA.', (l) => !l.study_type.includes('in-vivo'), 'mice as donors only'],
  ['ADSC exosomes after picosecond laser', 'Patients with Fitzpatrick skin types III-V received ADSC-exosome gel after laser; post-inflammatory hyperpigmentation was rarer.', (l) => l.study_type.includes('clinical'), 'Fitzpatrick skin types'],
];

/** Keywords are fields of their own: a topic's veto is read from the title and abstract. */
describe('field phrasing: keywords', () => {
  const withKeywords = (title: string, abstract: string, keywords: string[]): Labels =>
    toLabels(analyze(article(title, abstract, { keywords })));

  it('a wound-healing keyword of a corneal study names no skin wound', () => {
    const l = withKeywords('ADSC exosomes accelerate corneal epithelial repair', 'ADSC-exos promoted corneal epithelial wound closure in mice after alkali burn.', ['exosomes', 'wound healing', 'cornea']);
    expect(l.topics).not.toContain('wound-healing');
  });

  it('scar keywords of a lung fibrosis study name no skin scar', () => {
    const l = withKeywords('MSC-EVs ameliorate lung fibrosis', 'hUC-MSC-EVs reduced collagen deposition and myofibroblasts in bleomycin-induced pulmonary fibrosis in mice.', ['fibrosis', 'scar', 'myofibroblast']);
    expect(l.topics).not.toContain('scar-fibrosis');
  });

  it('the same keywords count where the text places the study on the skin', () => {
    const l = withKeywords('ADSC exosomes in skin repair', 'ADSC-exos promoted re-epithelialization of full-thickness skin defects in mice; corneal cells were not studied.', ['wound healing', 'scar']);
    expect(l.topics).toContain('wound-healing');
  });
});


/** Knowledge base 2026.11.27: cases from a third round of synthetic probes (none from the devset). */
const ROUND_3: Case[] = [
  // Skin-only cues in documents that never mention skin.
  ['Exosomes from young umbilical cord MSCs rejuvenate senescent bone marrow MSCs', 'Exosomes rejuvenated aged bone marrow MSCs from elderly donors and reduced SA-β-gal positive cells.', (l) => !l.topics.includes('skin-aging'), 'MSC rejuvenation is no skin aging'],
  ['ADSC exosomes attenuate liver fibrosis', 'Liver fibrosis was induced with CCl4. ADSC-Exos reduced α-SMA, collagen I and Smad3 phosphorylation in LX-2 cells. Exosomes lowered α-SMA and Smad3 in activated stellate cells. The antifibrotic effect depended on miR-181.', (l) => !l.topics.includes('scar-fibrosis'), 'alpha-SMA and Smad3 of a liver'],
  ['BMSC exosomes stabilise blood–brain barrier tight junctions after stroke', 'Exosomes preserved tight junction proteins and barrier-protective signalling in endothelial cells.', (l) => !l.topics.includes('skin-barrier'), 'tight junctions of the brain'],
  ['Lyophilisation of adipose stromal cell EVs', 'MSC-EVs have been tested in cutaneous wounds, alopecia and atopic dermatitis. We compared EV storage at −80 °C and after lyophilisation.', (l) => l.topics.length === 0, 'a background list of uses'],
  // Study types: earlier work, plans, cells in tissue, cell lines.
  ['ADSC exosome serum for melasma: a split-face trial', 'Background: Exosomes from ADSCs inhibit melanogenesis in vitro. Methods: Twenty-eight women with melasma applied ADSC-exosome serum to one side of the face.', (l) => !l.study_type.includes('in-vitro'), 'in vitro in a Background section'],
  ['UC-MSC exosomes inhibit melanogenesis in B16F10 cells', 'Exosomes reduced melanin in B16F10 cells. Future clinical trials in patients with melasma are warranted.', (l) => !l.study_type.includes('clinical'), 'clinical trials as a plan'],
  ['BMSC exosomes mitigate GVHD in mice', 'Recipients received bone marrow and splenocytes and then BMSC-exosomes. Histology showed fewer apoptotic keratinocytes in the epidermis.', (l) => !l.study_type.includes('in-vitro'), 'cells seen in tissue'],
  ['Milk EVs cross the intestinal epithelium', 'Milk EVs crossed Caco-2 monolayers by transcytosis.', (l) => l.study_type.includes('in-vitro'), 'a cell line outside the skin'],
  ['DPSC-sEVs calm microglia', 'DPSC-sEVs reduced nitric oxide release by primary mouse microglia stimulated with LPS.', (l) => !l.study_type.includes('in-vivo'), 'primary mouse cells are no mouse model'],
  ['Exosomes after fractional laser', 'BMSC exosomes applied after fractional CO2 laser accelerated healing of laser-induced microwounds on the face.', (l) => l.topics.includes('wound-healing'), 'laser microwounds'],
  // Sources.
  ['UC-MSC exosomes in sepsis', 'UC-MSC exosomes improved survival. Splenic macrophages from exosome-treated mice shifted to an M2 phenotype.', (l) => !l.ev_source.includes('non-msc'), 'target cells before "from exosome"'],
  ['ADSC-EVs versus keratinocyte-derived vesicles in photoaging', 'ADSC-EVs reduced wrinkles in UVB-exposed mice more than keratinocyte-derived vesicles did.', (l) => l.ev_source.includes('non-msc'), 'keratinocyte-derived vesicles'],
  // QC.
  ['ADMSC exosomes in psoriasis', 'ADMSC-exos reduced imiquimod-induced lesions in mice. Clinical translation will require GMP-compliant manufacturing, potency assays and toxicology studies.', (l) => !l.qc.some((q) => ['qc-manufacturing', 'qc-potency', 'qc-safety'].includes(q)), 'QC named as a future need'],
  ['Keratinocyte sEVs', 'sEVs were isolated by density gradient and collected at 1.11 g/mL.', (l) => !l.qc.includes('qc-dose'), 'a buoyant density'],
  ['Precipitation versus ultracentrifugation for MSC exosomes', 'Exosomes from precipitation had 2.4 × 10^9 particles/µg protein.', (l) => !l.qc.includes('qc-dose'), 'a particle-to-protein ratio'],
  ['iMSC-EVs in GVHD', 'iMSC-EVs were purified by anion exchange. Mice received 1 × 10^10 particles intravenously on day 7.', (l) => l.qc.includes('qc-dose'), 'particles are the vesicles\' amount'],
  ['Bioreactor production of MSC-EVs', 'MSC-EVs were produced in a bioreactor. Each run yielded 9.2 × 10^10 particles.', (l) => !l.qc.includes('qc-dose'), 'a yield'],
  ['Aloe vera EVs in reconstructed epidermis', 'Aloe EVs thickened the stratum corneum; transmission electron microscopy of the tissue revealed more lamellar bodies.', (l) => !l.qc.includes('qc-morphology'), 'electron microscopy of tissue'],
  ['Cytokine-licensed ASC-EVs', 'ASCs were licensed with IFN-γ and TNF-α before EV collection.', (l) => l.qc.includes('qc-culture'), 'cytokine licensing'],
  ['UC-MSC exosome solution after laser', 'Twenty-four patients applied the exosome solution twice daily. No allergic reactions were observed.', (l) => l.qc.includes('qc-safety'), 'no allergic reactions'],
  ['GMP MSC-EVs', 'Three EV batches met release criteria for sterility and endotoxin.', (l) => !l.qc.includes('qc-potency'), 'release criteria name no potency assay'],
  ['A macrophage assay for MSC-EV batches', 'IL-10 induction by MSC-EVs varied six-fold between batches.', (l) => l.qc.includes('qc-manufacturing'), 'variation between batches'],
];


/** The same round, second half: which cells make the vesicles, earlier work, other organs. */
const ROUND_4: Case[] = [
  // MSCs that only receive the vesicles; the vesicles' source is no topic.
  ['M2 macrophage-derived exosomes promote osteogenic differentiation of bone marrow MSCs', 'Macrophages orchestrate bone repair. M2 macrophage-derived exosomes (50 µg/mL) increased alkaline phosphatase activity in rat BMSCs, whereas exosomes from M1 macrophages did not.', (l) => !l.is_msc && l.ev_source.includes('non-msc') && !l.ev_source.includes('bone-marrow-msc') && !l.topics.includes('immunomodulation'), 'MSCs as the treated cells'],
  ['Lyophilised adipose stromal cell vesicles keep their potency', 'Tube formation, expressed as tube length per 10⁹ particles, was the potency read-out of stored EVs.', (l) => !l.qc.includes('qc-dose'), 'an amount as the unit of a measure'],
  ['Wharton\'s jelly stromal cell sEVs', 'Vesicles were pelleted at 120,000 × g and characterised by particle tracking and immunoblotting for tetraspanins.', (l) => l.qc.includes('qc-size-concentration') && l.qc.includes('qc-ev-markers'), 'particle tracking'],
  ['Cord blood MSC exosomes in atopic dermatitis', 'In RBL-2H3 cells, the exosomes inhibited IgE/antigen-induced degranulation.', (l) => l.study_type.includes('in-vitro'), 'a mast-cell line'],
  ['Oral milk exosomes alleviate atopic dermatitis-like lesions in NC/Nga mice', 'Mice were gavaged daily with milk exosomes at 50 mg protein/kg for 4 weeks.', (l) => l.qc.includes('qc-dose'), 'a dose in protein per kg'],
  ['UC-MSC conditioned medium in vitiligo: a randomised intra-patient trial', 'Background: Factors secreted by MSCs support melanocyte survival in vitro. Results: In twenty-four patients, perifollicular repigmentation appeared earlier, consistent with activation of the hair-follicle melanocyte reservoir.', (l) => !l.study_type.includes('in-vitro'), 'melanocytes in repigmenting skin'],
  ['Extracellular vesicles in hair follicle biology and the treatment of alopecia', 'In this review we summarise EVs as therapeutic agents: EVs derived from dermal papilla cells, adipose-derived stromal cells and platelet-rich plasma promote hair regrowth.', (l) => l.is_msc && l.ev_source.includes('non-msc'), 'a review lists sources'],
  ['Osteoclast-derived exosomes inhibit osteogenesis of bone marrow stromal cells', 'Bone marrow stromal cells from mice were exposed to osteoclast-derived exosomes (20 µg/mL).', (l) => !l.is_msc && l.ev_source.includes('non-msc'), 'osteoclasts as the source'],
  ['UC-MSC exosomes polarise macrophages', 'The uptake of UC-MSC exosomes by macrophages was tracked with PKH26; exosomes shifted macrophages to an M2 phenotype.', (l) => l.is_msc && !l.ev_source.includes('non-msc'), 'uptake by macrophages names no source'],
  ['Lactobacillus paracasei EVs in atopic dermatitis', 'In human keratinocytes stimulated with TNF-α, LpEVs (10 µg/mL) suppressed TSLP.', (l) => l.is_ev && l.qc.includes('qc-dose'), 'an abbreviation coined for the vesicles'],
  // Study types and facets: earlier work, editorials, EVs as an open question.
  ['Hypoxic ADSC exosomes accelerate diabetic wound healing', 'As reviewed previously, ADSC exosomes promote wound repair. Here, hypoxic exosomes accelerated wound closure in db/db mice and tube formation of HUVECs.', (l) => !l.study_type.includes('review') && l.study_type.includes('in-vivo'), 'a cited review'],
  ['Exosome facials: hype ahead of evidence', 'Aesthetic clinics offer exosome facials. In this issue, a consensus panel sets out minimum quality standards for these products.', (l) => l.study_type.includes('review'), 'an editorial'],
  ['Stromal vascular fraction injection for androgenetic alopecia', 'Forty men received autologous SVF cells into one half of the scalp; hair density increased. The contribution of extracellular vesicles to this effect remains to be determined.', (l) => !l.is_ev, 'EVs as an open question of a cell-therapy trial'],
  ['ADSC and fibroblast EVs in photoaging', 'Background: Whether their potency differs has not been compared. Methods: EVs were isolated by ultracentrifugation from ADSCs and fibroblasts.', (l) => !l.qc.includes('qc-potency') && l.qc.includes('qc-isolation'), 'QC words in a Background section'],
  ['Primary human granulosa cells and amniotic MSC exosomes', 'In cultured human granulosa cells, hAMSC exosomes reduced cyclophosphamide-induced apoptosis.', (l) => l.study_type.includes('in-vitro'), 'cells in culture'],
  // Other organs: the title places the study.
  ['iMSC-EVs reduce scar size after myocardial infarction in pigs', 'MRI showed a 34% smaller scar size in the EV group.', (l) => !l.topics.includes('scar-fibrosis'), 'a heart scar'],
  ['UC-MSC exosomes reduce glial scar formation after spinal cord injury', 'The GFAP-positive scar area at the lesion border was reduced by 40%.', (l) => !l.topics.includes('scar-fibrosis'), 'a glial scar'],
  ['MSC sEVs protect the retinal pigment epithelium', 'In primary human RPE cultures, sEVs maintained cellular pigmentation under oxidative stress.', (l) => !l.topics.includes('pigmentation'), 'pigment of the eye'],
  ['ADSC sEVs alleviate endothelial senescence and vascular ageing', 'Earlier work suggested that MSC-sEVs attenuate photoageing of the skin. ADSC-sEVs reduced SA-β-gal-positive endothelial cells and p16 in aged arteries.', (l) => !l.topics.includes('skin-aging'), 'skin named only for earlier work'],
  ['UVB-irradiated keratinocyte-derived exosomes enhance melanogenesis', 'Keratinocytes were irradiated with UVB and their exosomes isolated. UVB exosomes raised tyrosinase activity in melanocytes.', (l) => !l.topics.includes('skin-aging') && l.topics.includes('pigmentation'), 'UVB in an article on melanogenesis'],
  // QC and sources of cosmetic products.
  ['Scalp abscesses after injection of adipose stem cell exosomes', 'A woman developed scalp abscesses after injections of an exosome product for hair loss.', (l) => l.qc.includes('qc-safety'), 'an adverse reaction to an EV product'],
  ['UC-MSC exosome serum for photoaging', 'Women applied hUC-MSC-exo serum after microneedling to one half of the face.', (l) => !l.ev_source.includes('non-msc'), 'a cosmetic serum is no source'],
  // Reviews: their sources in vesicle sentences, the concepts they name, recommendations included.
  ['MSC-derived EVs for acute kidney injury: a systematic review and meta-analysis', 'We searched PubMed and Embase for studies of MSC-EVs in AKI models. Effects were comparable for vesicles from bone marrow, umbilical cord and adipose tissue. Doses ranged from 10 to 400 µg of protein per animal.', (l) => (['bone-marrow-msc', 'umbilical-cord-msc', 'adipose-msc'] as const).every((s) => l.ev_source.includes(s)) && l.qc.includes('qc-dose'), 'a review\'s sources and doses'],
  ['MSC exosomes attenuate skin and lung fibrosis in systemic sclerosis', 'BM-MSC exosomes were injected into bleomycin-treated mice. Exosome treatment reduced dermal thickness and loss of intradermal adipose tissue.', (l) => !l.ev_source.includes('adipose-msc'), 'a tissue the vesicles act on'],
  // Allergy other than AD, platelet lysate as the source, abbreviations and anaphora.
  ['UC-MSC exosomes attenuate ovalbumin-induced allergic airway inflammation', 'Exosomes lowered serum IgE and IL-4, IL-13 and Th2 cells in the lungs of OVA-sensitized mice.', (l) => !l.topics.includes('atopic-dermatitis') && l.topics.includes('immunomodulation'), 'allergic asthma is no AD'],
  ['Platelet lysate-derived extracellular vesicles accelerate burn wound healing in pigs', 'hPL-EVs were isolated from pooled human platelet lysate by size-exclusion chromatography.', (l) => l.ev_source.includes('non-msc') && !l.qc.includes('qc-culture'), 'platelet lysate as the source'],
  ['Small versus large EVs from bone marrow MSCs', 'We separated large EVs (10,000 × g pellet) and small EVs (100,000 × g pellet). Both fractions were examined by TEM.', (l) => l.qc.includes('qc-isolation') && l.qc.includes('qc-morphology'), 'a g-force pellet, TEM of "both fractions"'],
  ['Intradermal adipose-derived stem cells heal diabetic ulcers', 'ADSCs were injected around diabetic ulcers in rats. Our data suggest paracrine mechanisms; conditioned medium or vesicle fractions were not tested.', (l) => !l.is_ev, 'vesicles not tested'],
  ['HUMSC-Exo promote corneal epithelial wound healing', 'HUMSC-Exo accelerated corneal re-epithelialization in mice.', (l) => l.is_msc && l.ev_source.includes('umbilical-cord-msc'), 'HUMSC'],
  // Disease biology, look-alike words, product wording.
  ['MSC-derived EVs in psoriasis: a review', 'In this review we summarise how MSC-EVs lower IL-17A and IL-23 and restore the balance between Th17 and regulatory T cells in lesional skin of imiquimod-treated mice.', (l) => l.topics.includes('psoriasis') && !l.topics.includes('immunomodulation'), 'Tregs in psoriatic skin are its biology'],
  ['Loss of the RNA exosome subunit EXOSC9 impairs epidermal differentiation', 'The exosome catalytic cofactor DIS3L2 is expressed in the epidermis. The exosome normally clears promoter upstream transcripts.', (l) => !l.is_ev, 'the RNA exosome complex'],
  ['IFN-γ-primed cord blood MSC exosomes in atopic dermatitis', 'Cord blood MSCs were primed with IFN-γ (50 ng/mL) before exosomes were collected by ultracentrifugation.', (l) => !l.qc.includes('qc-dose'), 'a cytokine\'s concentration'],
  ['Gingival MSC exosomes heal palatal mucosal defects in rats', 'Full-thickness palatal mucosal defects closed faster with exosomes.', (l) => !l.topics.includes('wound-healing'), 'a full-thickness defect of the palate'],
  ['ADSC exosomes reduce hypertrophic scars in a rabbit ear model', 'Full-thickness wounds were allowed to heal until hypertrophic scars formed; scars were then injected with exosomes.', (l) => l.topics.includes('scar-fibrosis') && !l.topics.includes('wound-healing'), 'wounds made to grow scars'],
  ['UC-MSC conditioned medium with non-cultured epidermal cell suspension for vitiligo: a randomised trial', 'Thirty patients received non-cultured epidermal cell suspension with or without MSC conditioned medium.', (l) => !l.study_type.includes('in-vitro'), 'non-cultured cells'],
  ['Microneedle patches with UCMSC-Exos for androgenetic alopecia', 'Microneedles bypass the skin barrier and deliver UCMSC-Exos to the dermal papilla; hair regrowth increased in mice.', (l) => !l.topics.includes('skin-barrier'), 'delivery through the skin'],
  ['MSC exosomes for ocular surface regeneration', 'MSC exosomes improved limbal stem cell deficiency and corneal wound healing in rabbits.', (l) => !l.ev_source.includes('other-msc'), 'limbal stem cell deficiency is a disease'],
  ['Quality standards for MSC-derived EV products in aesthetic dermatology: a consensus statement', 'The panel recommends that products should be released only after sterility and endotoxin testing, and that a potency assay should be defined.', (l) => l.qc.includes('qc-safety') && l.qc.includes('qc-potency'), 'a position paper\'s recommendations'],
];

/** Phrasings met in a round of real abstracts (the cases are synthetic). */
const ROUND_5: Case[] = [
  ['Nodules after exosome skin boosters', 'Three women developed erythematous nodules, an adverse effect of intradermal exosome injections.', (l) => l.qc.includes('qc-safety'), 'adverse effects'],
  ['Late reactions to a cosmetic product', 'Biopsies showed granulomatous inflammation where the exosomes had been injected.', (l) => l.qc.includes('qc-safety'), 'a granulomatous reaction to EVs'],
  ['MSC exosome cream for dry skin', 'Corneometer readings rose after four weeks of exosome cream in volunteers.', (l) => l.topics.includes('skin-barrier'), 'a hydration probe'],
  ['Anti-aging effects of an MSC exosome cream', 'Volunteers applied the exosome cream to the face for eight weeks.', (l) => l.topics.includes('skin-aging'), 'anti-aging in a skin article'],
  ['Exosomal dysfunction in a neurodevelopmental disorder', 'Mutations in EXOSC3, a subunit of the RNA exosome complex, cause pontocerebellar hypoplasia. The exosome degrades aberrant transcripts in neurons.', (l) => !l.is_ev, 'the RNA exosome named once, meant throughout'],
  ['Umbilical cord MSC transplantation for vitiligo: a review', 'MSCs home to lesions and secrete growth factors, exosomes and cytokines that protect melanocytes.', (l) => !l.is_ev && l.is_msc, 'vesicles among secreted factors of a cell therapy'],
  ['Adipose stem cell exosomes carry growth factors', 'The exosomes carried growth factors and cytokines that accelerated wound closure in mice.', (l) => l.is_ev, 'an EV article names the factors its vesicles carry'],
  ['Cord MSC vesicles in hyperoxic lung injury', 'Newborn rats were randomized to intratracheal vesicles or placebo.', (l) => !l.study_type.includes('clinical') && l.study_type.includes('in-vivo'), 'randomised animals'],
  ['MSC-EVs as prospective therapeutics: a potency assay', 'MSC-EVs are being tested in clinical trials. Here, EVs suppressed T-cell proliferation in vitro.', (l) => !l.study_type.includes('clinical'), 'trials in general, "prospective" as "potential"'],
  ['ASC exosomes restore the epidermal barrier', 'Subcutaneous injection of the exosomes in an oxazolone-induced dermatitis model reduced TEWL.', (l) => l.study_type.includes('in-vivo'), 'a model named by its inducer'],
  ['Efficacy and tolerability of a topical exosome serum after laser resurfacing', 'Twenty women applied the serum to one half of the face for six weeks.', (l) => l.qc.includes('qc-safety'), 'a study of tolerability'],
  ['Cord MSC exosome gel for facial erythema', 'This split-face study evaluated the efficacy and safety of a cord MSC exosome gel.', (l) => l.qc.includes('qc-safety'), 'the safety a study evaluates'],
  ['MSC exosomes in liver cirrhosis: a review', 'Chronic liver disease has a large adverse effect on quality of life. MSC exosomes reduce hepatic fibrosis in rodents.', (l) => !l.qc.includes('qc-safety'), 'a disease\'s adverse effect on patients'],
  ['Exosome therapies for photoaging: a review', 'The safety and efficacy of exosome products still need to be established in controlled trials.', (l) => !l.qc.includes('qc-safety'), 'safety as an open question'],
  ['Adipose exosomes for alopecia areata', 'We evaluated adipose tissue-derived exosomes (ASC-exosomes). Two patients received exosomes derived from adipose tissue.', (l) => l.is_msc && l.ev_source.includes('adipose-msc'), 'an MSC named with its tissue, then the tissue again'],
  ['Cord MSC EVs calm stressed keratinocytes', 'The EVs lowered IL-6 in HaCaT cells, and they may have potential as ingredients in anti-aging cosmetics.', (l) => !l.topics.includes('skin-aging'), 'a use envisaged in the conclusion'],
  ['Exosomes in cosmetics and dermatology: a review', 'Exosomes have been used to promote regeneration of skin wounds and to treat psoriasis, vitiligo and hair loss. In this review we summarize their therapeutic value.', (l) => ['wound-healing', 'psoriasis', 'pigmentation', 'hair-growth'].every((t) => l.topics.includes(t as never)), 'a review\'s summary of earlier work is its subject'],
  ['MSCs in atopic dermatitis: a review', 'AD is characterized by an impaired cutaneous barrier and Th2 inflammation. Here we reviewed preclinical and clinical studies of MSCs for atopic dermatitis.', (l) => !l.topics.includes('skin-barrier'), 'a disease\'s definition stays background in a review'],
  ['Conditioned medium for skin diseases: a systematic review', 'MSC-CM was evaluated in wound healing and hair restoration.', (l) => l.topics.includes('hair-growth'), 'hair restoration'],
  ['Apoptotic bodies from MSCs heal skin wounds', 'Background: Transplanted MSCs undergo apoptosis in mouse skin wounds. Methods: Apoptotic bodies derived from MSCs were extracted, characterized, and applied in mouse skin wound healing models.', (l) => l.study_type.includes('in-vivo'), 'an animal wound healing model'],
  ['MSC exosomes speed keratinocyte migration', 'Exosomes accelerated closure in a scratch wound healing model of HaCaT cells.', (l) => !l.study_type.includes('in-vivo'), 'a scratch assay is no animal model'],
  ['Seaweed vesicles lighten skin', 'Seaweed extracellular vesicles reduced melanin in MNT-1 cells.', (l) => l.ev_source.includes('non-msc') && !l.is_msc, 'algae as the source'],
];

/** Session 8: what was done to the cells that make the vesicles (CueOpts.producer). */
const ROUND_6: Case[] = [
  ['Melatonin-stimulated MSC exosomes heal diabetic wounds', 'Exosomes from melatonin-pretreated MSCs were applied to wounds in diabetic rats.', (l) => l.qc.includes('qc-culture'), 'a hyphenated agent before the MSCs'],
  ['Cord MSC vesicles in psoriasis', 'sEVs derived from umbilical cord MSCs stimulated by IFN-γ inhibited keratinocyte proliferation.', (l) => l.qc.includes('qc-culture'), 'the MSCs, then what was done to them'],
  ['Exosomes from TNF-α-treated bone marrow mesenchymal stem cells in myocardial infarction', 'The exosomes reduced infarct size in mice.', (l) => l.qc.includes('qc-culture'), 'a tissue between the participle and the MSCs'],
  ['MSC exosomes protect keratinocytes', 'HaCaT cells were pretreated with MSC exosomes before UVB irradiation.', (l) => !l.qc.includes('qc-culture'), 'the target cells are pretreated with the vesicles'],
  ['M2 macrophage exosomes drive osteogenesis', 'BMSCs treated with exosomes from M2 macrophages formed more bone nodules.', (l) => !l.qc.includes('qc-culture'), 'MSCs that receive the vesicles'],
  ['Exosome-treated MSCs in bone repair', 'Exosome-treated BMSCs migrated faster in transwell assays.', (l) => !l.qc.includes('qc-culture'), 'the vesicles as the agent'],
  ['ADSC exosomes in myocardial infarction', 'Mice received ADSC-Exos or vehicle-treated ADSCs after MI; MSC-treated mice were a further group given exosomes.', (l) => !l.qc.includes('qc-culture'), 'a control and MSCs as the treatment'],
  ['Sepsis vesicles from MSCs', 'MSC exosomes reduced TNF-α in LPS-stimulated bone marrow-derived macrophages.', (l) => !l.qc.includes('qc-culture'), 'a tissue word inside another cell type'],
  ['Exosome release from BMSCs protects melanocytes', 'Conditioned medium from BMSCs pretreated with GW4869 lost the effect of BMSC exosomes.', (l) => !l.qc.includes('qc-culture'), 'blocking vesicle release is a control'],
  ['ADSC exosomes heal diabetic ulcers', 'Mechanistically, ADSC-Exos activated the PI3K/Akt pathway in dermal cells.', (l) => !l.qc.includes('qc-culture'), 'the vesicles as the subject'],
  ['Cord MSC vesicles protect the retina', 'RPE cells were exposed to hydrogen peroxide and co-treated with hUC-MSC-sEVs.', (l) => !l.qc.includes('qc-culture'), 'a preposition between the participle and the MSCs'],
];

/** Session 8: a preparation's activity compared across storage conditions is qc-potency (TAXONOMY §QC). */
const ROUND_7: Case[] = [
  ['Freeze-dried MSC exosomes for wounds', 'We found that the exosomes retained their bioactivity after lyophilization and storage at room temperature for a month.', (l) => l.qc.includes('qc-potency'), 'activity across storage conditions'],
  ['Storage of MSC EVs', 'Our results show that MSC EVs kept their pro-angiogenic functionality for six weeks when stored at -20 °C.', (l) => l.qc.includes('qc-potency'), 'functionality after storage'],
  ['Exosomes in skin therapy: a review', 'Lyophilisation and storage at −80 °C preserve the bioactivity of exosomes better than refrigeration.', (l) => !l.qc.includes('qc-potency') && l.qc.includes('qc-storage'), 'a review names storage, not potency assays'],
  ['A lyophilised MSC secretome after laser resurfacing', 'Objective: To assess the efficacy and safety of a lyophilised MSC secretome applied after fractional laser.', (l) => !l.qc.includes('qc-potency'), 'the product\'s form and the trial\'s efficacy'],
  ['MSC exosomes for diabetic wounds: a review', 'MSC-derived exosomes possess lower immunogenicity, easy storage and highly effective biological activity.', (l) => !l.qc.includes('qc-potency'), 'advantages listed, nothing compared'],
];

/** Session 8: what an article is when it says little of it: no study wording, or review wording only. */
const ROUND_8: Case[] = [
  ['Exosomes in facial plastic surgery', 'Exosomes have emerged as a promising frontier. Preclinical studies have demonstrated their ability to modulate wound healing and hair growth. They should be considered experimental until regulatory approval.', (l) => l.study_type.join() === 'review', 'an essay on a field'],
  ['Functional assays for extracellular vesicle therapeutics', 'Such assays may be run in vitro or in animal models in vivo. Here, we discuss challenges and opportunities around in vitro and in vivo testing of EVs.', (l) => l.study_type.join() === 'review', '"here, we discuss"'],
  ['Adipose stem cell exosomes in plastic surgery', 'ASC-exos promote the migration and proliferation of repair cells. Here, this article elucidated the research progress of ASC-exos in tissue regeneration.', (l) => l.study_type.join() === 'review', 'research progress'],
  ['Platelet-rich plasma exosomes heal diabetic ulcers', 'We isolated and characterized PRP-Exos and evaluated them in comprehensive in vivo and in vitro experiments.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), 'the design named, beside "isolated"'],
  ['Exosomes in hair follicle growth', 'Alopecia has limited treatment options. Many studies with animal models have shown that exosomes from dermal papilla cells and MSCs promote hair growth.', (l) => l.study_type.join() === 'review' && l.topics.includes('hair-growth'), 'models only in what earlier studies showed'],
  ['Serum-free production of MSC EVs', 'Methods: MSC EVs were produced in serum-free medium and concentrated by tangential flow filtration. Results: Six batches gave 4.8 × 10^11 particles each.', (l) => l.study_type.join() === 'in-vitro', 'a process study with Methods and Results'],
  ['Osteogenic exosomes on titanium scaffolds', 'It is found that the exosome-coated scaffolds regenerate bone as efficiently as MSC-seeded ones.', (l) => l.study_type.join() === 'in-vitro', 'experiment wording in the passive'],
];

/** Session 8: which sources an article names: MSC tissues named for contrast, microbes by their binomials. */
const ROUND_9: Case[] = [
  ['Gingival MSC-derived EVs: a review', 'Similar to MSCs derived from other sources of tissues, e.g. bone marrow, adipose or umbilical cord, gingival MSCs and their EVs suppress immune cells.', (l) => l.ev_source.join() === 'dental-msc', 'other tissues named for comparison'],
  ['Menstrual blood MSC exosomes in regenerative medicine: a review', 'The study of MenSC-derived exosomes is still in its initial stages, in contrast to some common MSC sources (e.g., bone marrow, umbilical cord and adipose tissue).', (l) => !l.ev_source.includes('bone-marrow-msc') && !l.ev_source.includes('adipose-msc'), 'common sources in contrast'],
  ['Propionibacterium acnes-derived extracellular vesicles promote acne-like phenotypes', 'The EVs induced IL-8 in human keratinocytes.', (l) => l.ev_source.join() === 'non-msc' && !l.is_msc, 'a microbe by its binomial'],
  ['Peripheral blood of vitiligo patients-derived exosomal miR-21-5p inhibits melanogenesis', 'Melanocytes took up the exosomes.', (l) => l.ev_source.join() === 'non-msc', 'vesicles from patients\' blood'],
  ['Exosomal miRNAs in graft-versus-host disease', 'We studied miRNAs in exosomes derived from patients developing GVHD after transplantation.', (l) => l.ev_source.join() === 'non-msc', 'vesicles derived from patients'],
  ['MSC-EVs in wound healing: a systematic review', 'Results: EVs originated from bone marrow (n=17), adipose tissue (n=19), umbilical cord (n=12) and other sources (n=4).', (l) => ['bone-marrow-msc', 'adipose-msc', 'umbilical-cord-msc'].every((x) => l.ev_source.includes(x as never)), 'a list of sources that ends in "other sources"'],
];

/** Session 8: QC wording from the fourth round of real abstracts. */
const ROUND_10: Case[] = [
  ['Kartogenin-induced adipose stem cell exosomes enhance chondrogenic differentiation', 'The exosomes increased chondrogenic genes in ADSCs. Alcian blue staining showed chondrogenic differentiation.', (l) => !l.qc.includes('qc-source-identity'), 'one lineage as the outcome studied'],
  ['ADSC conditioned medium and keloid explants', 'ADSC exosomes reduced CD31+ and CD34+ vessels in keloid explants. CD31+ and CD34+ vessels fell by half.', (l) => !l.qc.includes('qc-source-identity'), 'CD34 on vessels'],
  ['Menstrual blood MSC exosomes', 'MenSCs underwent adipogenic, osteogenic and chondrogenic differentiation; their exosomes were collected.', (l) => l.qc.includes('qc-source-identity'), 'lineages named together'],
  ['MSC-derived EVs for skin wound healing: a review', 'EVs have emerged as an alternative to stem cells because of their lower immunogenicity and tumorigenicity, minimal toxicity and biocompatibility, without notable side effects.', (l) => !l.qc.includes('qc-safety'), 'advantages a review claims for vesicles'],
  ['Exosome serum for androgenetic alopecia: a pilot trial', 'Twenty men applied the exosome serum for 12 weeks. Minimum side effects were reported.', (l) => l.qc.includes('qc-safety'), 'side effects a trial reports'],
  ['Adipose MSC sEVs and fat grafts', 'We used transmission electron microscopy, nano-tracking analysis and nanoflow surface protein analysis to identify sEVs.', (l) => l.qc.includes('qc-size-concentration') && l.qc.includes('qc-ev-markers'), 'hyphenated tracking analysis, surface proteins'],
  ['Immortalized MSC exosomes for psoriasis', 'To address the scalability and reproducibility of exosome preparations, the exosomes were produced from an immortalized cell line.', (l) => l.qc.includes('qc-manufacturing'), 'scalability of the preparations'],
  ['Challenges of manufacturing MSC-derived EVs: a review', 'This review discusses challenges of manufacturing clinical-grade EVs in regard to identity, purity, sterility, storage, potency and safety.', (l) => l.qc.includes('qc-storage'), 'a review names storage'],
  ['MSC exosomes heal burns', 'Exosome storage was not studied; the exosomes accelerated wound closure in rats.', (l) => !l.qc.includes('qc-storage'), 'a study\'s passing word'],
];

const ROUND_11: Case[] = [
  ['Topical hUC-MSC-CM after fractional laser for acne scars', 'Twenty patients applied hUC-MSC-CM twice daily after each laser session.', (l) => l.is_ev && l.ev_source.includes('umbilical-cord-msc'), 'conditioned medium by its abbreviation'],
  ['Platelet lysate-supplemented MSC secretome for skin rejuvenation', 'hPL-MSC-CM raised fibroblast proliferation more than FBS-MSC-CM.', (l) => l.is_ev && !l.ev_source.includes('non-msc'), 'the supplement named before the MSCs is no source'],
  ['Amniotic membrane stem cell metabolite product after laser resurfacing', 'Thirty women received the metabolite product on one half of the face.', (l) => l.is_ev, 'a stem cell metabolite product is conditioned medium'],
  ['Autologous stromal vascular fraction for androgenetic alopecia', 'SVF cells were injected into the scalp of 12 patients and hair density rose.', (l) => l.is_msc && !l.is_ev, 'adipose stromal cells, no vesicles'],
  ['Nanomaterials for diabetic wound healing', 'This article summarizes current advances in hydrogels loaded with exosomes used in diabetic animal models and patients.', (l) => l.study_type.join() === 'review', 'a review says it summarises'],
  ['Exosome injections for atrophic acne scars', 'We identified 30 patients by reviewing the medical records; exosome injections improved acne scars.', (l) => l.study_type.includes('clinical') && !l.study_type.includes('review'), 'a chart review is a study'],
  ['Fat grafting against radiation-induced skin fibrosis', 'Adipose stem cells secrete growth factors and exosomes. Recent studies in animal models and clinical trials have demonstrated that fat grafts reverse radiation-induced skin fibrosis.', (l) => l.study_type.join() === 'review', 'models only in what recent studies showed'],
  ['Placental MSC exosomes for androgenetic alopecia: a clinical trial', 'Exosomes were injected into the scalp every two weeks. No significant adverse effects were observed.', (l) => l.qc.includes('qc-safety'), 'harm looked for and not found'],
  ['Exosomes for refractory melasma', 'A 45-year-old woman with melasma was treated with exosome serum after microneedling.', (l) => l.study_type.includes('clinical'), 'a case report gives its patient\'s age'],
  ['Adipose MSC exosomes heal wounds in mice', 'ADSCs were obtained from a 30-year-old female donor. Their exosomes accelerated wound closure in mice.', (l) => !l.study_type.includes('clinical'), 'a donor\'s age'],
  ['Exosomes for hair loss: a pilot study', 'Each vial contained 10 billion exosomes, applied after microneedling in ten men.', (l) => l.qc.includes('qc-dose'), 'a count of vesicles in words'],
  ['Exosomes for non-scarring alopecia', 'Exosomes restored hair growth in patients with non-scarring alopecia.', (l) => !l.topics.includes('scar-fibrosis'), 'a kind of hair loss'],
  ['Rose stem cell-derived exosomes for alopecia areata', 'Rose stem cell-derived exosomes were applied after laser treatment and hair regrew.', (l) => l.ev_source.join() === 'non-msc', 'plant stem cells'],
  ['MSC exosomes accelerate diabetic wound closure', 'MSCs have other functions including immune regulation and angiogenesis. Their exosomes accelerated wound closure in diabetic mice.', (l) => !l.topics.includes('immunomodulation'), 'what MSCs can do in general'],
  ['Subcutaneous injection of adipose MSC exosomes into psoriasis plaques: phase I', 'Five patients received a subcutaneous injection of exosomes into one plaque.', (l) => l.study_type.join() === 'clinical', 'a route of administration in people'],
  ['Dermal papilla spheroid exosomes promote hair regeneration', 'Exosomes were isolated from DP cell culture; DP spheroid-derived exosomes induced anagen in mice.', (l) => l.ev_source.join() === 'non-msc', 'DP for dermal papilla'],
  ['Nanovesicles against photoaging', 'Fungi exosome-like nanovesicles reduced UVB-induced senescence of fibroblasts.', (l) => l.ev_source.join() === 'non-msc', 'fungi as a source'],
  ['Fetal bovine serum-derived extracellular vesicles persist in depleted media', 'Ultracentrifugation removed only part of the vesicles from the culture media.', (l) => l.ev_source.join() === 'non-msc', 'the serum\'s own vesicles'],
  ['Bone marrow MSC exosomes heal burns', 'BMSCs were cultured with 10% fetal bovine serum, and their exosomes were injected around burns in rats.', (l) => !l.ev_source.includes('non-msc'), 'serum in a culture recipe'],
  ['Platelet lysis exosomes keep dermal papilla cells inductive', 'Dermal papilla cells kept their hair inductivity with platelet-lysis exosomes.', (l) => l.ev_source.join() === 'non-msc', 'platelet lysis'],
  ['Aloe-derived extracellular vesicles for wound healing', 'The EVs showed no significant cytotoxicity on keratinocytes and were taken up within 2 h.', (l) => l.qc.includes('qc-safety'), 'toxicity looked for and not found'],
  ['MSC exosomes protect keratinocytes from UVB', 'The exosomes reduced UVB-induced cytotoxicity of keratinocytes.', (l) => !l.qc.includes('qc-safety'), 'cell death the vesicles prevent'],
  ['Non-clinical safety evaluation of umbilical cord MSC exosomes in cynomolgus monkeys', 'Monkeys received exosomes intravenously and were followed for 28 days.', (l) => l.qc.includes('qc-safety'), 'a safety evaluation as the study'],
  ['Stem cell metabolites from placenta for skin regeneration', 'Fibroblasts treated with the metabolites migrated faster.', (l) => l.is_ev, 'stem cell metabolites are conditioned medium'],
  ['Hypoxic MSC exosomes attenuate UVB damage', 'Methods: A post-test-only control group design with randomized allocation was used. Thirty rats were exposed to UVB and injected with exosomes.', (l) => l.study_type.join() === 'in-vivo', 'randomised animals'],
  ['Exosome cream for mild atopic dermatitis', 'In this randomised controlled study, 112 infants applied the exosome cream twice daily for 12 weeks.', (l) => l.study_type.includes('clinical'), 'randomised infants'],
  ['Exosomes in dissolvable microneedles for hypertrophic scars', 'Hypertrophic scar is a fibroproliferative disorder caused by abnormal wound healing after deep skin injury. The exosomes reduced collagen deposition and myofibroblasts in rabbit ear scars.', (l) => l.topics.join() === 'scar-fibrosis', 'where a scar comes from'],
  ['ADSC exosomes for full-thickness wounds', 'The exosomes accelerated wound healing and reduced scar formation in rats.', (l) => l.topics.includes('wound-healing') && l.topics.includes('scar-fibrosis'), 'healing without a scar'],
  ['Umbilical cord MSC exosomes relieve UVB-induced skin injury', 'The exosomes reduced UVB-induced skin injury, wrinkles and collagen loss in rats.', (l) => !l.topics.includes('wound-healing') && l.topics.includes('skin-aging'), 'photodamage is no wound'],
  ['ADSC exosomes heal burns', 'Methods: Forty-two adult male Wistar rats received exosome injections around the burn.', (l) => l.study_type.join() === 'in-vivo', 'adult animals are no people'],
  ['Platelet lysate for tendon injury', 'Eight healthy adult horses received intralesional injections; their exosome content was measured.', (l) => l.study_type.join() === 'in-vivo', 'horses'],
  ['Exosome serum after laser resurfacing', 'Forty-two adult women with photoaging applied the exosome serum after each session.', (l) => l.study_type.includes('clinical'), 'adult women are people'],
  ['Adipose-derived stem cell-cultured media in an oxazolone dermatitis model', 'The media reduced scratching and serum IgE in mice.', (l) => l.is_ev && l.ev_source.includes('adipose-msc'), 'cell-cultured media are conditioned medium'],
  ['Umbilical cord MSC conditioned medium heals diabetic wounds', 'The medium had anti-inflammatory effects and lowered TNF-α and IL-6 levels. It accelerated wound closure in diabetic rats.', (l) => l.topics.join() === 'wound-healing', 'inflammation inside a wound study'],
  ['ADSC exosomes heal diabetic wounds through macrophages', 'The exosomes shifted wound macrophages to M2 polarization and accelerated closure in diabetic mice.', (l) => l.topics.includes('wound-healing') && l.topics.includes('immunomodulation'), 'an immune cell the study changed'],
  ['Amniotic MSC exosomes for photoaging', 'Results: The isolated exosomes were 30–150 nm in diameter and positive for CD63. They reduced wrinkles in mice.', (l) => l.qc.includes('qc-size-concentration'), 'the size of the vesicles isolated'],
  ['MSC exosomes accelerate wound closure', 'Exosomes are vesicles 30–150 nm in diameter. MSC exosomes accelerated wound closure in mice.', (l) => !l.qc.includes('qc-size-concentration'), 'what exosomes are'],
  ['Clinical application of mesenchymal stem cells in rheumatic diseases', 'MSCs are involved in immune regulation, resulting in anti-fibrotic properties; trials in these diseases are reviewed.', (l) => l.topics.includes('immunomodulation'), 'an autoimmune disease family named'],
  ['MSC exosomes relieve dry eye in Sjögren\'s syndrome', 'The exosomes restored tear secretion in mice.', (l) => l.topics.includes('immunomodulation'), 'Sjögren\'s syndrome'],
  ['MSC exosomes in lupus', 'MSC exosomes with immunomodulatory properties shifted macrophages to M2 and reduced nephritis in lupus mice.', (l) => l.topics.includes('immunomodulation'), 'an immune effect the study measured'],
];

const ROUND_12: Case[] = [
  ['Conditional medium of umbilical cord MSCs delays fibroblast senescence', 'HDFs were treated with the conditional medium of hucMSCs.', (l) => l.is_ev && l.ev_source.includes('umbilical-cord-msc'), 'conditional medium is conditioned medium'],
  ['Metabolite products of amniotic membrane stem cells after microneedling', 'Twenty women applied the metabolite products to the face for eight weeks.', (l) => l.is_ev, 'stem cells\' metabolite products'],
  ['Bacterial metabolite products in colitis', 'Metabolite products of commensal bacteria reduced colitis in mice.', (l) => !l.is_ev, 'metabolites of no stem cell'],
  ['Edible nanoparticles from grapes', 'The nano-sized vesicles from grape juice were taken up by intestinal cells.', (l) => l.is_ev && l.ev_source.join() === 'non-msc', 'nano-sized vesicles'],
  ['Blister fluid exosomes in bullous pemphigoid', 'Exosomes isolated from blister fluid of patients induced IL-8 in keratinocytes.', (l) => l.ev_source.join() === 'non-msc', 'a body fluid as the source'],
  ['Salmon-derived exosomes for androgenetic alopecia', 'Two patients applied a solution of exosomes derived from salmon tissue.', (l) => l.ev_source.join() === 'non-msc', 'fish as the source'],
  ['ADSC exosomes heal wounds', 'ADSC-Exos ranged from 60 to 140 nm and carried CD63. They accelerated wound closure in mice.', (l) => l.qc.includes('qc-size-concentration'), 'a size the study measured'],
  ['MSC exosomes heal wounds', 'Exosomes, ranging from 30 to 150 nm, are secreted by most cells. MSC exosomes accelerated wound closure in mice.', (l) => !l.qc.includes('qc-size-concentration'), 'a size that defines exosomes'],
  ['MSC exosomes protect fibroblasts', 'Viability of MSC exosome-treated fibroblasts was measured at 450 nm.', (l) => !l.qc.includes('qc-size-concentration'), 'a wavelength'],
  ['Adipose stem cell conditioned medium with fractional laser for alopecia areata', 'This study showed ADSC-CM combined with a 10,600 nm fractional laser was safe in 14 patients.', (l) => !l.qc.includes('qc-size-concentration'), 'a laser\'s wavelength'],
  ['Exosomes in dermatology', 'In this review, we note that MSC exosomes were 50-150 nm in most studies.', (l) => !l.qc.includes('qc-size-concentration'), 'a review\'s sizes are the literature\'s'],
  ['Ginger exosome-like nanovesicles against colitis', 'The exosome-like nanovesicles had a negative zeta potential and were taken up by RAW 264.7 macrophages in vitro.', (l) => l.qc.includes('qc-size-concentration'), 'zeta potential measured'],
  ['Osteoblast exosomes and endothelial senescence', 'The exosomes were characterized by TEM, particle size analysis and western blot.', (l) => l.qc.includes('qc-size-concentration'), 'particle size analysis'],
  ['Exosomes as drug carriers in lupus', 'Their advantages such as stability and low immunogenicity make exosomes drug carriers. This review summarizes their use in lupus.', (l) => !l.qc.includes('qc-storage'), 'stability as an advantage'],
  ['Preserving extracellular vesicles', 'This review summarizes how storage conditions affect the long-term stability of EVs.', (l) => l.qc.includes('qc-storage'), 'stability in storage'],
  ['hucMSC exosomes heal diabetic wounds', 'The exosomes suppressed NLRP3 inflammasome activation in the wound and accelerated closure in diabetic rats.', (l) => l.topics.join() === 'wound-healing', 'the inflammasome of a wound'],
  ['Gingival MSCs in murine contact hypersensitivity', 'Contact hypersensitivity was induced with oxazolone; the Th1/Th2 balance and Tregs were restored.', (l) => l.topics.includes('immunomodulation') && !l.topics.includes('atopic-dermatitis'), 'oxazolone for a contact allergy'],
  ['MSC exosomes in an oxazolone dermatitis model', 'Oxazolone-induced AD-like lesions improved in mice.', (l) => l.topics.includes('atopic-dermatitis'), 'oxazolone for AD'],
  ['Amniotic stem cell metabolite product for photoaging', 'Wrinkles, dark spots, pores and skin tone improved in 30 women.', (l) => l.topics.join() === 'skin-aging', 'signs of an aged face'],
  ['Exosome serum for solar lentigines', 'The exosome serum lightened dark spots in 20 women.', (l) => l.topics.includes('pigmentation'), 'dark spots alone'],
  ['Exosome-loaded silk dressing for wounds', 'A viability assay of fibroblasts on the exosome-loaded dressing showed good cytocompatibility.', (l) => l.study_type.includes('in-vitro'), 'a viability assay'],
  ['Scaffolds for MSC delivery to diabetic wounds', 'Injected MSCs suffer low cell viability at the wound bed. This review discusses scaffolds that protect them.', (l) => l.study_type.join() === 'review', 'the viability of transplanted cells'],
  ['BMSC exosomes in postmenopausal osteoporosis', 'Exosomes derived from hBMSCs promoted osteogenesis in ovariectomized (OVX) rats.', (l) => l.study_type.includes('in-vivo'), 'an ovariectomy model'],
  ['Keratinocyte exosomes heal burns', 'The exosomes were injected subcutaneously around the wounds in a second-degree burn model.', (l) => l.study_type.includes('in-vivo'), 'injected subcutaneously in a burn model'],
  ['Mesenchymal stem cell secretome for autoimmune diseases', 'MSC-EVs reduced Th17 cells in experimental animals. Results obtained in many animal studies and several clinical trials confirmed these effects.', (l) => l.study_type.join() === 'review', 'studies and trials in the plural are the literature\'s'],
  ['MSC exosomes in lupus mice', 'Clinical trials of MSCs are under way. Here, MSC exosomes reduced nephritis in MRL/lpr mice.', (l) => l.study_type.join() === 'in-vivo', 'trials named, mice of its own'],
  ['Intralesional platelet-rich plasma versus triamcinolone in alopecia areata', 'Materials and Methods: 40 patients were treated in two groups. Results: At the final review, 12 patients had excellent regrowth.', (l) => l.study_type.join() === 'clinical', 'a trial\'s follow-up visit'],
  ['Synovial-derived MSC exosomes protect the femoral head', 'Exosomes from synovial-derived mesenchymal stem cells reduced osteonecrosis in rats.', (l) => l.ev_source.join() === 'other-msc', 'synovial-derived MSCs'],
  ['Mast cell-derived exosomes in allergic responses', 'Mast cell-derived exosomes carry IgE and FcεRI subunits.', (l) => l.ev_source.join() === 'non-msc', 'mast cells as the source'],
  ['Human amniotic epithelial stem cells promote recovery from colitis', 'Exosomes from human amniotic epithelial stem cells reduced colitis in mice.', (l) => l.is_msc && l.ev_source.includes('placenta-amnion-msc'), 'amniotic epithelial stem cells'],
  ['Exosomes from LPS-pretreated umbilical cord MSCs reduce liver fibrosis', 'Exosomes derived from LPS-stimulated mesenchymal stem cells reduced collagen in hepatic stellate cells.', (l) => !l.topics.includes('immunomodulation'), 'LPS given to the producer cells'],
  ['MSC exosomes calm macrophages', 'MSC exosomes reduced TNF-α and IL-6 in LPS-stimulated macrophages.', (l) => l.topics.includes('immunomodulation'), 'LPS given to immune cells'],
  ['Extracellular vesicles in bullous pemphigoid blisters', 'EVs were isolated from the blister fluid of 6 patients and 5 healthy donors.', (l) => l.study_type.includes('clinical'), 'patients\' blister fluid as samples'],
];

const ROUND_13: Case[] = [
  ['Extracellular vesicles protect enzymes during freeze-drying', 'A model enzyme was loaded into EVs derived from mesenchymal stem cells, endothelial cells and cancer cells.', (l) => l.is_msc && l.ev_source.includes('non-msc') && l.ev_source.includes('unspecified'), 'MSCs as one of a list of sources'],
  ['The roles of exosomes in hair follicle growth', 'This review shows that exosomes from several types of cells, including dermal papilla cells and mesenchymal stem cells, promote hair growth.', (l) => l.is_msc && l.ev_source.includes('non-msc'), 'a list after "including"'],
  ['Exosomes carry protective messages', 'This review covers exosome biology. Exosomes are released by many cells including mast cells, dendritic cells and macrophages.', (l) => l.ev_source.join() === 'non-msc', 'a list of non-MSC cells'],
  ['Extracellular vesicles for oral wound healing', 'In this review: extracellular vesicles can be derived from mesenchymal stromal cells, immune cells, bodily fluids, or bacteria.', (l) => l.is_msc && l.ev_source.includes('non-msc') && l.ev_source.includes('unspecified'), '"can be derived from" and a list'],
  ['Exosomes in hair regeneration', 'Exosomes from adipose stem cells (ADSC-Exo) and from dermal papilla cells (DP-Exo) raised regulatory T cells in mice.', (l) => l.ev_source.includes('adipose-msc') && l.ev_source.includes('non-msc'), 'list items with their abbreviations'],
  ['Extracellular vesicles for cosmetic applications', 'In this review, EVs from mesenchymal stem cells, platelets, skin microbiota, and microalgae will be considered.', (l) => l.ev_source.includes('non-msc'), 'an item the KB does not know inside the list'],
  ['Clinical efficacy of a Centella asiatica (CICA)-derived extracellular vesicle formulation', 'Twenty women applied the formulation for four weeks.', (l) => l.ev_source.join() === 'non-msc', 'the source\'s abbreviation before "-derived"'],
  ['Antiphotoaging effect of conditioned medium of dedifferentiated adipocytes', 'The conditioned medium reduced UVB damage in fibroblasts.', (l) => l.ev_source.join() === 'non-msc', 'one word describing the source'],
  ['ADSC exosomes speed keratinocyte migration', 'Exosomes were isolated from ADSCs, and HaCaT cells were treated with them in vitro.', (l) => l.ev_source.join() === 'adipose-msc', '", and" joins a clause, not a second source'],
  ['hUCMSC exosomes in skin repair', 'Exosomes derived from hUCMSCs promote fibroblast proliferation, keratinocyte migration and angiogenesis in vitro.', (l) => l.ev_source.join() === 'umbilical-cord-msc', 'cells after a verb are targets, not sources'],
  ['Conditioned medium of Wharton\'s jelly MSCs for vitiligo', 'A 5% CM-WJMSCs (Conditioned Medium-Wharton\'s jelly-Mesenchymal Stem Cells) serum was applied twice a day.', (l) => l.ev_source.join() === 'umbilical-cord-msc', 'a cosmetic serum after the parenthesis'],
  ['Circulating small EV microRNAs in psoriasis', 'Plasma sEVs were separated from 40 patients. Such profiles could help to benchmark the mesenchymal stromal cell-derived vesicle therapies now proposed.', (l) => !l.is_msc, 'a study\'s one aside on MSC vesicles'],
  ['Extracellular vesicles in rheumatoid arthritis', 'This review summarizes EVs of immune cells. In contrast, EVs secreted by mesenchymal stem cells stimulate cartilage repair.', (l) => l.is_msc, 'a review naming MSC vesicles once'],
  ['Mesenchymal stem cell-derived extracellular vesicles in skin wound healing', 'Skin wounds are a burden. MSC-derived EVs can promote angiogenesis and the proliferation of fibroblasts and keratinocytes, and regulate collagen synthesis.', (l) => l.study_type.join() === 'review', 'cell words alone in an abstract that reports nothing of its own'],
  ['Exosome-loaded silk fibroin dressing for wounds', 'In this research, a wound dressing with MSC exosomes has been designed. The results indicated good proliferation of fibroblasts on the dressing.', (l) => l.study_type.join() === 'in-vitro', 'a study that says what it did'],
  ['ADSC exosomes promote angiogenesis', 'Background: Diabetic foot ulcer is a chronic disease of diabetes. Results: The exosomes accelerated wound healing in mice.', (l) => l.topics.includes('wound-healing'), 'a Background section names the skin disease studied'],
  ['Exosomes from circRNA-modified ADSCs promote angiogenesis of DFU', 'The exosomes accelerated wound healing in mice with DFU.', (l) => l.topics.includes('wound-healing'), 'DFU, the diabetic foot ulcer'],
  ['MSC-EVs heal palatal wounds', 'Background: MSC-EVs have previously been reported to heal skin wounds. Results: MSC-EVs accelerated wound healing of the hard palate in rats.', (l) => !l.topics.includes('wound-healing'), 'earlier work on the skin does not place the study there'],
  ['Proinflammatory role of blister fluid-derived exosomes in bullous pemphigoid', 'We isolated exosomes from blister fluids of patients with bullous pemphigoid; they induced IL-8 in primary keratinocytes in vitro.', (l) => l.study_type.includes('clinical'), 'patients\' samples make a clinical study'],
  ['Circulating exosomal microRNAs in diabetic wounds', 'Exosomes were isolated from the serum of control or diabetic patients and added to HUVECs.', (l) => l.study_type.includes('clinical'), 'patients\' serum'],
  ['ADSC exosomes promote keratinocyte migration', 'ADSCs were isolated from lipoaspirates of patients undergoing liposuction. Exosomes from ADSCs promoted HaCaT migration in vitro.', (l) => l.study_type.join() === 'in-vitro', 'patients as the cells\' donors'],
  ['Exosomes from circRNA-modified ADSCs enhance diabetic wound healing', 'A luciferase reporter assay showed that circ-Astn1 binds miR-138-5p. The exosomes accelerated wound closure in diabetic mice.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), 'a reporter assay is cell work'],
  ['BMSC exosomes protect endothelial progenitor cells', 'The exosomes restored the proliferation of EPCs exposed to high glucose.', (l) => l.study_type.includes('in-vitro'), 'cells under high glucose'],
  ['Extracellular vesicles in acute lung injury', 'This review summarizes EV biology in lung injury. EVs secreted by mesenchymal stem cells can attenuate inflammation.', (l) => l.is_msc, 'a review naming MSC vesicles once, no other source tied'],
  ['Transplantation of cardiac mesenchymal stem cell-derived exosomes promotes repair in infarcted hearts', 'Exosomes from cardiac MSCs improved heart function in rats.', (l) => l.ev_source.join() === 'other-msc', 'MSCs of an organ TAXONOMY does not name'],
  ['Human amniotic stem cell-derived exosomes inhibit melanogenesis', 'Human amniotic stem cells (hASCs) include amniotic mesenchymal stem cells. Exosomes derived from amniotic mesenchymal stem cells and hASCs reduced melanin in B16F10 cells; hASC exosomes also lightened mouse ears.', (l) => l.ev_source.join() === 'placenta-amnion-msc', 'an abbreviation the article defines as another tissue\'s'],
  ['Adipose stem cell exosomes inhibit melanogenesis', 'Human adipose-derived stem cells (hASCs) were cultured. Exosomes of hASCs reduced melanin in B16F10 cells.', (l) => l.ev_source.join() === 'adipose-msc', 'an abbreviation defined as the KB reads it'],
  ['Bioprocessing of mesenchymal stem cells and their derivatives', 'This review covers the bioprocessing of MSC-derived exosomes toward cell-free therapeutics.', (l) => l.qc.includes('qc-manufacturing'), 'bioprocessing is manufacturing'],
  ['The effect of three-dimensional cultured ADSC conditioned medium on skin wounds', 'Conditioned medium of three-dimensional cultured ADSCs increased fibroblast migration in vitro.', (l) => l.qc.includes('qc-culture'), 'producer cells grown in three dimensions'],
  ['Gingival MSCs in immunological diseases', 'MSCs differentiate into osteoblasts in vitro and in vivo. In the chapter, we have discussed the advances of these cell therapies.', (l) => l.study_type.join() === 'review', 'a book chapter'],
];

const ROUND_14: Case[] = [
  ['Small extracellular vesicles from IFN-γ-primed MSCs for psoriasis', 'sEVs derived from human umbilical cord MSCs inhibited the proliferation of T cells in vitro and reduced skin lesions in mice in vivo.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), '"in vitro" in a sentence that names where the vesicles came from'],
  ['Exosomes secreted by MSCs promote angiogenesis', 'adMSC-Exo promoted angiogenesis in vitro and in vivo Further study showed that miR-125a was enriched in adMSC-Exo.', (l) => l.study_type.includes('in-vivo'), '"further study showed" reports results (here after a lost full stop)'],
  ['MSC exosomes promote angiogenesis', 'adMSC-Exo promoted tube formation of HUVECs. Further studies are needed to test them in animals.', (l) => l.study_type.join() === 'in-vitro', '"further studies are needed" is a plan'],
  ['BMSC exosomes accelerate wound healing in rats', 'Rat bone marrow MSCs were isolated and cultured in vitro. Their exosomes were injected around full-thickness wounds of rats.', (l) => l.study_type.join() === 'in-vivo', 'producer cells cultured in vitro are no study in culture'],
  ['Exosomes derived from adipose stem cells enhance bone fracture healing', 'Exosomes derived from adipose stem cells (ASCs-exos) were isolated. ASCs-exos promoted the osteogenic differentiation of bone marrow mesenchymal stem cells (BMSCs) in vitro.', (l) => l.ev_source.join() === 'adipose-msc', 'MSCs of another tissue that receive the vesicles'],
  ['Exosomes from young umbilical cord MSCs rejuvenate aged bone marrow MSCs', 'Exosomes from UC-MSCs restored the proliferation of aged BM-MSCs. Exosomes from aged BM-MSCs had no such effect.', (l) => l.ev_source.includes('umbilical-cord-msc') && l.ev_source.includes('bone-marrow-msc'), 'both tissues give vesicles (one after a describing word)'],
  ['Bone marrow MSC-derived exosomes protect against myocardial infarction', 'MSCs were isolated from rat bone marrow. Rat MSC exosomes suppressed myocardial injury in rats.', (l) => l.ev_source.join() === 'bone-marrow-msc', '"rat MSC" is no adipose-tissue MSC (AT-MSC)'],
  ['MSC exosomes in skin repair: a review', 'This review covers exosomes derived from adipose stem cells (ADSC-Exos) and MSCs from bone marrow and umbilical cord.', (l) => l.ev_source.includes('bone-marrow-msc') && l.ev_source.includes('umbilical-cord-msc') && l.ev_source.includes('adipose-msc'), 'a review names the sources it covers'],
  ['Size-exclusion chromatography of extracellular vesicles in cancer', 'Cancer cells release extracellular vesicles, which are a rich target for biomarker discovery. A systematic review was undertaken.', (l) => l.ev_source.join() === 'non-msc', 'the active voice: cells release vesicles'],
  ['Adsorption of extracellular vesicles onto tube walls during storage', 'EVs isolated from the conditioned medium of HT-29 cells lost half their particles at +4 deg C.', (l) => l.ev_source.join() === 'non-msc', 'a cell line produces the vesicles'],
  ['HEK293T exosomes loaded with siRNA', 'HaCaT cells were treated with HEK293T-derived exosomes for 24 h.', (l) => l.ev_source.join() === 'non-msc', 'a cell line\'s vesicles, another line as their target'],
  ['Size-exclusion chromatography isolates EVs from human blood samples', 'EVs were isolated from platelet-free plasma by SEC. EV concentrations differed by health status (130 subjects in total, with 65 healthy donors and 65 myopathy patients).', (l) => l.study_type.includes('clinical'), 'healthy donors compared with patients are study subjects'],
  ['Regulatory claims made by US businesses marketing exosome therapies', 'Aim: This study investigated claims of businesses marketing exosome products. Methods: We used content analysis of company websites. Results: Two thirds of the businesses made no claim.', (l) => l.study_type.join() === 'review', 'an analysis of businesses\' websites'],
  ['Weighing up the evidence used by direct-to-consumer stem cell businesses', 'We characterize the evidence on the websites of 59 stem cell businesses. Businesses rarely cite randomized clinical trials.', (l) => l.study_type.join() === 'review', 'trials named as what businesses do not cite'],
  ['Nebulized exosomes from adipose MSCs in severe COVID-19', 'Seven patients received a daily dose of haMSCs-Exos (2.0 × 108 nano vesicles) for five days.', (l) => l.qc.includes('qc-dose'), 'a dose in "nano vesicles", its superscript lost'],
  ['BMSC exosomes promote tenocyte proliferation', 'Identification of BMSCs was performed by measurement of surface biomarkers by flow cytometry. BMSC-derived exosomes were identified by NTA.', (l) => l.qc.includes('qc-source-identity'), 'MSCs\' surface biomarkers'],
  ['Corneal wound healing effects of MSC secretome in a hyaluronic acid gel', 'The MSC secretome in the gel increased the expression of CD44 receptors colocalized with HA. CD44 receptor upregulation mediated its effects.', (l) => !l.qc.includes('qc-source-identity'), 'CD44 as hyaluronic acid\'s receptor'],
  ['Combination therapy with BMSC exosomes and porous tantalum for femoral defects', 'Cell culture results demonstrated that the exosomes improved the proliferation of BMSCs. Exosomes were implanted into femoral defects in rats.', (l) => l.study_type.includes('in-vitro') && l.study_type.includes('in-vivo'), '"cell culture results"'],
  ['Treatment of recalcitrant vitiligo by autologous melanocyte grafting', 'This clinical trial was done on 28 patients. Non-cultured melanocyte grafting gave good repigmentation in 57% of the patients.', (l) => l.study_type.join() === 'clinical', 'melanocytes grafted into patients are a procedure'],
  ['Storage conditions affect the composition of the lyophilized secretome of MSCs', 'The secretome is rich in growth factors and cytokines. Storage at -80 deg C preserved the cytokines and growth factors of the lyophilized secretome.', (l) => !l.topics.includes('immunomodulation'), 'a secretome\'s cytokines as contents'],
  ['Umbilical cord MSC secretome improves outcomes in knee osteoarthritis', 'Patients received intra-articular secretome. Serum MMP-3 fell and TGF-beta1 rose; MMP-3 levels tracked the pain scores.', (l) => !l.topics.includes('skin-aging'), 'MMP-3 of a joint, in an article that never names the skin'],
  ['Sublingual OVA-loaded MSC exosomes prevent allergic sensitization', 'Mice were sensitised with OVA. Serum OVA-specific IgE and IL-4 of spleen cells were measured. IgE levels fell.', (l) => !l.topics.includes('atopic-dermatitis'), 'IgE against ovalbumin (OVA) is an airway allergy\'s'],
  ['Role of microparticles in inflammatory joint diseases', 'Rheumatoid arthritis and psoriatic arthritis are immune-mediated joint diseases. Microparticles stimulate synovitis. This review covers their role.', (l) => !l.topics.includes('psoriasis'), 'psoriatic arthritis is a joint disease'],
  ['Natural killer cell-derived extracellular vesicles in cancer immunotherapy', 'This review covers extracellular vesicles from natural killer cells and their cytotoxic cargo.', (l) => l.ev_source.join() === 'non-msc', 'NK cells as the vesicles\' source'],
  ['Extracellular vesicle-based therapeutics in neuro-ophthalmic disorders', 'EVs from MSCs have been demonstrated to promote axonal regeneration in various animal models of optic nerve injury. Further preclinical and clinical studies are needed.', (l) => l.study_type.join() === 'review', '"in various animal models": the literature\'s models'],
  ['Indwelling microneedles with MSC exosomes for diabetic ulcers', 'Here, we present microneedles with MSC-exosomes. They promoted wound healing in full-thickness cutaneous wounds of diabetic rat models.', (l) => l.study_type.includes('in-vivo'), '"diabetic rat models": the study\'s own'],
  ['Salivary exosomes as nanocarriers for cancer biomarkers', 'Salivary exosomes shuttle cancer-derived biomarkers into the oral cavity.', (l) => l.ev_source.join() === 'non-msc', 'saliva\'s vesicles'],
  ['Quantitative proteomics of extracellular vesicle classes', 'We compared membrane proteins in EV preparations from human plasma.', (l) => l.ev_source.join() === 'non-msc', '"EV preparations from" a source'],
  ['MEG3 shuttled by BMSC exosomes promotes TP53 stability in keloid fibroblasts', 'hBMSC-Exos delivered MEG3 to promote the protein stability of TP53 in keloid fibroblasts.', (l) => !l.qc.includes('qc-storage'), 'a protein\'s stability, not the vesicles\' in storage'],
  ['Adipose stem cell EV coating enhances osteoinductivity of titanium implants', 'Here, we developed a simple ADSC-EV coating strategy. The coated implants raised osteocalcin expression in osteoblasts.', (l) => l.study_type.join() === 'in-vitro', 'what the authors made and measured is no review'],
  ['Extracellular vesicle coatings enhance bioactivity of titanium implants', 'We isolated EVs from two cell types. For each EV type, we determined the size, morphology, and molecular composition.', (l) => l.qc.includes('qc-size-concentration'), 'a size the study determined'],
  ['Cell-derived nanovesicles prepared by extrusion substitute for natural EVs', 'We compared nanovesicles made by extrusion of MDA-MB-231 cells with their natural EVs. No significant difference was found in size, morphology, and classical markers between natural EVs and the nanovesicles.', (l) => l.qc.includes('qc-size-concentration') && l.qc.includes('qc-ev-markers'), 'sizes and markers compared'],
  ['The role of mesenchymal stromal cells in the treatment of rheumatoid arthritis', 'MSCs have been suggested as an immunomodulatory treatment. In this paper, we present the interactions between MSCs and synoviocytes, and summarise studies of MSCs in preclinical and clinical RA studies.', (l) => l.study_type.join() === 'review', '"we present" what others found is a review\'s wording too'],
  ['Equine corneal wound healing using mesenchymal stem cell secretome: case report', 'A 12-year-old gelding with a corneal ulcer received MSC secretome eye drops twice daily. The ulcer healed within 14 days.', (l) => !l.study_type.includes('clinical'), 'a veterinary case report is no study in people'],
  ['Amniotic MSC-derived EVs prevent post-breeding endometritis', 'Sixteen susceptible mares were enrolled and inseminated with semen with or without AMSC-EVs. Neutrophil infiltration fell in the EV group.', (l) => l.study_type.join() === 'in-vivo', 'mares enrolled in a study are animals'],
  ['Proof-of-concept trial of an amniotic fluid-derived extracellular vesicle biologic', 'Eight patients received the amniotic fluid-derived extracellular vesicle product intravenously.', (l) => l.ev_source.join() === 'non-msc', 'the amniotic fluid\'s own vesicles'],
  ['The regenerative potential of amniotic fluid stem cell extracellular vesicles', 'Extracellular vesicles from human amniotic fluid stem cells were isolated by ultracentrifugation and their MSC marker profile confirmed.', (l) => l.ev_source.includes('placenta-amnion-msc'), 'amniotic fluid stem cells stay an amnion source'],
  ['Role of extracellular vesicles during oocyte maturation and early embryo development', 'This review covers EVs from follicular fluid and their effects on bovine oocytes.', (l) => l.ev_source.join() === 'non-msc', 'vesicles of the follicular fluid'],
  ['Therapeutic application of MSC-derived extracellular vesicles in domestic animals', 'Research on EVs in veterinary medicine is young. Summarized here are the recent preclinical and clinical studies in horses, cattle, dogs and cats.', (l) => l.study_type.join() === 'review', '"summarized here are … studies"'],
  ['Extracellular vesicle separation from milk and infant milk formula', 'This protocol describes EV separation from milk by acid precipitation and size-exclusion chromatography.', (l) => l.ev_source.join() === 'non-msc', '"separation from" a source'],
  ['Extracellular vesicle separation from milk using acid precipitation', 'A reproducible protocol is lacking. Our protocol combines acid pre-treatment and gradient ultracentrifugation.', (l) => l.study_type.join() === 'in-vitro', 'a laboratory protocol is bench work'],
  ['Tubule-derived exosomes play a central role in fibroblast activation', 'Exosomes released by injured tubular epithelial cells activated kidney fibroblasts in mice.', (l) => l.ev_source.join() === 'non-msc', 'kidney cells\' vesicles'],
  ['Exosome secretion by the parasitic protozoan Leishmania within the sand fly midgut', 'Leishmania exosomes were released in the sand fly midgut and co-inoculated with the parasites.', (l) => l.ev_source.join() === 'non-msc', 'a parasite\'s vesicles'],
  ['Tea leaf-derived exosome-like nanotherapeutics retard breast tumor growth', 'Tea leaf-derived exosome-like nanoparticles were given orally to tumor-bearing mice.', (l) => l.ev_source.join() === 'non-msc', 'a plant food\'s vesicles'],
  ['Basic fibroblast growth factor reduces scar formation in incisional wounds', 'In this randomised trial, 40 patients received topical basic fibroblast growth factor after surgery. Scars were scored at 6 months.', (l) => l.study_type.join() === 'clinical', 'a growth factor named after fibroblasts is no cell culture'],
  ['The application of cultured epithelial autografts improves survival in burns', 'We reviewed 30 patients with burns over 60% of the body who received cultured epithelial autografts.', (l) => !l.study_type.includes('in-vitro'), 'a cultured graft given to patients'],
  ['Syncytiotrophoblast-derived extracellular vesicles in preeclampsia', 'This review covers syncytiotrophoblast-derived extracellular vesicles in maternal blood.', (l) => l.ev_source.join() === 'non-msc', 'the placenta\'s trophoblast is no MSC source'],
];

const ROUND_15: Case[] = [
  ['Levels of circulating microparticles in septic shock', 'Plasma samples of 60 septic patients and 20 controls were analysed. Septic patients showed higher levels of circulating microparticles than controls.', (l) => l.qc.includes('qc-size-concentration'), 'vesicles the study counted'],
  ['Platelet-derived extracellular vesicles in SARS-CoV-2 infection', 'We enrolled 60 patients and 20 controls. Platelet EVs were quantified by flow cytometry. PLT-EVs count was higher in infected patients.', (l) => l.qc.includes('qc-size-concentration'), '"were quantified", "EVs count"'],
  ['Exosomal miR-125b in psoriatic lesions', 'Serum exosomes were isolated from 30 patients. The levels of miR-125b in exosomes were lower in patients with psoriasis.', (l) => !l.qc.includes('qc-size-concentration'), 'the cargo\'s level, not the vesicles\''],
  ['Exosomal PD-L1 in metastatic melanoma', 'Here we report that metastatic melanoma releases a high level of extracellular vesicles that carry PD-L1 on their surface.', (l) => !l.qc.includes('qc-size-concentration'), '"a high level of" counts nothing'],
  ['Platelet microparticles and thrombosis', 'Several studies have demonstrated positive correlations between thrombotic states and platelet microparticle levels. We studied how platelets release them.', (l) => !l.qc.includes('qc-size-concentration'), 'levels earlier studies counted'],
  ['Exosomes derived from reparative M2-like macrophages prevent bone loss in periodontitis', 'M2-Exos promoted osteogenic differentiation of bone marrow stromal cells (BMSCs) and reduced alveolar bone resorption in mice.', (l) => l.ev_source.join() === 'non-msc' && !l.is_msc, 'a source described by three words; BMSCs only receive the vesicles'],
  ['Extracellular vesicles from LPS-stimulated human monocytes activate endothelial cells', 'We isolated the vesicles by ultracentrifugation and added them to endothelial cells.', (l) => l.ev_source.join() === 'non-msc', 'a source described by two words'],
  ['Umbilical cord MSC exosomes heal radiation ulcers through macrophages', 'Exosomes were isolated from human umbilical cord MSCs and injected into ulcers of rats. Conditioned medium from exosome-educated macrophages enhanced fibroblast migration.', (l) => l.ev_source.join() === 'umbilical-cord-msc', 'cells that took vesicles up are no source'],
  ['Adipose stem cells for wound defects', 'The regenerative capabilities of ASCs in vivo are orchestrated by their secretome of paracrine factors. We injected ASCs into full-thickness wounds of mice.', (l) => !l.is_ev, 'a cell therapy whose secretome is its cells\' mechanism'],
  ['Secretome of Wharton\'s gelatin MSC in a hyaluronate sponge for psoriasis', 'We evaluated conditioned medium of Wharton\'s gelatin mesenchymal stem cells in a psoriasiform dermatitis mouse model.', (l) => l.ev_source.join() === 'umbilical-cord-msc', 'the Spanish name of Wharton\'s jelly'],
  ['Corneal epithelial stem cell supernatant in severe dry eye disease', 'Seventeen patients instilled the stem cell-derived product four times daily for 12 weeks. No adverse events occurred.', (l) => l.is_ev && l.ev_source.join() === 'non-msc', 'a stem cell supernatant is a conditioned medium; corneal epithelial cells are no MSCs'],
  ['Human umbilical cord mesenchymal stem cell supernatant protects against UVB photodamage', 'Human dermal fibroblasts were irradiated with UVB and treated with the supernatant.', (l) => l.is_ev && l.ev_source.join() === 'umbilical-cord-msc', 'an MSC supernatant'],
  ['Adipose MSC exosomes in a hydrogel promote collagen remodelling and diabetic wound healing', 'Exosomes from ADSCs were loaded into a hydrogel and applied to full-thickness wounds of diabetic rats. Wound closure was faster, with more collagen deposition. Collagen fibres were thicker and better aligned, and collagen I rose in the dermis.', (l) => l.topics.join() === 'wound-healing', 'collagen in a wound study is the repair\'s'],
  ['MSC exosomes heal UVB-damaged skin wounds', 'Exosomes from MSCs were applied to wounds of photoaged mouse skin. Wound closure was faster and collagen deposition greater.', (l) => l.topics.includes('skin-aging') && l.topics.includes('wound-healing'), 'photoaged skin names aging on its own'],
  ['UVB-irradiated keratinocytes release more extracellular vesicles', 'UVB-irradiated keratinocytes produce an increased number of EVs that contain more DNA.', (l) => l.qc.includes('qc-size-concentration'), '"an increased number of EVs" was counted'],
];

const SUITES: [string, Case[]][] = [
  ['conventions and false friends', CASES],
  ['third probe round', ROUND_3],
  ['third probe round, sources and organs', ROUND_4],
  ['real-abstract round', ROUND_5],
  ['producer cells', ROUND_6],
  ['activity across storage', ROUND_7],
  ['what the article is', ROUND_8],
  ['sources', ROUND_9],
  ['QC wording', ROUND_10],
  ['real-abstract rounds 8 to 10', ROUND_11],
  ['real-abstract round 12', ROUND_12],
  ['lists of sources', ROUND_13],
  ['real-abstract rounds 16 to 20', ROUND_14],
  ['real-abstract rounds 24 and on', ROUND_15],
];
for (const [name, cases] of SUITES) {
  describe(`field phrasing: ${name}`, () => {
    it.each(cases)('%s | %s', (title, abstract, check, what) => {
      const l = labels(title, abstract);
      expect(check(l), `${what}: ${JSON.stringify(l)}`).toBe(true);
    });
  });
}
