/**
 * `npm test`: unit tests (vitest) then end-to-end tests (both browsers), and one plain
 * closing line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

rmSync('test-results', { recursive: true, force: true });
const unitCode = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const e2eCode = run('npx', ['tsx', 'scripts/e2e.ts']);

let passed = 0;
let failed = 0;
if (existsSync('test-results/vitest.json')) {
  const unit = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else {
  console.error('Unit tests produced no report: counted as one failure.');
  failed += 1;
}
if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as { passed: number; failed: number };
  passed += e2e.passed;
  failed += e2e.failed;
} else {
  console.error('End-to-end tests produced no report: counted as one failure.');
  failed += 1;
}
if (unitCode !== 0 && failed === 0) failed += 1; // e.g. a suite that failed to load
if (e2eCode !== 0 && failed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
