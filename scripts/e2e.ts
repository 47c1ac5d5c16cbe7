/**
 * End-to-end tests: builds the extension, then runs every spec in real headless Chromium
 * and Firefox on recorded NCBI pages served at their real URLs.
 *   npm run test:e2e [-- --browser chromium|firefox] [--grep text] [--no-build]
 * A missing browser is said plainly; under CI it fails the run (never a silent skip).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runSpec, type Spec, type SpecResult } from '../test/e2e/harness/runner';
import type { BrowserName } from '../test/e2e/harness/types';
import { ALL_SPECS } from '../test/e2e/specs';
import { buildExtension } from './lib/build';
import { checkBrowsers } from './lib/browsers';

const USAGE = 'usage: npm run test:e2e [-- --browser chromium|firefox] [--grep text] [--no-build]';
const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The options, or a message saying what is wrong with them (a typo must not run nothing and pass). */
function readOptions(argv: string[]): { onlyBrowser?: BrowserName; grep?: string; build: boolean } | string {
  try {
    const { values } = parseArgs({ args: argv, options: { browser: { type: 'string' }, grep: { type: 'string' }, 'no-build': { type: 'boolean' } } });
    const onlyBrowser = values.browser as BrowserName | undefined;
    if (onlyBrowser !== undefined && !BROWSERS.includes(onlyBrowser)) return `--browser must be ${BROWSERS.join(' or ')}, not "${onlyBrowser}"`;
    const grep = values.grep;
    if (grep !== undefined && !ALL_SPECS.some((spec) => spec.name.includes(grep) && (!onlyBrowser || spec.browsers.includes(onlyBrowser)))) {
      return `--grep "${grep}" matches no spec${onlyBrowser ? ` that runs on ${onlyBrowser}` : ''}`;
    }
    return { onlyBrowser, grep, build: !values['no-build'] };
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const options = readOptions(process.argv.slice(2));
if (typeof options === 'string') {
  console.error(`${options}\n${USAGE}`);
  process.exit(2);
}
const { onlyBrowser, grep, build } = options;

async function main(): Promise<number> {
  const browsers = checkBrowsers().filter((b) => !onlyBrowser || b.name === onlyBrowser);
  const missing = browsers.filter((b) => !b.present);
  for (const b of missing) {
    console.error(`E2E: ${b.name} is not installed (${b.path} missing); its end-to-end tests cannot run. Install it: ${b.install}`);
  }
  const usable = browsers.filter((b) => b.present).map((b) => b.name);
  if (build) buildExtension(usable);

  const specs: Spec[] = ALL_SPECS.filter((spec) => !grep || spec.name.includes(grep));
  const results: SpecResult[] = [];
  for (const browser of usable) {
    for (const spec of specs.filter((s) => s.browsers.includes(browser))) {
      const result = await runSpec(browser, spec);
      results.push(result);
      const mark = result.ok ? '✓' : '✗';
      console.log(`${mark} [${browser}] ${spec.name} (${(result.ms / 1000).toFixed(1)} s)`);
      if (!result.ok) console.log(`    ${result.error?.split('\n').join('\n    ')}`);
    }
  }
  // A browser that could not run counts as one failure per spec it would have run.
  const notRun = missing.flatMap((b) => specs.filter((s) => s.browsers.includes(b.name)).map((s) => ({ browser: b.name, name: s.name })));
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (process.env.CI ? notRun.length : 0);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/e2e.json', JSON.stringify({ passed, failed, notRun, results }, null, 2));
  console.log(`e2e: ${passed} passed, ${failed} failed${notRun.length ? `, ${notRun.length} not run (browser missing${process.env.CI ? ', counted as failed under CI' : ''})` : ''}`);
  return failed > 0 || (missing.length > 0 && process.env.CI) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
