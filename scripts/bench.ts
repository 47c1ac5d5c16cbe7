/**
 * `npm run bench`: the speed targets, measured (not asserted by timed tests).
 *  - analyzer: abstracts per second on one core, median and p99 per abstract, a batch of 200;
 *  - content script in real Chromium: overlay ready after start; 200 badges after their data;
 *  - library: exporting 1,000 references in each format;
 *  - bundle sizes (gzip) of the content scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAnalysisBench } from './bench-analysis';
import { runBrowserBench } from './bench-browser';
import { runLibraryBench } from './bench-library';
import { buildExtension } from './lib/build';
import { checkBrowsers } from './lib/browsers';

async function main(): Promise<void> {
  console.log('Analyzer (Node, one core):');
  console.log(JSON.stringify(await runAnalysisBench(), null, 2));

  console.log('Library: exporting 1,000 references:');
  console.log(JSON.stringify(runLibraryBench(1000), null, 2));

  buildExtension(['chromium']);
  const dir = '.output/chrome-mv3/content-scripts';
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(join(dir, file));
    // Bytes, as the 40 kB budget of issue 4 is counted (gzip -9 of each script).
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    console.log(`${file}: ${bytes.length.toLocaleString('en')} B raw, ${gzipped.toLocaleString('en')} B gzip -9 (budget 40,000)`);
  }
  // The compiled knowledge base the content scripts read from the package (not part of their budget: not script).
  const kb = readFileSync('.output/chrome-mv3/kb.bin');
  console.log(`kb.bin: ${kb.length.toLocaleString('en')} B, ${gzipSync(kb, { level: 9 }).length.toLocaleString('en')} B gzip -9`);

  if (!checkBrowsers().find((b) => b.name === 'chromium')?.present) {
    console.log('Chromium is not installed: skipping the in-browser timings (apt-get install -y chromium).');
    return;
  }
  console.log('Content script in headless Chromium:');
  console.log(JSON.stringify(await runBrowserBench(), null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
