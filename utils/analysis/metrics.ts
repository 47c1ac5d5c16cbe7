/**
 * Evaluation metrics for the devset label shape: per-label precision/recall/F1, micro and macro
 * F1 for multi-label fields, accuracy for booleans. Pure; used by scripts/eval.ts and tests.
 */
import type { Labels } from '../model';

export type Prf = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

export function prf(tp: number, fp: number, fn: number): Prf {
  // Empty gold and empty prediction is perfect agreement, not 0/0.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export type MultiLabelScores<L extends string> = {
  perLabel: Record<L, Prf>;
  micro: Prf;
  /** Mean F1 over labels that occur in gold or prediction (labels absent from both are skipped). */
  macroF1: number;
};

export function multiLabelScores<L extends string>(gold: readonly (readonly L[])[], pred: readonly (readonly L[])[], labels: readonly L[]): MultiLabelScores<L> {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} records, prediction ${pred.length}`);
  const counts = new Map<L, { tp: number; fp: number; fn: number }>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, i) => {
    const gs = new Set(g);
    const ps = new Set(pred[i] ?? []);
    for (const l of labels) {
      const c = counts.get(l);
      if (!c) continue;
      if (gs.has(l) && ps.has(l)) c.tp++;
      else if (ps.has(l)) c.fp++;
      else if (gs.has(l)) c.fn++;
    }
  });
  const perLabel = {} as Record<L, Prf>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let macroSum = 0;
  let macroN = 0;
  for (const l of labels) {
    const c = counts.get(l) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c.tp, c.fp, c.fn);
    perLabel[l] = s;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    if (c.tp + c.fp + c.fn > 0) {
      macroSum += s.f1;
      macroN++;
    }
  }
  return { perLabel, micro: prf(tp, fp, fn), macroF1: macroN === 0 ? 1 : macroSum / macroN };
}

export function accuracy(gold: readonly boolean[], pred: readonly boolean[]): number {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} records, prediction ${pred.length}`);
  if (gold.length === 0) return 1;
  let ok = 0;
  gold.forEach((g, i) => {
    if (g === pred[i]) ok++;
  });
  return ok / gold.length;
}

export type EvalReport = {
  n: number;
  topics: MultiLabelScores<Labels['topics'][number]>;
  qc: MultiLabelScores<Labels['qc'][number]>;
  evSource: MultiLabelScores<Labels['ev_source'][number]>;
  studyType: MultiLabelScores<Labels['study_type'][number]>;
  isEvAccuracy: number;
  isMscAccuracy: number;
};

export function evaluate(
  gold: readonly Labels[],
  pred: readonly Labels[],
  ids: {
    topics: readonly Labels['topics'][number][];
    qc: readonly Labels['qc'][number][];
    evSource: readonly Labels['ev_source'][number][];
    studyType: readonly Labels['study_type'][number][];
  },
): EvalReport {
  return {
    n: gold.length,
    topics: multiLabelScores(gold.map((g) => g.topics), pred.map((p) => p.topics), ids.topics),
    qc: multiLabelScores(gold.map((g) => g.qc), pred.map((p) => p.qc), ids.qc),
    evSource: multiLabelScores(gold.map((g) => g.ev_source), pred.map((p) => p.ev_source), ids.evSource),
    studyType: multiLabelScores(gold.map((g) => g.study_type), pred.map((p) => p.study_type), ids.studyType),
    isEvAccuracy: accuracy(gold.map((g) => g.is_ev), pred.map((p) => p.is_ev)),
    isMscAccuracy: accuracy(gold.map((g) => g.is_msc), pred.map((p) => p.is_msc)),
  };
}
