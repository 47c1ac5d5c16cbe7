/** JSON Lines reading for the CLIs: every non-blank line parsed, errors kept with their line number. */
import { readFileSync } from 'node:fs';

export type JsonlLine = { line: number; value?: unknown; error?: string };

export function readJsonl(path: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(text) as unknown });
    } catch (e) {
      out.push({ line: i + 1, error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` });
    }
  });
  return out;
}
