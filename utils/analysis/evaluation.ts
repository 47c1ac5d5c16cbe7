/**
 * Scores the analyzer and the naive baseline against labelled devset-style records. Pure (no
 * I/O) so both `npm run eval` and the devset target test use the same code.
 */
import type { EvSource, Labels, QcId, StudyType, TopicId } from '../model';
import { KB_LABELS } from '../knowledge/kb-labels';
import { analyze, toLabels } from './analyze';
import { baselineLabels } from './baseline';
import { evaluate, type EvalReport } from './metrics';
import { devRecordToInput, type DevRecord } from './records';

export const LABEL_IDS = {
  topics: KB_LABELS.topics.map((t) => t.id) as TopicId[],
  qc: KB_LABELS.qc.map((q) => q.id) as QcId[],
  evSource: KB_LABELS.evSources.map((s) => s.id) as EvSource[],
  studyType: KB_LABELS.studyTypes.map((s) => s.id) as StudyType[],
};

/** Gold labels of a record, or a message when they are missing or malformed. */
export function goldLabels(r: DevRecord): Labels | string {
  const l = r.labels as Partial<Labels> | undefined;
  if (!l || typeof l !== 'object') return 'missing "labels"';
  const arr = (x: unknown) => Array.isArray(x) && x.every((v) => typeof v === 'string');
  if (!arr(l.topics) || !arr(l.ev_source) || !arr(l.study_type) || !arr(l.qc)) return 'labels need topics, ev_source, study_type and qc arrays';
  if (typeof l.is_ev !== 'boolean' || typeof l.is_msc !== 'boolean') return 'labels need boolean is_ev and is_msc';
  return l as Labels;
}

export type EvalResult = { analyzer: EvalReport; baseline: EvalReport; predictions: { id: string; gold: Labels; pred: Labels }[] };

export function evaluateRecords(records: { record: DevRecord; gold: Labels }[]): EvalResult {
  const gold = records.map((r) => r.gold);
  const pred = records.map((r) => toLabels(analyze(devRecordToInput(r.record))));
  const base = records.map((r) => baselineLabels(devRecordToInput(r.record)));
  return {
    analyzer: evaluate(gold, pred, LABEL_IDS),
    baseline: evaluate(gold, base, LABEL_IDS),
    predictions: records.map((r, i) => ({ id: r.record.id, gold: r.gold, pred: pred[i] as Labels })),
  };
}
