import { describe, expect, it } from 'vitest';
import { formatNlmCitation } from '../../../utils/library/citation';
import { countByTopic, filterEntries, sortEntries } from '../../../utils/library/query';
import type { LibraryEntry } from '../../../utils/library/types';
import { COLLIDING_ENTRY, GOLDEN_ENTRIES, HOSTILE_ENTRY, LONG_TITLE_ENTRY, SEED_ENTRY } from '../../fixtures/library/entries';

describe('formatNlmCitation', () => {
  it('matches PubMed’s NLM citation for the seed review', () => {
    expect(formatNlmCitation(SEED_ENTRY)).toBe(
      'Ha DH, Kim HK, Lee J, Kwon HH, Park GH, Yang SH, Jung JY, Choi H, Lee JH, Sung S, Yi YW, Cho BS. Mesenchymal Stem/Stromal Cell-Derived Exosomes for Immunomodulatory Therapeutics and Skin Regeneration. Cells. 2020 May 7;9(5):1157. doi: 10.3390/cells9051157. PMID: 32392899; PMCID: PMC7290908.',
    );
  });

  it('uses the year when no full date is known, and derives initials from given names', () => {
    const entry: LibraryEntry = { ...SEED_ENTRY, pubDate: undefined, authors: [{ family: 'Kim', given: 'Hyun-Ku' }], ids: { pmid: '1' } };
    expect(formatNlmCitation(entry)).toBe(
      'Kim HK. Mesenchymal Stem/Stromal Cell-Derived Exosomes for Immunomodulatory Therapeutics and Skin Regeneration. Cells. 2020;9(5):1157. PMID: 1.',
    );
  });

  it('keeps a question mark, flattens hostile whitespace and writes collective authors as is', () => {
    expect(formatNlmCitation(HOSTILE_ENTRY)).toBe(
      'Müller J, Wąs Ł, 王 小, ISEV Task Force on MSC-EVs & Standards, Smith and Wesson A. {Evil} "quoted" 100% & $5 #1 under_score ~tilde^caret back\\slash next line Tabbed α-SMA, β-catenin. Journal of "Quoted" & Special_Chars. 2021;:e123. doi: 10.1000/ev_test%1.',
    );
    expect(formatNlmCitation({ ...LONG_TITLE_ENTRY, title: 'Does it work?', year: '2001' })).toBe('Does it work? 2001.');
  });

  it('writes a PMCID-only record and the MEDLINE date range', () => {
    expect(formatNlmCitation(COLLIDING_ENTRY)).toBe(
      "Ha DH, O'Brien S. Mesenchymal stromal cell vesicles in burns: a synthetic record. Synth J. 2020 Mar-Apr;12(3 Suppl 1):884-95. PMCID: PMC1234567.",
    );
  });
});

describe('filterEntries', () => {
  it('searches title, authors, journal, keywords, tags and note, ignoring case and diacritics', () => {
    const keys = (filter: Parameters<typeof filterEntries>[1]) => filterEntries(GOLDEN_ENTRIES, filter).map((entry) => entry.key);
    expect(keys({ text: 'MULLER' })).toEqual([HOSTILE_ENTRY.key]);
    expect(keys({ text: 'lukasz' })).toEqual([HOSTILE_ENTRY.key]);
    expect(keys({ text: 'Seán' })).toEqual([COLLIDING_ENTRY.key]);
    expect(keys({ text: 'sean  obrien' })).toEqual([]);
    expect(keys({ text: "sean o'brien" })).toEqual([COLLIDING_ENTRY.key]);
    expect(keys({ text: 'msc-ev cells' })).toEqual([SEED_ENTRY.key]);
    expect(keys({ text: 'COI statement' })).toEqual([SEED_ENTRY.key]);
    expect(keys({ text: 'special_chars' })).toEqual([HOSTILE_ENTRY.key]);
    expect(keys({ text: 'burns/therapy' })).toEqual([COLLIDING_ENTRY.key]);
    expect(keys({ text: 'mesenchymal' })).toEqual([SEED_ENTRY.key, COLLIDING_ENTRY.key]);
    expect(keys({ text: '   ' })).toHaveLength(4);
  });

  it('filters by topic, QC item, any QC item and tag', () => {
    const keys = (filter: Parameters<typeof filterEntries>[1]) => filterEntries(GOLDEN_ENTRIES, filter).map((entry) => entry.key);
    expect(keys({ topic: 'wound-healing' })).toEqual([SEED_ENTRY.key, COLLIDING_ENTRY.key]);
    expect(keys({ topic: 'skin-aging' })).toEqual([SEED_ENTRY.key]);
    expect(keys({ qc: 'qc-dose' })).toEqual([COLLIDING_ENTRY.key]);
    expect(keys({ qc: 'any' })).toEqual([SEED_ENTRY.key, COLLIDING_ENTRY.key]);
    expect(keys({ tag: 'TO READ' })).toEqual([SEED_ENTRY.key]);
    expect(keys({ tag: 'to' })).toEqual([]);
    expect(keys({ topic: 'wound-healing', qc: 'qc-isolation', text: 'cells' })).toEqual([SEED_ENTRY.key]);
  });
});

describe('countByTopic', () => {
  it('counts every topic, zero included', () => {
    expect(countByTopic(GOLDEN_ENTRIES)).toEqual({
      immunomodulation: 1,
      'atopic-dermatitis': 0,
      psoriasis: 0,
      'wound-healing': 2,
      'scar-fibrosis': 0,
      'skin-aging': 1,
      'skin-barrier': 0,
      'hair-growth': 0,
      pigmentation: 0,
    });
  });
});

describe('sortEntries', () => {
  it('sorts by added (newest first), year (newest first, none last) and title, without changing the input', () => {
    const input = [...GOLDEN_ENTRIES];
    expect(sortEntries(input, 'added').map((entry) => entry.key)).toEqual(
      [COLLIDING_ENTRY, LONG_TITLE_ENTRY, HOSTILE_ENTRY, SEED_ENTRY].map((entry) => entry.key),
    );
    expect(sortEntries(input, 'year').map((entry) => entry.key)).toEqual(
      [HOSTILE_ENTRY, SEED_ENTRY, COLLIDING_ENTRY, LONG_TITLE_ENTRY].map((entry) => entry.key),
    );
    expect(sortEntries(input, 'title').map((entry) => entry.key)).toEqual(
      // "{Evil}…" (punctuation first), "Mesenchymal Stem…" before "Mesenchymal stromal…", "vesicle0…".
      [HOSTILE_ENTRY, SEED_ENTRY, COLLIDING_ENTRY, LONG_TITLE_ENTRY].map((entry) => entry.key),
    );
    expect(input).toEqual(GOLDEN_ENTRIES);
  });
});
