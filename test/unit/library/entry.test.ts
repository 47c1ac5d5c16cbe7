import { describe, expect, it } from 'vitest';
import type { Analysis, ArticleInput, Evidence } from '../../../utils/model';
import { entryFromArticle, entryKey, findDuplicate, mergeEntries } from '../../../utils/library/entry';
import type { LibraryEntry } from '../../../utils/library/types';
import { HOSTILE_ENTRY, SEED_ENTRY } from '../../fixtures/library/entries';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const span: Evidence = { field: 'title', index: 0, start: 0, end: 4, text: 'Test' };

// Synthetic article and analysis.
const ARTICLE: ArticleInput = {
  ids: { pmid: '123', doi: 'https://doi.org/10.1000/ABC', pmcid: 'pmc55' },
  title: 'Test vesicles for wounds',
  abstract: [
    { label: 'Background', text: 'First part.' },
    { text: 'Unlabelled part.' },
    { label: 'Empty', text: '   ' },
  ],
  keywords: ['exosome'],
  mesh: ['Wound Healing'],
  publicationTypes: ['Journal Article'],
  authors: [{ family: 'Doe', given: 'Jane', initials: 'J' }],
  journal: 'Journal of Tests',
  journalAbbrev: 'J Tests',
  year: '2024',
  volume: '3',
  pages: '10-9',
};

const ANALYSIS: Analysis = {
  kbVersion: 'kb-7',
  coverage: 'full-text',
  topics: [
    { id: 'wound-healing', confidence: 0.9, evidence: [span] },
    { id: 'scar-fibrosis', confidence: 0.5, evidence: [span] },
  ],
  facets: {
    isEv: true,
    isMsc: false,
    evSource: ['non-msc'],
    studyType: ['in-vivo'],
    evidence: { isEv: [span], isMsc: [], evSource: {}, studyType: {} },
  },
  qc: [
    { id: 'qc-nomenclature', status: 'reported', evidence: [span] },
    { id: 'qc-culture', status: 'not-found', evidence: [] },
    { id: 'qc-dose', status: 'reported', evidence: [span] },
  ],
  notes: [{ id: 'retracted', evidence: [] }],
};

function entry(overrides: Partial<LibraryEntry>): LibraryEntry {
  return { ...SEED_ENTRY, tags: [], note: '', ...overrides };
}

describe('entryFromArticle', () => {
  it('copies the metadata, joins the abstract and summarises the analysis', () => {
    const saved = entryFromArticle(ARTICLE, ANALYSIS, NOW);
    expect(saved.key).toBe('pmid:123');
    expect(saved.ids).toEqual({ pmid: '123', pmcid: 'PMC55', doi: '10.1000/abc' });
    expect(saved.abstract).toBe('Background: First part.\nUnlabelled part.');
    expect(saved.journalAbbrev).toBe('J Tests');
    expect(saved.pages).toBe('10-9');
    expect(saved.issue).toBeUndefined();
    expect(saved.exolens).toEqual({
      kbVersion: 'kb-7',
      topics: ['wound-healing', 'scar-fibrosis'],
      isEv: true,
      isMsc: false,
      evSource: ['non-msc'],
      studyType: ['in-vivo'],
      qcReported: ['qc-nomenclature', 'qc-dose'],
      coverage: 'full-text',
      notes: ['retracted'],
    });
    expect(saved).toMatchObject({ tags: [], note: '', addedAt: '2026-11-27T12:00:00.000Z', updatedAt: '2026-11-27T12:00:00.000Z' });
  });

  it('leaves the summary and abstract out when there are none, and does not share arrays with the input', () => {
    const saved = entryFromArticle({ ...ARTICLE, abstract: [] }, undefined, NOW);
    expect(saved.exolens).toBeUndefined();
    expect(saved.abstract).toBeUndefined();
    saved.keywords.push('changed');
    expect(ARTICLE.keywords).toEqual(['exosome']);
  });
});

