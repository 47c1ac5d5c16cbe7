/**
 * npm run eval -- <labelled.jsonl> [--json] [--errors]
 * Scores the analyzer and the naive baseline side by side: per-label P/R/F1 for topics and QC,
 * micro/macro F1, is_ev/is_msc accuracy, micro-F1 for ev_source and study_type.
 */
import { evaluateRecords, goldLabels, type EvalResult } from '../utils/analysis/evaluation';
import type { Prf } from '../utils/analysis/metrics';
import { parseDevRecord, type DevRecord } from '../utils/analysis/records';
import type { Labels } from '../utils/model';
import { jsonlCommand } from './lib/cli';

const USAGE = 'usage: npm run eval -- <labelled.jsonl> [--json] [--errors]';

function main(argv: string[]): number {
  const command = jsonlCommand(argv, { json: { type: 'boolean' }, errors: { type: 'boolean' } }, USAGE);
  if (typeof command === 'number') return command;
  const { file, lines: input } = command;
  const json = command.values.json === true;
  const errors = command.values.errors === true;
  const records: { record: DevRecord; gold: Labels }[] = [];
  let failed = 0;
  for (const line of input) {
    const rec = line.error ?? parseDevRecord(line.value);
    const gold = typeof rec === 'string' ? rec : goldLabels(rec);
    if (typeof rec === 'string' || typeof gold === 'string') {
      process.stderr.write(`${file}:${line.line}: ${typeof rec === 'string' ? rec : gold}\n`);
      failed++;
      continue;
    }
    records.push({ record: rec, gold });
  }
  const result = evaluateRecords(records);
  if (json) process.stdout.write(JSON.stringify({ n: records.length, analyzer: result.analyzer, baseline: result.baseline }, null, 2) + '\n');
  else printTable(result);
  if (errors) printErrors(result);
  return failed > 0 ? 1 : 0;
}

const f = (x: number) => x.toFixed(3);

function printTable(r: EvalResult): void {
  const a = r.analyzer;
  const b = r.baseline;
  const out: string[] = [`records: ${a.n}`, '', 'label                      analyzer P / R / F1        baseline P / R / F1'];
  const row = (name: string, x: Prf, y: Prf) =>
    out.push(`${name.padEnd(26)} ${f(x.precision)} ${f(x.recall)} ${f(x.f1)}  (${x.tp}/${x.fp}/${x.fn})   ${f(y.precision)} ${f(y.recall)} ${f(y.f1)}`);
  for (const [id, s] of Object.entries(a.topics.perLabel) as [string, Prf][]) row(id, s, (b.topics.perLabel as Record<string, Prf>)[id] as Prf);
  out.push('');
  for (const [id, s] of Object.entries(a.qc.perLabel) as [string, Prf][]) row(id, s, (b.qc.perLabel as Record<string, Prf>)[id] as Prf);
  out.push('', 'summary                    analyzer   baseline');
  const sum = (name: string, x: number, y: number) => out.push(`${name.padEnd(26)} ${f(x)}      ${f(y)}`);
  sum('topics macro-F1', a.topics.macroF1, b.topics.macroF1);
  sum('topics micro-F1', a.topics.micro.f1, b.topics.micro.f1);
  sum('qc micro-F1', a.qc.micro.f1, b.qc.micro.f1);
  sum('qc macro-F1', a.qc.macroF1, b.qc.macroF1);
  sum('is_ev accuracy', a.isEvAccuracy, b.isEvAccuracy);
  sum('is_msc accuracy', a.isMscAccuracy, b.isMscAccuracy);
  sum('ev_source micro-F1', a.evSource.micro.f1, b.evSource.micro.f1);
  sum('study_type micro-F1', a.studyType.micro.f1, b.studyType.micro.f1);
  process.stdout.write(out.join('\n') + '\n');
}

function printErrors(r: EvalResult): void {
  for (const p of r.predictions) {
    const diffs: string[] = [];
    for (const k of ['topics', 'ev_source', 'study_type', 'qc'] as const) {
      const g = new Set<string>(p.gold[k]);
      const q = new Set<string>(p.pred[k]);
      const miss = [...g].filter((x) => !q.has(x));
      const extra = [...q].filter((x) => !g.has(x));
      if (miss.length || extra.length) diffs.push(`${k}: -[${miss.join(',')}] +[${extra.join(',')}]`);
    }
    if (p.gold.is_ev !== p.pred.is_ev) diffs.push(`is_ev gold ${p.gold.is_ev}`);
    if (p.gold.is_msc !== p.pred.is_msc) diffs.push(`is_msc gold ${p.gold.is_msc}`);
    if (diffs.length) process.stdout.write(`${p.id}\n  ${diffs.join('\n  ')}\n`);
  }
}

process.exitCode = main(process.argv.slice(2));
