import { describe, expect, it } from 'vitest';
import '../../../utils/analysis/analyze';
import { allocU32, allocU8 } from '../../../utils/analysis/arena';
import { applySpellingEdits, intern, stem, tokenize, words, type Tokens } from '../../../utils/analysis/matcher';
import { KB_DATA } from '../../../utils/knowledge/kb-data';
import type { CueDef } from '../../../utils/knowledge/types';
import { foldSpelling, normalize, normalizeChars } from '../../../utils/analysis/normalize';

/** The spelling fold's own trigger (normalize.ts BRIT_RE), to check the tokenizer's watch against. */
const FOLD_TRIGGER = /ae|oe|is(?:ations?|e[ds]?|ing|ers?)\b|ys(?:e[ds]?|ing)\b|our|ageing|(?:fib|cent|lit|met)re[sd]?\b/;

/** Every trigger match lies inside one of the words the tokenizer hands to the fold. */
function everyTriggerInSpellingWords(text: string): boolean {
  const words = tokenize(text).spellingWords;
  for (const m of text.matchAll(new RegExp(FOLD_TRIGGER.source, 'g'))) {
    let inside = false;
    for (let k = 0; k < words.length && !inside; k += 2) inside = (words[k] ?? 0) <= m.index && m.index + m[0].length <= (words[k + 1] ?? 0);
    if (!inside) return false;
  }
  return true;
}

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
      expect(everyTriggerInSpellingWords(text), w).toBe(true);
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
        expect(everyTriggerInSpellingWords(text), text).toBe(true);
      }
    }
    expect(triggered).toBeGreaterThan(expansions.length * 2);
  });

  it('stays quiet on American text, so the fold pass is skipped', () => {
    const t = tokenize(normalizeChars('Exosomes from adipose stem cells improved wound closure in diabetic mice.').text);
    expect(t.spellingWords).toEqual([]);
    expect(tokenize('the tumour was characterised').spellingWords).toEqual([4, 10, 15, 28]);
    expect(tokenize('a promising therapy').spellingWords).toEqual([2, 11]); // -ising: checked, not folded
  });
});

describe('applySpellingEdits', () => {
  it('moves tokens exactly where tokenising the folded text puts them', () => {
    const original = 'Background: Tumour-derived EVs were characterised; haemorrhage (e.g. A.B. 5 µg) and ageing. Methods: fibres, litres and oedema were analysed.';
    const chars = normalizeChars(original);
    const tokens = tokenize(chars.text, 'Background');
    expect(tokens.spellingWords.length).toBeGreaterThan(0);
    const edits: number[] = [];
    const folded = foldSpelling(chars, edits);
    expect(folded.text).toBe(normalize(original).text);
    expect(edits.length / 3).toBe(8);
    expect(applySpellingEdits(tokens, folded.text, edits)).toBe(true);
    sameTokens(tokens, tokenize(folded.text, 'Background'));
  });

  it('folds the same when it searches only the words the tokenizer flagged', () => {
    const pieces = ['Tumour', 'il6tumours', 'haem2aemia', 'characterised', 'analyses', 'fibre', 'promise', 'Our', 'four', '_ise', 'oedema', 'x', '5', '.', '-', ' ', 'µg', 'ageing2', 'centred'];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    let folds = 0;
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += (pieces[Math.floor(next() * pieces.length)] ?? '') + (next() < 0.6 ? ' ' : '');
      const chars = normalizeChars(text);
      const everywhere: number[] = [];
      const flaggedOnly: number[] = [];
      const a = foldSpelling(chars, everywhere);
      const b = foldSpelling(chars, flaggedOnly, tokenize(chars.text).spellingWords);
      expect(b.text, text).toBe(a.text);
      expect(b.start && [...b.start], text).toEqual(a.start && [...a.start]);
      expect(flaggedOnly, text).toEqual(everywhere);
      if (a !== chars) folds++;
    }
    expect(folds).toBeGreaterThan(100);
  });

  it('leaves text without British spellings as it is', () => {
    const chars = normalizeChars('Our four sources promise nothing.');
    const edits: number[] = [];
    expect(foldSpelling(chars, edits)).toBe(chars);
    expect(edits).toEqual([]);
  });
});

/** Every phrase the analyzer registers in its lexicon (cues, false friends, contexts, negators). */
function lexiconPhrases(): string[] {
  const cue = (c: CueDef) => (typeof c === 'string' ? c : c[0]);
  const labelled = [...KB_DATA.topics, KB_DATA.isEv, KB_DATA.isMsc, ...KB_DATA.evSources, ...KB_DATA.studyTypes, ...KB_DATA.qc];
  return [
    ...labelled.flatMap((l) => [...l.cues.map(cue), ...l.falseFriends]),
    ...KB_DATA.experimental.map(cue),
    ...KB_DATA.notes.flatMap((n) => n.cues.map(cue)),
    ...Object.values(KB_DATA.contexts).flat(),
    ...KB_DATA.negators,
  ];
}

describe('vocabulary presence filter', () => {
  it('lets every inflection of every cue word through to its vocabulary id', () => {
    const cueWords = new Set(lexiconPhrases().flatMap((p) => words(normalize(p).text)));
    expect(cueWords.size).toBeGreaterThan(500);
    let checked = 0;
    for (const w of cueWords) {
      const forms = [w, `${w}s`, ...(w.endsWith('y') ? [`${w.slice(0, -1)}ies`] : [])];
      for (const form of forms.filter((f) => stem(f) === w)) {
        const tokens = tokenize(form);
        expect(tokens.count, form).toBe(1);
        expect(tokens.id[0], form).toBe(intern(w));
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
