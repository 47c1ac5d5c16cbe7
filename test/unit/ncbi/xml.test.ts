import { describe, expect, it } from 'vitest';
import { NcbiError, NcbiParseError } from '@/utils/ncbi/errors';
import { children, cleanText, parseXml, textOf } from '@/utils/ncbi/xml';

describe('parseXml', () => {
  it('does not expand internal entities (billion laughs stays a literal reference)', () => {
    const levels = Array.from({ length: 9 }, (_, level) => {
      const inner = `&lol${level};`.repeat(10);
      return `<!ENTITY lol${level + 1} "${inner}">`;
    }).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><PubmedArticleSet>&lol9;</PubmedArticleSet>`;
    const started = performance.now();
    const root = parseXml(bomb, ['PubmedArticleSet']).documentElement;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(textOf(root ?? undefined)).toBe('&lol9;');
  });

  it('never resolves external entities', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>x&xxe;y</a>`;
    expect(textOf(parseXml(xxe, ['a']).documentElement ?? undefined)).toBe('x&xxe;y');
  });

  it('decodes the predefined and numeric entities', () => {
    const root = parseXml('<a>R&amp;D &lt;5 &#946; &#x201C;q&#x201D;</a>', ['a']).documentElement;
    expect(textOf(root ?? undefined)).toBe('R&D <5 β “q”');
  });

  it.each([
    ['an empty body', ''],
    ['plain text', 'Service unavailable'],
    ['mismatched tags', '<PubmedArticleSet><PubmedArticle></PubmedArticleSet>'],
    ['a truncated body', '<PubmedArticleSet><PubmedArticle><MedlineCitation>'],
  ])('rejects %s with a typed NcbiParseError', (_, body) => {
    let caught: unknown;
    try {
      parseXml(body, ['PubmedArticleSet']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NcbiParseError);
    expect(caught).toBeInstanceOf(NcbiError);
    expect((caught as NcbiError).kind).toBe('parse');
    expect((caught as Error).message).toMatch(/^Malformed XML: /);
  });

  it('rejects a well-formed document of the wrong kind (e.g. an HTML error page)', () => {
    expect(() => parseXml('<html><body>Bad Gateway</body></html>', ['PubmedArticleSet'])).toThrow(
      'Expected <PubmedArticleSet> but got <html>: Bad Gateway',
    );
  });
});

describe('text helpers', () => {
  const root = parseXml('<r><sec><p>one</p><p>two <i>three</i></p><table><tr><td>cell</td></tr></table></sec></r>', ['r'])
    .documentElement;

  it('separates block elements and skips the named ones', () => {
    const sec = children(root ?? undefined, 'sec')[0];
    expect(cleanText(sec)).toBe('onetwo threecell');
    expect(cleanText(sec, { blockNames: new Set(['p']), skipNames: new Set(['table']) })).toBe('one two three');
  });

  it('returns undefined for blank or missing elements', () => {
    expect(cleanText(parseXml('<r>  \n\t </r>', ['r']).documentElement ?? undefined)).toBeUndefined();
    expect(cleanText(undefined)).toBeUndefined();
  });
});
