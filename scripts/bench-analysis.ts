/**
 * Analyzer throughput on one core: devset abstracts analysed repeatedly after a warm-up.
 * Reports abstracts/s, median and p99 time per abstract, the time for a batch of 200, a 1 MB
 * abstract, and the peak heap growth. `runAnalysisBench()` is what `npm run bench` calls.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/analysis/analyze';
import { devRecordToInput, parseDevRecord } from '../utils/analysis/records';
import type { ArticleInput } from '../utils/model';

export type Result = {
  records: number;
  iterations: number;
  abstractsPerSecond: number;
  /**
   * The same run cut into rounds of 1,000 abstracts: abstracts/s of the slowest, median and
   * fastest round. On a shared machine the spread shows how much of the figure is the host.
   */
  roundsPerSecond: { slowest: number; median: number; fastest: number };
  medianMs: number;
  p99Ms: number;
  batch200Ms: number;
  /** A 1 MB abstract: the first one the process sees (buffers grow), then the median of five more. */
  oneMegabyteFirstMs: number;
  oneMegabyteMs: number;
  peakHeapDeltaMb: number;
};

const SHARED = process.env.EXOLENS_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

function loadInputs(): ArticleInput[] {
  const text = readFileSync(resolve(SHARED, 'devset/devset.jsonl'), 'utf8');
  const out: ArticleInput[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = parseDevRecord(JSON.parse(line));
    if (typeof r !== 'string') out.push(devRecordToInput(r));
  }
  return out;
}

const WARM_UP_ANALYSES = 10_000;

export async function runAnalysisBench(iterations = 200): Promise<Result> {
  const inputs = loadInputs();
  // Warm-up: 10,000 analyses. V8 keeps compiling and re-optimising the analyzer's functions for
  // about the first 7,000 (seen with --trace-opt --trace-deopt), on the second core, so a shorter
  // warm-up measures the compiler along with the analyzer.
  for (let i = 0; i < WARM_UP_ANALYSES; i += inputs.length) for (const x of inputs) analyze(x);
  const heapStart = process.memoryUsage().heapUsed;
  let heapPeak = heapStart;
  const times: number[] = [];
  const roundRates: number[] = [];
  const ROUND = 20; // iterations: 1,000 abstracts of the 50-record devset
  const t0 = performance.now();
  let roundStart = t0;
  for (let it = 0; it < iterations; it++) {
    for (const x of inputs) {
      const s = performance.now();
      analyze(x);
      times.push(performance.now() - s);
    }
    if ((it + 1) % ROUND === 0) {
      const now = performance.now();
      roundRates.push(Math.round((ROUND * inputs.length * 1000) / (now - roundStart)));
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      roundStart = performance.now();
    }
  }
  roundRates.sort((a, b) => a - b);
  const total = performance.now() - t0;
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  times.sort((a, b) => a - b);
  const batch = Array.from({ length: 200 }, (_, i) => inputs[i % inputs.length] as ArticleInput);
  const b0 = performance.now();
  for (const x of batch) analyze(x);
  const batch200Ms = performance.now() - b0;
  const big = (inputs[0]?.abstract[0]?.text ?? 'exosome ') + ' ';
  const mb = big.repeat(Math.ceil(1_000_000 / big.length)).slice(0, 1_000_000);
  const mbTimes: number[] = [];
  for (let k = 0; k < 6; k++) {
    const m0 = performance.now();
    analyze({ ids: {}, title: 'x', abstract: [{ text: mb }], keywords: [], mesh: [], publicationTypes: [] });
    mbTimes.push(performance.now() - m0);
  }
  const oneMegabyteFirstMs = mbTimes[0] ?? 0;
  const warm = mbTimes.slice(1).sort((a, b) => a - b);
  await Promise.resolve();
  return {
    records: inputs.length,
    iterations,
    abstractsPerSecond: Math.round((times.length / total) * 1000),
    roundsPerSecond: {
      slowest: roundRates[0] ?? 0,
      median: roundRates[Math.floor(roundRates.length / 2)] ?? 0,
      fastest: roundRates[roundRates.length - 1] ?? 0,
    },
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
    batch200Ms,
    oneMegabyteFirstMs,
    oneMegabyteMs: warm[Math.floor(warm.length / 2)] ?? 0,
    peakHeapDeltaMb: (heapPeak - heapStart) / 1e6,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runAnalysisBench().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
