import { describe, expect, it } from 'vitest';
import '../../../utils/analysis/analyze';
import { allocU32, allocU8 } from '../../../utils/analysis/arena';
import { intern, restartTokens, surfaceForms, tokenize, words } from '../../../utils/analysis/matcher';
import { americanize, britishSpellings, normalize } from '../../../utils/analysis/normalize';
import { lexiconPhrases } from './helpers';

/** Vocabulary id the tokenizer gives a single word (0: no cue uses it). */
function idOf(word: string): number {
  const t = tokenize(normalize(word).text);
  expect(t.to - t.from, word).toBe(1);
  return t.id[t.from] ?? 0;
}

describe('British spellings as vocabulary aliases', () => {
  it('gives a British word the id of its American spelling', () => {
    const pairs = [
      ['tumours', 'tumors'], ['polarisation', 'polarization'], ['photoageing', 'photoaging'], ['characterised', 'characterized'],
      ['haematopoietic', 'hematopoietic'], ['oedema', 'edema'], ['analysed', 'analyzed'], ['fibres', 'fibers'],
      ['lyophilisation', 'lyophilization'], ['leukaemia', 'leukemia'], ['colour', 'color'], ['randomised', 'randomized'],
    ];
    let known = 0;
    for (const [british, american] of pairs) {
      expect(idOf(british ?? ''), british).toBe(idOf(american ?? ''));
      if (idOf(american ?? '')) known++;
    }
    expect(known).toBeGreaterThan(4); // the pairs really reach cue words
  });

  it('leaves look-alikes alone: promise, exercise and four are not respelled', () => {
    for (const w of ['promise', 'exercise', 'four', 'hours', 'surmise']) expect(britishSpellings(w)).toEqual([]);
    for (const w of ['promise', 'exercise', 'four']) expect(americanize(w)).toBe(w);
  });

  it('finds exactly the words americanize maps back', () => {
    expect(britishSpellings('tumor').sort()).toEqual(['tumour']);
    expect(britishSpellings('characterized')).toEqual(['characterised']);
    expect(britishSpellings('anemia').sort()).toEqual(['anaemia']);
    expect(britishSpellings('photoaging')).toEqual(['photoageing']);
    for (const w of ['polarization', 'hemorrhage', 'edema', 'analyze', 'fiber', 'liters', 'hematopoietic']) {
      const british = britishSpellings(w);
      expect(british.length, w).toBeGreaterThan(0);
      for (const b of british) expect(americanize(b), b).toBe(w);
    }
  });

  it('looks every word up as its American spelling would be (cue words, their forms, random words)', () => {
    const cueWords = [...new Set(lexiconPhrases().flatMap((p) => words(p)))];
    const forms = cueWords.flatMap(surfaceForms);
    const british = forms.flatMap((f) => britishSpellings(f));
    expect(british.length).toBeGreaterThan(30);
    // Pseudo-random words over the letters the spelling rules look at.
    const pieces = ['tum', 'our', 'or', 'is', 'iz', 'ation', 'ed', 'es', 'ing', 'er', 'ae', 'oe', 'haem', 'anaem', 'oed', 'lys', 'analy', 'fib', 're', 'ageing', 'al', 'ys', 's', 'y', 'ies', 'col'];
    let seed = 99;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const random = Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    let folded = 0;
    let nonZero = 0;
    for (const w of [...forms, ...british, ...random]) {
      const id = idOf(w);
      expect(id, w).toBe(idOf(americanize(w)));
      if (americanize(w) !== w) folded++;
      if (id) nonZero++;
    }
    expect(folded).toBeGreaterThan(500);
    expect(nonZero).toBeGreaterThan(cueWords.length);
  });
});

describe('word caches (short words, and words of 7 to 12 chars)', () => {
  it('forget what they knew when the vocabulary grows', () => {
    for (const word of ['qzxv', 'qzxvwkpjb', 'qzxvwkpjbfgh']) {
      expect(idOf(word)).toBe(0); // now cached as "no cue word"
      const id = intern(word);
      expect(id).toBeGreaterThan(0);
      expect(idOf(word)).toBe(id);
      expect(idOf(`${word}s`)).toBe(id);
    }
  });

  it('tell apart long words that share their first six chars and their length', () => {
    const a = intern('qzxvwkcell');
    expect(idOf('qzxvwkcell')).toBe(a);
    expect(idOf('qzxvwkcelx')).toBe(0);
    expect(idOf('qzxvwkcell')).toBe(a);
    expect(idOf('QZXVWKCELL')).toBe(a);
  });
});

describe('token storage', () => {
  it('keeps each text\'s tokens apart until the analyzer starts over', () => {
    restartTokens();
    const a = tokenize(normalize('Exosomes heal wounds.').text);
    const b = tokenize(normalize('Skin ageing in mice.').text);
    expect([a.from, a.to]).toEqual([0, 3]);
    expect([b.from, b.to]).toEqual([3, 7]);
    expect([...a.id.subarray(a.from, a.to)]).toEqual([idOf('exosome'), idOf('heal'), idOf('wound')]);
  });

  it('starts a larger pool for a text longer than the room left', () => {
    restartTokens();
    const small = tokenize('stem cells');
    const big = tokenize('cell '.repeat(100_000));
    expect(big.to - big.from).toBe(100_000);
    expect(big.id).not.toBe(small.id);
    expect(small.id[small.from]).toBe(idOf('stem'));
  });
});

describe('vocabulary presence filter', () => {
  it('lets every inflection of every cue word through to its vocabulary id', () => {
    const cueWords = new Set(lexiconPhrases().flatMap((p) => words(p)));
    expect(cueWords.size).toBeGreaterThan(500);
    let checked = 0;
    for (const w of cueWords) {
      for (const form of surfaceForms(w)) {
        const tokens = tokenize(form);
        expect(tokens.to - tokens.from, form).toBe(1);
        expect(tokens.id[tokens.from], form).toBe(intern(w));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(cueWords.size);
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

describe('suffix aliases (KB suffixAliases)', () => {
  it('reads an abbreviation coined on a known word as that word, in any case and length', () => {
    const ev = idOf('EVs');
    expect(ev).toBeGreaterThan(0);
    for (const w of ['LpEVs', 'mEVs', 'CaEVs', 'hucmscevs', 'PLATELETEVS']) expect(idOf(w), w).toBe(ev);
    const exo = idOf('Exos');
    expect(exo).toBeGreaterThan(0);
    for (const w of ['HExos', 'GExos']) expect(idOf(w), w).toBe(exo);
  });

  it('leaves vocabulary words with the ending, the ending alone and other words as they are', () => {
    expect(idOf('sEVs')).toBe(idOf('sEV'));
    expect(idOf('sEVs')).not.toBe(idOf('EVs'));
    expect(idOf('evs')).toBe(idOf('ev'));
    expect(idOf('levels')).not.toBe(idOf('EVs'));
    expect(idOf('reviews')).not.toBe(idOf('EVs'));
  });
});
