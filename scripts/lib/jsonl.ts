/** JSON Lines reading for the CLIs: every non-blank line parsed, errors kept with their line number. */
import { readFileSync } from 'node:fs';

export type JsonlLine = { line: number; value?: unknown; error?: string };

/** The file's lines, or a message saying why it cannot be read (missing, a directory, no permission). */
export function readJsonl(path: string): JsonlLine[] | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${path}: cannot read it (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code ?? String(e)})`;
  }
  const out: JsonlLine[] = [];
  // A byte-order mark (Windows editors write one) is no part of the first record.
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(line) as unknown });
    } catch (e) {
      out.push({ line: i + 1, error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` });
    }
  });
  return out;
}
