/**
 * Titles, abstracts and every other page or NCBI text are attacker-controlled: ExoLens renders
 * them as text (Preact text nodes, textContent, DOM ranges), never as HTML. This reads the
 * extension's own sources (what the build bundles) for the DOM's HTML sinks, so that one cannot
 * creep in. `web-ext lint` warns about innerHTML in the built scripts: that is Preact's own code
 * for `dangerouslySetInnerHTML`, which this test keeps unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../shared';

const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const HTML_SINKS = /\b(?:dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write(?:ln)?)\b|\bsrcdoc\s*=/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('HTML sinks', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir)));

  it('reads the sources the extension is built from', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join('components', 'overlay', 'Overlay.tsx')))).toBe(true);
  });

  it('finds none in them', () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (HTML_SINKS.test(line) ? [`${relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('would find one', () => {
    for (const line of ['el.innerHTML = title;', '<div dangerouslySetInnerHTML={{ __html: abstract }} />', "node.insertAdjacentHTML('beforeend', x)", 'iframe.srcdoc = page']) {
      expect(HTML_SINKS.test(line), line).toBe(true);
    }
    expect(HTML_SINKS.test('el.textContent = title;')).toBe(false);
  });
});
