/** Loaders for the NCBI fixtures: real ones from ../shared, synthetic ones from test/fixtures/ncbi. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, readShared } from '../../shared';

export function eutilsFixture(name: string): string {
  return readShared('fixtures', 'eutils', name);
}

export function syntheticFixture(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ncbi', name), 'utf8');
}
