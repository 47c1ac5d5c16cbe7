/**
 * The analyze, eval and e2e CLIs as a user runs them (tsx, a real process): arguments, output to
 * stdout or a file, bad lines reported by number without losing the others, and clear usage errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sharedPath } from '../../shared';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const DEVSET = sharedPath('devset', 'devset.jsonl');
/** Each test starts tsx processes (about a second each, more on a busy machine). */
const PROCESSES = { timeout: 60_000 };

function run(script: 'analyze' | 'eval' | 'e2e', args: string[]) {
  const result = spawnSync(TSX, [join(REPO_ROOT, 'scripts', `${script}.ts`), ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A synthetic JSONL file in a fresh temporary directory. */
function tempFile(name: string, lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'exolens-cli-')), name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function outputLines(text: string): { id: string; labels: Record<string, unknown>; evidence: Record<string, unknown> }[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

describe('npm run analyze', PROCESSES, () => {
  it('writes one line per record to stdout when no --out is given', () => {
    const { status, stdout, stderr } = run('analyze', [DEVSET]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = outputLines(stdout);
    expect(lines).toHaveLength(50);
    const ids = readFileSync(DEVSET, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(lines.map((l) => l.id)).toEqual(ids);
    for (const line of lines) {
      expect(Object.keys(line.labels).sort()).toEqual(['ev_source', 'is_ev', 'is_msc', 'qc', 'study_type', 'topics']);
      expect(line.evidence).toBeTypeOf('object');
    }
  });

  it('writes the same lines to the --out file, with the option before or after the input', () => {
    const first = join(mkdtempSync(join(tmpdir(), 'exolens-cli-')), 'out.jsonl');
    const second = join(mkdtempSync(join(tmpdir(), 'exolens-cli-')), 'out.jsonl');
    const after = run('analyze', [DEVSET, '--out', first]);
    const before = run('analyze', [`--out=${second}`, DEVSET]);
    expect([after.status, before.status]).toEqual([0, 0]);
    expect(after.stdout + before.stdout).toBe('');
    expect(readFileSync(first, 'utf8')).toBe(run('analyze', [DEVSET]).stdout);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('reports bad lines by number, analyses the others and exits 1', () => {
    const file = tempFile('mixed.jsonl', [
      '{"id": "s1", "title": "Adipose MSC exosomes accelerate diabetic wound healing", "abstract": null, "keywords": null}',
      '{"id": "s2", "title": 7}',
      'not json',
      '',
      '{"id": 3, "title": "Exosomes", "abstract": [{"label": "Results", "text": "Exosomes were isolated by ultracentrifugation."}], "keywords": "exosome; skin"}',
    ]);
    const { status, stdout, stderr } = run('analyze', [file]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}:2: "title" must be a string`);
    expect(stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`));
    expect(stderr).toContain('2 line(s) failed');
    const lines = outputLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(['s1', '3']);
    expect(lines[0]?.labels).toMatchObject({ topics: ['wound-healing'], is_ev: true, is_msc: true });
    expect(lines[1]?.labels).toMatchObject({ qc: expect.arrayContaining(['qc-isolation', 'qc-nomenclature']) });
  });

  it('reads a file that starts with a byte-order mark', () => {
    const file = tempFile('bom.jsonl', ['\uFEFF{"id": "b1", "title": "Exosomes from MSCs"}']);
    const { status, stdout } = run('analyze', [file]);
    expect(status).toBe(0);
    expect(outputLines(stdout).map((l) => l.id)).toEqual(['b1']);
  });

  it('says what is wrong with the command line and exits 2', () => {
    for (const [args, message] of [
      [[], 'no input file'],
      [[DEVSET, DEVSET], 'one input file, not 2'],
      [[DEVSET, '--bogus'], "Unknown option '--bogus'"],
      [[DEVSET, '--out'], "Option '--out <value>' argument missing"],
    ] as [string[], string][]) {
      const { status, stdout, stderr } = run('analyze', args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr).toContain('usage: npm run analyze -- <in.jsonl> [--out <out.jsonl>]');
    }
  });

  it('says so when the input cannot be read', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'exolens-cli-')), 'missing.jsonl');
    const { status, stderr } = run('analyze', [missing]);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(`${missing}: cannot read it (no such file)`);
  });
});

describe('npm run eval', PROCESSES, () => {
  it('prints the analyzer and the baseline side by side for a labelled file', () => {
    const { status, stdout } = run('eval', [DEVSET]);
    expect(status).toBe(0);
    expect(stdout).toContain('records: 50');
    expect(stdout).toMatch(/topics macro-F1\s+1\.000\s+0\.\d{3}/);
  });

  it('prints JSON with --json, and the records it got wrong with --errors', () => {
    const json = run('eval', ['--json', DEVSET]);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as { n: number; analyzer: { topics: { macroF1: number } } };
    expect(parsed.n).toBe(50);
    const wrong = tempFile('wrong.jsonl', [
      JSON.stringify({ id: 'w1', title: 'Adipose MSC exosomes accelerate diabetic wound healing', abstract: '', labels: { topics: ['psoriasis'], is_ev: true, is_msc: true, ev_source: ['adipose-msc'], study_type: ['in-vivo'], qc: ['qc-nomenclature'] } }),
    ]);
    const errors = run('eval', [wrong, '--errors']);
    expect(errors.status).toBe(0);
    expect(errors.stdout).toContain('w1\n  topics: -[psoriasis] +[wound-healing]');
  });

  it('says what is wrong with the command line and exits 2', () => {
    const { status, stderr } = run('eval', ['--verbose', DEVSET]);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--verbose'");
    expect(stderr).toContain('usage: npm run eval -- <labelled.jsonl> [--json] [--errors]');
  });
});

describe('npm run test:e2e', PROCESSES, () => {
  // Before this check a typo ran no spec and passed ("e2e: 0 passed, 0 failed").
  it('refuses, before building anything, options that would run no spec', () => {
    for (const [args, message] of [
      [['--browser', 'chrome'], '--browser must be chromium or firefox, not "chrome"'],
      [['--grep', 'no spec has this name'], '--grep "no spec has this name" matches no spec'],
      [['--verbose'], "Unknown option '--verbose'"],
    ] as [string[], string][]) {
      const { status, stdout, stderr } = run('e2e', args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).not.toContain('built');
      expect(stderr).toContain(message);
      expect(stderr).toContain('usage: npm run test:e2e');
    }
  });
});
