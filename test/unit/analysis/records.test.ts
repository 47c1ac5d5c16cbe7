/** Devset-style records: what the CLIs accept, and the messages for what they cannot. */
import { describe, expect, it } from 'vitest';
import { devRecordToInput, parseDevRecord } from '../../../utils/analysis/records';

describe('parseDevRecord', () => {
  it('reads a devset record as it is', () => {
    expect(parseDevRecord({ id: 'pmid:1', title: 'T', abstract: 'A.', keywords: ['k'], labels: { topics: [] } }))
      .toEqual({ id: 'pmid:1', title: 'T', abstract: 'A.', keywords: ['k'], labels: { topics: [] } });
  });

  it('reads null or missing title, abstract and keywords as empty: an article without them is still analysed', () => {
    expect(parseDevRecord({ id: 'a', title: null, abstract: null, keywords: null })).toEqual({ id: 'a', title: '', abstract: '', keywords: [], labels: undefined });
    expect(parseDevRecord({ id: 'a' })).toEqual({ id: 'a', title: '', abstract: '', keywords: [], labels: undefined });
  });

  it('takes a numeric id as its digits', () => {
    expect(parseDevRecord({ id: 32392899, title: 'T' })).toMatchObject({ id: '32392899' });
  });

  it('joins a structured abstract given as sections into "Label: text" lines', () => {
    const record = parseDevRecord({ id: 'a', title: 'T', abstract: [{ label: 'BACKGROUND', text: 'Wounds.' }, { text: 'No label.' }, 'Plain.'] });
    expect(record).toMatchObject({ abstract: 'BACKGROUND: Wounds.\nNo label.\nPlain.' });
  });

  it('splits keywords given as one "a; b" string', () => {
    expect(parseDevRecord({ id: 'a', title: 'T', keywords: 'exosome; wound healing ;; skin' })).toMatchObject({ keywords: ['exosome', 'wound healing', 'skin'] });
  });

  it('names the field that has the wrong type', () => {
    expect(parseDevRecord([])).toBe('not a JSON object');
    expect(parseDevRecord({ title: 'T' })).toMatch(/"id"/);
    expect(parseDevRecord({ id: '', title: 'T' })).toMatch(/"id"/);
    expect(parseDevRecord({ id: Number.NaN, title: 'T' })).toMatch(/"id"/);
    expect(parseDevRecord({ id: 'a', title: 5 })).toMatch(/"title"/);
    expect(parseDevRecord({ id: 'a', abstract: 5 })).toMatch(/"abstract"/);
    expect(parseDevRecord({ id: 'a', abstract: [{ label: 'x' }] })).toMatch(/"abstract"/);
    expect(parseDevRecord({ id: 'a', keywords: ['a', 1] })).toMatch(/"keywords"/);
  });

  it('turns a record into the analyzer input: the abstract as one section, none when empty', () => {
    expect(devRecordToInput({ id: 'a', title: 'T', abstract: 'A.', keywords: ['k'] })).toMatchObject({ title: 'T', abstract: [{ text: 'A.' }], keywords: ['k'] });
    expect(devRecordToInput({ id: 'a', title: 'T', abstract: '', keywords: [] }).abstract).toEqual([]);
  });
});
