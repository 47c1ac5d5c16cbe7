/** The seed review (PMID 32392899): parse its PubMed page text from ../shared and check the calls. */
import { describe, expect, it } from 'vitest';
import { analyze, toLabels } from '../../../utils/analysis/analyze';
import type { ArticleInput } from '../../../utils/model';
import { readShared } from '../../shared';

function seedInput(): ArticleInput {
  const text = readShared('seed', '000_165664daff88175c.txt');
  const lines = text.split('\n').map((l) => l.trim());
  const title = lines.find((l) => l.length > 0) ?? '';
  const pmidAt = lines.findIndex((l) => l.startsWith('PMID:'));
  const abstract = lines.slice(pmidAt + 1).find((l) => l.length > 200) ?? '';
  const keywordLine = lines.find((l) => l.startsWith('Keywords:')) ?? '';
  const keywords = keywordLine.replace(/^Keywords:\s*/, '').replace(/\.$/, '').split(';').map((k) => k.trim()).filter(Boolean);
  const coiAt = lines.findIndex((l) => /^Conflict of interest statement/i.test(l));
  const coi = lines.slice(coiAt + 1).find((l) => l.length > 0) ?? '';
  return { ids: { pmid: '32392899' }, title, abstract: [{ text: abstract }], keywords, mesh: [], publicationTypes: [], coi };
}

describe('seed article', () => {
  it('is parsed from the shared page text', () => {
    const input = seedInput();
    expect(input.title).toMatch(/Exosomes for Immunomodulatory Therapeutics/);
    expect(input.keywords).toContain('hair growth');
    expect(input.coi).toMatch(/founders/);
  });

  it('yields the expected topics, facets, QC item and COI note', () => {
    const a = analyze(seedInput());
    const l = toLabels(a);
    expect(l.topics).toEqual(expect.arrayContaining(['immunomodulation', 'wound-healing', 'skin-aging', 'skin-barrier', 'hair-growth']));
    expect(l.study_type).toContain('review');
    expect(l.is_ev).toBe(true);
    expect(l.is_msc).toBe(true);
    expect(l.qc).toContain('qc-nomenclature');
    const coi = a.notes.find((n) => n.id === 'coi-industry');
    expect(coi?.evidence.map((e) => e.text).join(' ')).toMatch(/founders and stockholders/);
  });
});