describe('entryKey', () => {
  it('prefers PMID, then DOI, then PMCID', () => {
    expect(entryKey({ pmid: '1', doi: '10.1/x', pmcid: 'PMC2' }, 't')).toBe('pmid:1');
    expect(entryKey({ doi: '10.1/X', pmcid: 'PMC2' }, 't')).toBe('doi:10.1/x');
    expect(entryKey({ pmcid: 'PMC2' }, 't')).toBe('pmcid:PMC2');
  });

  it('hashes the normalised title when there is no identifier', () => {
    const key = entryKey({}, 'Müller’s  Exosomes: a Review');
    expect(key).toMatch(/^title:[0-9a-f]{16}$/);
    expect(entryKey({}, 'muller s exosomes a review')).toBe(key);
    expect(entryKey({}, 'Müller’s Exosomes: a second Review')).not.toBe(key);
  });
});

describe('findDuplicate', () => {
  const library = [
    entry({ key: 'pmid:1', ids: { pmid: '1', doi: '10.1/one' } }),
    entry({ key: 'doi:10.1/two', ids: { doi: '10.1/two' } }),
    entry({ key: 'pmcid:PMC3', ids: { pmcid: 'PMC3' } }),
    entry({ key: entryKey({}, 'No ids here'), ids: {}, title: 'No ids here' }),
  ];

  it('matches by PMID, then DOI case-insensitively, then PMCID', () => {
    expect(findDuplicate(library, entry({ ids: { pmid: '1' } }))?.key).toBe('pmid:1');
    expect(findDuplicate(library, entry({ ids: { doi: '10.1/ONE' } }))?.key).toBe('pmid:1');
    expect(findDuplicate(library, entry({ ids: { pmid: '2', doi: '10.1/TWO' } }))?.key).toBe('doi:10.1/two');
    expect(findDuplicate(library, entry({ ids: { pmcid: 'PMC3', pmid: '9' } }))?.key).toBe('pmcid:PMC3');
  });

  it('never merges two different PMIDs, even with the same DOI', () => {
    expect(findDuplicate(library, entry({ ids: { pmid: '5', doi: '10.1/one' } }))).toBeUndefined();
  });

  it('matches entries without identifiers by normalised title only', () => {
    expect(findDuplicate(library, entry({ ids: {}, title: 'NO IDS, here.' }))?.title).toBe('No ids here');
    expect(findDuplicate(library, entry({ ids: { pmid: '77' }, title: 'No ids here' }))).toBeUndefined();
  });
});

describe('mergeEntries', () => {
  it('keeps the user data and key, fills gaps and refreshes the summary', () => {
    const saved = entry({
      key: 'doi:10.1/m',
      ids: { doi: '10.1/m' },
      tags: ['Keep'],
      note: 'mine',
      addedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      volume: '1',
      issue: undefined,
      exolens: undefined,
    });
    const fresh = entryFromArticle({ ...ARTICLE, ids: { pmid: '123', doi: '10.1/M' }, volume: '2', issue: '7' }, ANALYSIS, NOW);
    const merged = mergeEntries(saved, { ...fresh, tags: ['keep', 'new'], note: 'theirs' });
    expect(merged.key).toBe('doi:10.1/m');
    expect(merged.ids).toEqual({ pmid: '123', doi: '10.1/m' });
    expect(merged.tags).toEqual(['Keep', 'new']);
    expect(merged.note).toBe('mine');
    expect(merged.addedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(merged.updatedAt).toBe(NOW.toISOString());
    expect(merged.volume).toBe('1');
    expect(merged.issue).toBe('7');
    expect(merged.exolens?.kbVersion).toBe('kb-7');
  });

  it('keeps the saved summary when the fresh copy has none, and takes the incoming note when there was none', () => {
    const merged = mergeEntries(entry({ note: '' }), { ...HOSTILE_ENTRY, ids: SEED_ENTRY.ids, exolens: undefined, note: 'imported' });
    expect(merged.exolens).toEqual(SEED_ENTRY.exolens);
    expect(merged.note).toBe('imported');
  });
});
