/**
 * What the extension's own sources (what the build bundles) must never hold, read line by line:
 * - HTML sinks. Titles, abstracts and every other page or NCBI text are attacker-controlled:
 *   ExoLens renders them as text (Preact text nodes, textContent, DOM ranges), never as HTML.
 *   `web-ext lint` warns about innerHTML in the built scripts: that is Preact's own code for
 *   `dangerouslySetInnerHTML`, which this test keeps unused.
 * - Code from strings or from the network (MV3 forbids remote code; the stores reject it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../shared';

const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`]|\bimport\s*\(\s*['"`]https?:|<script[^>]+src\s*=\s*['"]https?:|unsafe-eval/;
const HTML_SINKS = /\b(?:dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write(?:ln)?)\b|\bsrcdoc\s*=/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const FILES = [...SOURCE_DIRS.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir))), join(REPO_ROOT, 'wxt.config.ts')];

/** file:line: text of every line that matches. */
function linesMatching(re: RegExp): string[] {
  return FILES.flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (re.test(line) ? [`${relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('the sources read', () => {
  it('are the ones the extension is built from', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(FILES.some((f) => f.endsWith(join('components', 'overlay', 'Overlay.tsx')))).toBe(true);
    expect(FILES.some((f) => f.endsWith(join('entrypoints', 'background', 'index.ts')))).toBe(true);
  });
});

describe('HTML sinks', () => {
  it('finds none in them', () => {
    expect(linesMatching(HTML_SINKS)).toEqual([]);
  });

  it('would find one', () => {
    for (const line of ['el.innerHTML = title;', '<div dangerouslySetInnerHTML={{ __html: abstract }} />', "node.insertAdjacentHTML('beforeend', x)", 'iframe.srcdoc = page']) {
      expect(HTML_SINKS.test(line), line).toBe(true);
    }
    expect(HTML_SINKS.test('el.textContent = title;')).toBe(false);
  });
});

describe('code from strings or the network', () => {
  it('finds none in them, nor a content security policy that would allow it', () => {
    expect(linesMatching(CODE_FROM_STRINGS)).toEqual([]);
  });

  it('would find it', () => {
    for (const line of ['eval(text)', 'const f = new Function("a", body);', "setTimeout('run()', 10)", "await import('https://cdn.example/x.js')", '<script src="https://cdn.example/x.js"></script>', "content_security_policy: \"script-src 'self' 'unsafe-eval'\""]) {
      expect(CODE_FROM_STRINGS.test(line), line).toBe(true);
    }
    expect(CODE_FROM_STRINGS.test('setTimeout(run, 10); evaluate(x); retrieval(y)')).toBe(false);
  });
});
