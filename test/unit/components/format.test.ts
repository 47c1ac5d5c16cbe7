import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../utils/knowledge';
import {
  authorsShort,
  confidenceLabel,
  entryRef,
  formatBytes,
  formatCount,
  formatPercent,
  shortTopicLabel,
  truncateText,
} from '../../../components/shared/format';
import { makeEntry } from './analysis-fixture';

describe('shared formatters', () => {
  it('formats byte sizes in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.5 kB');
    expect(formatBytes(2_100_000)).toBe('2.1 MB');
    expect(formatBytes(45_600_000)).toBe('46 MB');
  });

  it('formats counts and percentages', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatPercent(0.834)).toBe('83%');
    expect(formatPercent(1.2)).toBe('100%');
  });

  it('buckets confidence', () => {
    expect(confidenceLabel(0.9)).toBe('high');
    expect(confidenceLabel(0.75)).toBe('high');
    expect(confidenceLabel(0.6)).toBe('medium');
    expect(confidenceLabel(0.2)).toBe('low');
  });

  it('derives a non-empty short label from every KB topic label', () => {
    for (const topic of TOPICS) {
      const short = shortTopicLabel(topic.id);
      expect(short.length).toBeGreaterThan(0);
      expect(topic.label.startsWith(short)).toBe(true);
    }
  });

  it('writes author lists the NLM way', () => {
    expect(authorsShort([])).toBe('');
    expect(authorsShort([{ family: 'Ha', initials: 'DH' }])).toBe('Ha DH');
    expect(authorsShort([{ family: 'Ha', given: 'Dae Hyun' }, { collective: 'The Skin Consortium' }])).toBe('Ha DH, The Skin Consortium');
    expect(authorsShort([{ family: 'A', initials: 'B' }, { family: 'C' }, { family: 'D' }])).toBe('A B et al.');
  });

  it('names an entry by PMID, else DOI, else its key', () => {
    expect(entryRef(makeEntry({ key: 'pmid:1', title: 't', ids: { pmid: '1', doi: '10.1/x' } }))).toBe('1');
    expect(entryRef(makeEntry({ key: 'doi:10.1/x', title: 't', ids: { doi: '10.1/x' } }))).toBe('10.1/x');
    expect(entryRef(makeEntry({ key: 'title:abc', title: 't' }))).toBe('title:abc');
  });

  it('truncates at a word boundary', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });
});
