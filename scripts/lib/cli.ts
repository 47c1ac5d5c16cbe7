/** What the JSONL CLIs (analyze, eval) share: their command line and their one input file. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readJsonl, type JsonlLine } from './jsonl';

export type JsonlCommand = { file: string; values: Record<string, string | boolean | undefined>; lines: JsonlLine[] };

/**
 * The options and the input file's lines, or exit code 2 once stderr says what is wrong: an
 * unknown option, a missing value, no input file or several, a file that cannot be read.
 */
export function jsonlCommand(argv: string[], options: NonNullable<ParseArgsConfig['options']>, usage: string): JsonlCommand | number {
  let file: string;
  let values: JsonlCommand['values'];
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true });
    if (parsed.positionals.length !== 1) {
      throw new Error(parsed.positionals.length === 0 ? 'no input file' : `one input file, not ${parsed.positionals.length}`);
    }
    file = parsed.positionals[0] as string;
    values = parsed.values as JsonlCommand['values'];
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${usage}\n`);
    return 2;
  }
  const lines = readJsonl(file);
  if (typeof lines === 'string') {
    process.stderr.write(`${lines}\n`);
    return 2;
  }
  return { file, values, lines };
}
