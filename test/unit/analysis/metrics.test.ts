import { describe, expect, it } from 'vitest';
import { accuracy, multiLabelScores, prf } from '../../../utils/analysis/metrics';

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const s = prf(3, 1, 2);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(prf(0, 0, 0).f1).toBe(1);
    expect(prf(0, 2, 0).f1).toBe(0);
  });

  it('computes micro and macro F1 over labels', () => {
    const gold = [['a'], ['a', 'b'], []] as const;
    const pred = [['a'], ['b'], ['c']] as const;
    const s = multiLabelScores<'a' | 'b' | 'c' | 'd'>(gold as never, pred as never, ['a', 'b', 'c', 'd']);
    expect(s.perLabel.a).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.perLabel.c).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(s.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    // d never occurs: skipped; a = 2/3, b = 1, c = 0.
    expect(s.macroF1).toBeCloseTo((2 / 3 + 1 + 0) / 3);
  });

  it('computes accuracy and rejects mismatched lengths', () => {
    expect(accuracy([true, false, true], [true, true, true])).toBeCloseTo(2 / 3);
    expect(() => accuracy([true], [])).toThrow();
  });
});
