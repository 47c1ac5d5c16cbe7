import { describe, expect, it } from 'vitest';
import { allocU32, allocU8 } from '../../../utils/analysis/arena';
import { applySpellingEdits, tokenize, type Tokens } from '../../../utils/analysis/matcher';
import { foldSpelling, normalize, normalizeChars } from '../../../utils/analysis/normalize';

/** The spelling fold's own trigger (normalize.ts BRIT_RE), to check the tokenizer's watch against. */
const FOLD_TRIGGER = /ae|oe|is(?:ations?|e[ds]?|ing|ers?)\b|ys(?:e[ds]?|ing)\b|our|ageing|(?:fib|cent|lit|met)re[sd]?\b/;

function sameTokens(a: Tokens, b: Tokens): void {
  expect(a.count).toBe(b.count);
  expect([...a.id.slice(0, a.count)]).toEqual([...b.id.slice(0, b.count)]);
  expect([...a.start.slice(0, a.count)]).toEqual([...b.start.slice(0, b.count)]);
  expect([...a.end.slice(0, a.count)]).toEqual([...b.end.slice(0, b.count)]);
  expect([...a.sentence.slice(0, a.count)]).toEqual([...b.sentence.slice(0, b.count)]);
  expect(a.sentenceRole).toEqual(b.sentenceRole);
}

describe('spelling watch in the tokenizer', () => {
  it('flags every word the spelling fold would look at', () => {
    // Pseudo-random words over the letters the fold patterns use, plus digits and '_' (word
    // chars for the regex's \b but not for the tokenizer).
    const letters = 'aeioursytgnbcdlmf0_';
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    let triggered = 0;
    for (let k = 0; k < 40000; k++) {
      let w = '';
      const len = 1 + Math.floor(next() * 9);
      for (let i = 0; i < len; i++) w += letters[Math.floor(next() * letters.length)];
      const text = `x ${w}. ${w}2`;
      if (!FOLD_TRIGGER.test(text)) continue;
      triggered++;
      expect(tokenize(text).spellingCandidate, w).toBe(true);
    }
    expect(triggered).toBeGreaterThan(500); // the sample really exercises the patterns
  });

  it('flags every expansion of the fold trigger inside longer words', () => {
    // Each alternative of FOLD_TRIGGER spelled out, embedded after and before other letters.
    const expansions = [
      'ae', 'oe', 'our', 'ageing',
      ...['ation', 'ations', 'e', 'ed', 'es', 'ing', 'er', 'ers'].map((s) => `is${s}`),
      ...['e', 'ed', 'es', 'ing'].map((s) => `ys${s}`),
      ...['fib', 'cent', 'lit', 'met'].flatMap((s) => [`${s}re`, `${s}res`, `${s}red`]),
    ];
    let triggered = 0;
    for (const x of expansions) {
      for (const text of [x, `organ${x}`, `${x}ly`, `un${x}ed`, `a ${x}-b`, `${x}9`]) {
        if (!FOLD_TRIGGER.test(text)) continue;
        triggered++;
        expect(tokenize(text).spellingCandidate, text).toBe(true);
      }
    }
    expect(triggered).toBeGreaterThan(expansions.length * 2);
  });

  it('stays quiet on American text, so the fold pass is skipped', () => {
    const t = tokenize(normalizeChars('Exosomes from adipose stem cells improved wound closure in diabetic mice.').text);
    expect(t.spellingCandidate).toBe(false);
    expect(tokenize('the tumour was characterised').spellingCandidate).toBe(true);
    expect(tokenize('a promising therapy').spellingCandidate).toBe(true); // -ising: checked, not folded
  });
});

describe('applySpellingEdits', () => {
  it('moves tokens exactly where tokenising the folded text puts them', () => {
    const original = 'Background: Tumour-derived EVs were characterised; haemorrhage (e.g. A.B. 5 µg) and ageing. Methods: fibres, litres and oedema were analysed.';
    const chars = normalizeChars(original);
    const tokens = tokenize(chars.text, 'Background');
    expect(tokens.spellingCandidate).toBe(true);
    const edits: number[] = [];
    const folded = foldSpelling(chars, edits);
    expect(folded.text).toBe(normalize(original).text);
    expect(edits.length / 3).toBe(8);
    expect(applySpellingEdits(tokens, folded.text, edits)).toBe(true);
    sameTokens(tokens, tokenize(folded.text, 'Background'));
  });

  it('leaves text without British spellings as it is', () => {
    const chars = normalizeChars('Our four sources promise nothing.');
    const edits: number[] = [];
    expect(foldSpelling(chars, edits)).toBe(chars);
    expect(edits).toEqual([]);
  });
});

describe('arena views', () => {
  it('hands out zero-filled, non-overlapping arrays', () => {
    const a = allocU8(100);
    const b = allocU8(100);
    a.fill(7);
    expect([...b].every((x) => x === 0)).toBe(true);
    const c = allocU32(50);
    const d = allocU32(50);
    c.fill(0xffffffff);
    expect([...d].every((x) => x === 0)).toBe(true);
    expect(allocU32(1 << 20).length).toBe(1 << 20);
  });

  it('keeps earlier views intact when a new chunk starts', () => {
    const first = allocU8(1000);
    first.fill(3);
    for (let k = 0; k < 200; k++) allocU8(1000).fill(9);
    expect([...first].every((x) => x === 3)).toBe(true);
  });
});
