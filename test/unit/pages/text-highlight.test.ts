import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../../utils/model';
import { highlightEvidence } from '../../../utils/pages/highlight';
import { extractPubmedArticle } from '../../../utils/pages/pubmed-article';
import { extractText, joinMaps, piecesFor, rangeFor, sliceMap, splitMap } from '../../../utils/pages/text';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../../shared';
import { join } from 'node:path';
import { expectMapMatchesDom } from './helpers';
import { parseHtml } from './parse';

function fragment(html: string): Element {
  return parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
}

function evidenceFor(text: string, field: Evidence['field'], index: number, phrase: string): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { field, index, start, end: start + phrase.length, text: phrase };
}

describe('extractText', () => {
  test('collapses whitespace, trims, separates blocks, skips scripts, styles and hidden helpers', () => {
    const root = fragment(`
      <p>  Mesenchymal&nbsp;stem\n\n cells </p><p>release <b>exo</b>somes</p>
      <script>var x = "not text";</script><style>p{}</style>
      <span hidden>Item in Clipboard</span><svg><text>icon</text></svg>
      <ul><li>one</li><li>two</li></ul>`);
    expect(extractText(root).text).toBe('Mesenchymal stem cells release exosomes one two');
  });

  test('every reported character maps to the DOM character it came from', () => {
    const root = fragment('<p> A  <i>b</i>\tc<br>d <b> e </b>f </p>');
    const { text, map } = extractText(root);
    expect(text).toBe('A b c d e f');
    expectMapMatchesDom(map);
    // The virtual space for <br> maps to nothing; the others map to real whitespace.
    expect(piecesFor(map, 5, 6)).toEqual([]);
    const pieces = piecesFor(map, 2, 9);
    expect(pieces.map((piece) => piece.node.data.slice(piece.startOffset, piece.endOffset)).join('|')).toBe('b|\tc|d |e');
    expect(rangeFor(map, 5, 6)).toBeNull();
  });

  test('rangeFor gives a DOM Range over the span (in the live test document)', () => {
    document.body.innerHTML = '<p id="r">Exosomes <b>from</b>   MSCs</p>';
    const { text, map } = extractText(document.getElementById('r')!);
    expect(text).toBe('Exosomes from MSCs');
    const range = rangeFor(map, 4, 15)!;
    expect(range.toString()).toBe('omes from   M');
    document.body.innerHTML = '';
  });

  test('exclude leaves out given elements (a structured-abstract label)', () => {
    const root = fragment('<p><strong class="sub-title">Background:</strong> Skin aging is driven by UV.</p>');
    const { text } = extractText(root.querySelector('p')!, { exclude: [root.querySelector('strong')!] });
    expect(text).toBe('Skin aging is driven by UV.');
  });

  test('split, slice and join keep exact maps', () => {
    const root = fragment('<p><strong>Keywords:</strong> MSC-exosomes; <i>hair</i> growth; wound healing.</p><p>second</p>');
    const p = root.querySelector('p')!;
    const { map } = extractText(p, { exclude: [p.querySelector('strong')!] });
    const parts = splitMap(map, /;/);
    expect(parts.map((part) => part.text)).toEqual(['MSC-exosomes', 'hair growth', 'wound healing']);
    parts.forEach(expectMapMatchesDom);
    const hair = parts[1]!;
    expect(piecesFor(hair, 0, hair.text.length).map((piece) => piece.node.data.slice(piece.startOffset, piece.endOffset))).toEqual(['hair', ' growth']);
    const joined = joinMaps([sliceMap(map, 0, 12), extractText(root.querySelectorAll('p')[1]!).map]);
    expect(joined.text).toBe('MSC-exosomes second');
    expectMapMatchesDom(joined);
  });
});

