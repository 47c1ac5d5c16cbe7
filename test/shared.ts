/**
 * Where the third-party test data lives: ../shared beside the clone (read-only, never
 * copied into the project). EXOLENS_SHARED overrides it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = process.env.EXOLENS_SHARED ?? resolve(REPO_ROOT, '../shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readShared(...parts: string[]): string {
  const file = sharedPath(...parts);
  if (!existsSync(file)) {
    throw new Error(`Test data missing: ${file}. The tests read ../shared beside the clone (set EXOLENS_SHARED to move it).`);
  }
  return readFileSync(file, 'utf8');
}
