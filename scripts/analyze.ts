/**
 * npm run analyze -- <in.jsonl> [--out <out.jsonl>]
 * Reads devset-style records ({id, title, abstract, keywords?}) and writes one line per record:
 * {id, labels, evidence}. Bad lines are reported on stderr with their line number; the run goes
 * on and exits 1 at the end if any line failed.
 */
import { writeFileSync } from 'node:fs';
import { analyze, toLabels } from '../utils/analysis/analyze';
import { devRecordToInput, parseDevRecord } from '../utils/analysis/records';
import { jsonlCommand } from './lib/cli';

const USAGE = 'usage: npm run analyze -- <in.jsonl> [--out <out.jsonl>]';

function main(argv: string[]): number {
  const command = jsonlCommand(argv, { out: { type: 'string' } }, USAGE);
  if (typeof command === 'number') return command;
  const { file, lines: input } = command;
  const outPath = typeof command.values.out === 'string' ? command.values.out : undefined;
  const lines: string[] = [];
  let failed = 0;
  for (const line of input) {
    const rec = line.error ?? parseDevRecord(line.value);
    if (typeof rec === 'string') {
      process.stderr.write(`${file}:${line.line}: ${rec}\n`);
      failed++;
      continue;
    }
    const a = analyze(devRecordToInput(rec));
    const evidence = {
      topics: Object.fromEntries(a.topics.map((t) => [t.id, t.evidence])),
      is_ev: a.facets.evidence.isEv,
      is_msc: a.facets.evidence.isMsc,
      ev_source: a.facets.evidence.evSource,
      study_type: a.facets.evidence.studyType,
      qc: Object.fromEntries(a.qc.filter((q) => q.status === 'reported').map((q) => [q.id, q.evidence])),
    };
    lines.push(JSON.stringify({ id: rec.id, labels: toLabels(a), evidence }));
  }
  const body = lines.length > 0 ? lines.join('\n') + '\n' : '';
  if (outPath) writeFileSync(outPath, body);
  else process.stdout.write(body);
  if (failed > 0) process.stderr.write(`${failed} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