describe('highlightEvidence', () => {
  test('a span crossing <b> is wrapped per text node and clear() restores the DOM exactly', () => {
    const root = fragment('<h1 class="heading-title"><b>Exosomes</b> from adipose stem cells improve <b>skin</b> wound healing</h1>');
    const doc = root.ownerDocument;
    const h1 = root.querySelector('h1')!;
    const before = root.innerHTML;
    const nodesBefore = [...h1.childNodes].flatMap((n) => [n, ...n.childNodes]);
    const { text, map } = extractText(h1);
    const evidence = [evidenceFor(text, 'title', 0, 'stem cells improve skin wound'), evidenceFor(text, 'title', 0, 'Exosomes from')];
    const result = highlightEvidence(doc, { 'title:0': map }, evidence);

    expect(result.count).toBe(2);
    const marks = [...root.querySelectorAll('mark.exolens-mark[data-exolens-highlight]')];
    expect(marks.map((m) => m.textContent)).toEqual(['Exosomes', ' from', 'stem cells improve ', 'skin', ' wound']);
    expect(result.first).toBe(marks[0]);
    expect(extractText(h1).text).toBe(text);

    result.clear();
    expect(root.innerHTML).toBe(before);
    const nodesAfter = [...h1.childNodes].flatMap((n) => [n, ...n.childNodes]);
    expect(nodesAfter).toEqual(nodesBefore);
    // The original map still points at live nodes: highlighting again works.
    const again = highlightEvidence(doc, { 'title:0': map }, evidence);
    expect(again.count).toBe(2);
    again.clear();
    expect(root.innerHTML).toBe(before);
  });

  test('overlapping spans in one node merge; spans without a source or with stale text are skipped', () => {
    const root = fragment('<p>Exosomes were isolated by ultracentrifugation at 100,000 g.</p>');
    const p = root.querySelector('p')!;
    const before = root.innerHTML;
    const { text, map } = extractText(p);
    const result = highlightEvidence(root.ownerDocument, { 'abstract:0': map }, [
      evidenceFor(text, 'abstract', 0, 'isolated by ultracentrifugation'),
      evidenceFor(text, 'abstract', 0, 'ultracentrifugation at 100,000 g'),
      evidenceFor(text, 'fullText', 3, 'Exosomes'),
      { field: 'abstract', index: 0, start: 0, end: 8, text: 'Vesicles' },
    ]);
    expect(result.count).toBe(2); // of 4: the unsourced and the stale span are left out
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['isolated by ultracentrifugation at 100,000 g']);
    result.clear();
    expect(root.innerHTML).toBe(before);
  });

  test('nothing highlighted: no marks, no first', () => {
    const root = fragment('<p>text</p>');
    const result = highlightEvidence(root.ownerDocument, {}, [{ field: 'coi', index: 0, start: 0, end: 4, text: 'text' }]);
    expect(result.count).toBe(0);
    expect(result.first).toBeUndefined();
  });

  test('hostile page text stays text when extracted and highlighted', () => {
    const html = readFileSync(join(REPO_ROOT, 'test/fixtures/pages/pubmed-hostile-synthetic.html'), 'utf8');
    const doc = parseHtml(html);
    const { input, sources } = extractPubmedArticle(doc);
    expect(input.title).toBe('Exosomes <img src=x onerror=window.__exolensPwned=1> for skin <script>window.__exolensPwned=2</script> repair');
    const abstract = input.abstract[0]!.text;
    expect(abstract).toContain("<script>document.title='pwned'</script>");
    const imagesBefore = doc.querySelectorAll('img, script').length;
    const result = highlightEvidence(doc, sources, [
      evidenceFor(input.title, 'title', 0, '<img src=x onerror=window.__exolensPwned=1>'),
      evidenceFor(abstract, 'abstract', 0, "<script>document.title='pwned'</script>"),
    ]);
    expect(result.count).toBe(2);
    expect(doc.querySelectorAll('img, script').length).toBe(imagesBefore);
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<img src=x onerror=window.__exolensPwned=1>', "<script>document.title='pwned'</script>"]);
    result.clear();
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });
});
