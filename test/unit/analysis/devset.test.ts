/** The devset targets: fails when the analyzer drops below them or stops beating the naive baseline. */
import { describe, expect, it } from 'vitest';
import { evaluateRecords, goldLabels } from '../../../utils/analysis/evaluation';
import { parseDevRecord } from '../../../utils/analysis/records';
import { readShared } from '../../shared';

function loadDevset() {
  return readShared('devset', 'devset.jsonl').split('\n').filter((l) => l.trim()).map((l) => {
    const record = parseDevRecord(JSON.parse(l));
    if (typeof record === 'string') throw new Error(record);
    const gold = goldLabels(record);
    if (typeof gold === 'string') throw new Error(gold);
    return { record, gold };
  });
}

describe('devset evaluation', () => {
  const { analyzer, baseline } = evaluateRecords(loadDevset());

  it('meets the targets', () => {
    expect(analyzer.n).toBe(50);
    expect(analyzer.topics.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(analyzer.qc.micro.f1).toBeGreaterThanOrEqual(0.9);
    expect(analyzer.isEvAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(analyzer.isMscAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(analyzer.studyType.micro.f1).toBeGreaterThanOrEqual(0.85);
    expect(analyzer.evSource.micro.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('is well above the naive baseline', () => {
    expect(analyzer.topics.macroF1 - baseline.topics.macroF1).toBeGreaterThan(0.1);
    expect(analyzer.qc.micro.f1 - baseline.qc.micro.f1).toBeGreaterThan(0.1);
    expect(analyzer.studyType.micro.f1).toBeGreaterThan(baseline.studyType.micro.f1);
    expect(analyzer.evSource.micro.f1).toBeGreaterThan(baseline.evSource.micro.f1);
  });
});
