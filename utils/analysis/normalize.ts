/**
 * Text normaliser for matching: lower-case, Greek letters spelled out (α → alpha, µ/μ → micro),
 * dashes/spaces unified, diacritics stripped, control characters and lone surrogates blanked,
 * and the common British spellings folded to American (tumour → tumor, polarisation →
 * polarization, ageing → aging). Every normalised character keeps the [start, end) range of the
 * original UTF-16 units it came from, so a match can be reported as an exact slice of the input.
 * Pure and allocation-light: tables and the one spelling regex are built once at module load.
 */

import { allocU32 } from './arena';

export type Normalized = {
  text: string;
  /**
   * start[i]: the original UTF-16 unit that produced normalised char i. Every normalised char comes
   * from exactly one original unit, so its original range is [start[i], start[i] + 1). null when
   * the map is the identity (printable ASCII with no spelling fold: most titles and keywords).
   */
  start: Uint32Array | null;
};

/** Original index of normalised char i (undefined past the end), see Normalized.start. */
export function originalIndex(norm: Normalized, i: number): number | undefined {
  if (norm.start) return norm.start[i];
  return i >= 0 && i < norm.text.length ? i : undefined;
}

const GREEK: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'micro', ν: 'nu', ξ: 'xi', ο: 'o', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega', ϵ: 'epsilon', ϕ: 'phi',
};

/** Replacement for each code unit below 0x400 (undefined = keep the lower-cased char). */
const TABLE: (string | undefined)[] = new Array(0x400);
(function buildTable() {
  for (let c = 0; c < 0x400; c++) {
    const ch = String.fromCharCode(c);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) TABLE[c] = c === 0x0a || c === 0x0d ? '\n' : ' ';
    else if (c >= 0x41 && c <= 0x5a) TABLE[c] = ch.toLowerCase();
    else if (c >= 0xc0 && c < 0x250) {
      const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      TABLE[c] = folded;
    } else if (c >= 0x300 && c < 0x370) TABLE[c] = ''; // combining marks: drop
    else if (c >= 0x370 && c < 0x400) {
      const lower = ch.toLowerCase();
      TABLE[c] = GREEK[lower] ?? lower;
    }
  }
  const special: Record<number, string> = {
    0xa0: ' ', 0xad: '', 0xb5: 'micro', 0xd7: 'x', 0xb0: ' deg ', 0xdf: 'ss', 0xe6: 'ae', 0xc6: 'ae',
    0x153: 'oe', 0x152: 'oe', 0xf8: 'o', 0xd8: 'o', 0x142: 'l', 0x141: 'l', 0x111: 'd', 0x110: 'd',
    0xb2: '2', 0xb3: '3', 0xb9: '1', 0xba: 'o', 0xaa: 'a',
    // Capital Beta and Kappa in biomedical text are nearly always Latin look-alikes ("NFκΒ").
    0x392: 'b', 0x39a: 'k',
  };
  for (const [code, rep] of Object.entries(special)) TABLE[Number(code)] = rep;
})();

function mapHigh(c: number): string | undefined {
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d || c === 0x2043) return '-';
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029) return ' ';
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) return '';
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d) return '"';
  if (c >= 0x2070 && c <= 0x2079) return c === 0x2070 ? '0' : String(c - 0x2070);
  if (c === 0x2103) return ' deg c';
  if (c === 0x2126) return 'omega';
  if (c === 0x2264) return '<=';
  if (c === 0x2265) return '>=';
  if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xff21 + 0x61);
  if (c >= 0xff41 && c <= 0xff5a) return String.fromCharCode(c - 0xff41 + 0x61);
  if (c >= 0xd800 && c <= 0xdfff) return ' '; // surrogate halves (paired or lone) are never cue text
  return undefined;
}

/**
 * British → American folding. Only listed stems are touched: generic rules (every -ise, every
 * -our) would corrupt promise/exercise/four.
 */
/** Spots where a British spelling may sit; the whole word around each spot is then checked. */
const BRIT_RE = /ae|oe|is(?:ations?|e[ds]?|ing|ers?)\b|ys(?:e[ds]?|ing)\b|our|ageing|(?:fib|cent|lit|met)re[sd]?\b/g;

/**
 * BRIT_RE spelled out for the tokenizer, which watches each word for these so that foldSpelling
 * runs only on texts where it can find something: every BRIT_RE match contains an infix, or ends
 * its word with a suffix. Keep the two in step.
 */
export const SPELLING_INFIXES = ['ae', 'oe', 'our', 'ageing'];
export const SPELLING_SUFFIXES = [
  ...['isation', 'isations', 'ise', 'ised', 'ises', 'ising', 'iser', 'isers', 'yse', 'ysed', 'yses', 'ysing'],
  ...['fib', 'cent', 'lit', 'met'].flatMap((stem) => [`${stem}re`, `${stem}res`, `${stem}red`]),
];

const ISE_STEM_ENDINGS = /(?:al|ar|an|en|on|in|om|ot|et|at|ph|yl|gn|ic|il|im|er|rd|it|ol|ul|ct|ll|ur|un|or|og|es|iz)$/;
const ISE_STEM_EXCLUDED = new Set(['prom', 'comprom', 'surm', 'dem', 'prem', 'unprom']);

function americanize(word: string): string {
  if (word.includes('ageing')) return word.replace('ageing', 'aging');
  const our = /^(tum|col|behavi|fav|flav|od|lab|hum|vap|neighb|hon|harb|vig|rig|sav|arm|splend)our(.*)$/.exec(word);
  if (our) return `${our[1]}or${our[2]}`;
  const tre = /^((?:milli|micro|nano|centi)?(?:fib|cent|lit|met))re([sd]?)$/.exec(word);
  if (tre) return `${tre[1]}er${tre[2]}`;
  if (/^(haem|anaem|anaesth|paed|orthopaed|aetiol|gynaec|faec)/.test(word)) return word.replace('ae', 'e');
  if (/^(oedem|oesophag|oestr|foet)/.test(word)) return word.replace('oe', 'e');
  if (/[a-z]aemi[ac]/.test(word)) return word.replace(/aemi([ac])/, 'emi$1');
  const lys = /^(analy|paraly|dialy|cataly|hydroly|electroly|hemoly|haemoly)s(.*)$/.exec(word);
  if (lys) return `${lys[1]}z${lys[2]}`;
  const ise = /^([a-z]+)is(ations?|e[ds]?|ing|ers?)$/.exec(word);
  if (ise) {
    const stem = ise[1] ?? '';
    const suffix = ise[2] ?? '';
    if (suffix.startsWith('ation') || (ISE_STEM_ENDINGS.test(stem) && !ISE_STEM_EXCLUDED.has(stem))) return `${stem}iz${suffix}`;
  }
  return word;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Anything outside printable ASCII needs the per-character path. */
const NOT_PRINTABLE_RUN = /[^\x20-\x7e]+/g;

/** Writes from, from + 1, …, to - 1 into map at offset `at` (the offset map of a copied run). */
function writeIdentity(map: Uint32Array, at: number, from: number, to: number): void {
  for (let k = from; k < to; k++) map[at++] = k;
}

function growU32(a: Uint32Array, need: number): Uint32Array {
  if (need <= a.length) return a;
  const b = allocU32(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Normalised text with the spelling fold applied: what every matcher input goes through. */
export function normalize(input: string): Normalized {
  return foldSpelling(normalizeChars(input));
}

/**
 * Everything but the spelling fold. The analyzer tokenises this first and folds only when the
 * tokenizer saw a word that may be British (Tokens.spellingWords), which most texts lack.
 */
export function normalizeChars(input: string): Normalized {
  const n = input.length;
  let text: string;
  let s: Uint32Array | null;
  NOT_PRINTABLE_RUN.lastIndex = 0;
  let m = NOT_PRINTABLE_RUN.exec(input);
  // Printable ASCII (most abstracts' titles and many abstracts): lower-casing is the whole job and
  // the offset map is the identity.
  if (!m) {
    text = input.toLowerCase();
    s = null;
  } else {
    // Printable-ASCII runs are lower-cased natively; only the other characters go through the
    // tables one by one.
    const parts: string[] = [];
    // Room for some expansions (µ → micro, α → alpha) before the map has to grow.
    let map: Uint32Array = allocU32(n + (n >> 3) + 16);
    let len = 0;
    let from = 0;
    for (; m; m = NOT_PRINTABLE_RUN.exec(input)) {
      const at = m.index;
      const stop = at + m[0].length;
      if (at > from) {
        parts.push(input.slice(from, at).toLowerCase());
        if (len + at - from > map.length) map = growU32(map, len + n - from + 16);
        writeIdentity(map, len, from, at);
        len += at - from;
      }
      let chunk = '';
      for (let k = at; k < stop; k++) {
        const c = input.charCodeAt(k);
        let rep = c < 0x400 ? TABLE[c] : mapHigh(c);
        if (rep === undefined) {
          const lower = String.fromCharCode(c).toLowerCase();
          rep = lower.length === 1 ? lower : String.fromCharCode(c);
        }
        const r = rep.length;
        if (r === 0) continue;
        if (len + r > map.length) map = growU32(map, len + r + n - k);
        for (let j = 0; j < r; j++) map[len++] = k;
        chunk += rep;
      }
      parts.push(chunk);
      from = stop;
    }
    if (from < n) {
      parts.push(input.slice(from).toLowerCase());
      if (len + n - from > map.length) map = growU32(map, len + n - from);
      writeIdentity(map, len, from, n);
      len += n - from;
    }
    text = parts.join('');
    s = map.subarray(0, len);
  }

  return { text, start: s };
}

/**
 * BRIT_RE anchored where the search starts: a lazy run of the tokenizer's word chars [a-z0-9], then
 * the pattern (group 1). It searches one tokenizer word and never runs on into the rest of the text.
 */
const BRIT_IN_WORD = new RegExp(`[a-z0-9]*?(${BRIT_RE.source})`, 'y');

/** End of the last spot nextSpellingSpot found, and its place in the word list (module-level: folding is synchronous). */
let spotEnd = 0;
let wordCursor = 0;

/**
 * Start of the first BRIT_RE match at or after `from` (its end in spotEnd), -1 when none. With
 * `words` (flat [start, end) pairs in order, see Tokens.spellingWords) only those words are
 * searched, in order: every match lies inside one of them, so the result is the same.
 */
function nextSpellingSpot(text: string, from: number, words: readonly number[] | undefined): number {
  if (!words) {
    BRIT_RE.lastIndex = from;
    const m = BRIT_RE.exec(text);
    spotEnd = BRIT_RE.lastIndex;
    return m ? m.index : -1;
  }
  for (; wordCursor < words.length; wordCursor += 2) {
    if ((words[wordCursor + 1] ?? 0) <= from) continue;
    BRIT_IN_WORD.lastIndex = Math.max(words[wordCursor] ?? 0, from);
    const m = BRIT_IN_WORD.exec(text);
    if (m) {
      spotEnd = BRIT_IN_WORD.lastIndex;
      return spotEnd - (m[1]?.length ?? 0);
    }
  }
  return -1;
}

/**
 * British spellings folded to American (see americanize). Returns `norm` itself when nothing
 * changes. Each respelled word is appended to `edits` as (start, old length, new length) in
 * `norm.text` coordinates, so tokens found before the fold can be moved instead of recomputed.
 * `words`: the tokenizer's spelling candidates (Tokens.spellingWords), to search only those.
 */
export function foldSpelling(norm: Normalized, edits?: number[], words?: readonly number[]): Normalized {
  let text = norm.text;
  let s = norm.start;
  wordCursor = 0;
  let spot = nextSpellingSpot(text, 0, words);
  if (spot >= 0) {
    const len = text.length;
    // Printable ASCII so far: read the identity map, keep null unless a word is respelled.
    let map = s;
    if (!map) {
      map = allocU32(len);
      writeIdentity(map, 0, 0, len);
    }
    let outS: Uint32Array | null = null;
    const pieces: string[] = [];
    let from = 0;
    let outLen = 0;
    while (spot >= 0) {
      let at = spot;
      let stop = spotEnd;
      while (at > from && isLetter(text.charCodeAt(at - 1))) at--;
      while (stop < len && isLetter(text.charCodeAt(stop))) stop++;
      const word = text.slice(at, stop);
      const rep = americanize(word);
      if (rep !== word) {
        outS ??= allocU32(len);
        pieces.push(text.slice(from, at));
        outS.set(map.subarray(from, at), outLen);
        outLen += at - from;
        // Align by common prefix and suffix; dropped characters vanish from the map.
        let p = 0;
        while (p < rep.length && p < word.length && rep[p] === word[p]) p++;
        let q = 0;
        while (q < rep.length - p && q < word.length - p && rep[rep.length - 1 - q] === word[word.length - 1 - q]) q++;
        for (let j = 0; j < rep.length; j++) {
          const src = j < p ? at + j : j >= rep.length - q ? at + word.length - (rep.length - j) : at + Math.min(j, word.length - 1);
          outS[outLen++] = map[src] ?? 0;
        }
        pieces.push(rep);
        edits?.push(at, word.length, rep.length);
        from = at + word.length;
      }
      spot = nextSpellingSpot(text, stop, words);
    }
    if (outS) {
      pieces.push(text.slice(from, len));
      outS.set(map.subarray(from, len), outLen);
      outLen += len - from;
      text = pieces.join('');
      s = outS.subarray(0, outLen);
      return { text, start: s };
    }
  }
  return norm;
}

/** Original [start, end) covered by normalised [a, b). */
export function originalRange(norm: Normalized, a: number, b: number): [number, number] {
  const n = norm.text.length;
  if (b <= a || a >= n) return [0, 0];
  return [originalIndex(norm, a) ?? 0, (originalIndex(norm, Math.min(b, n) - 1) ?? -1) + 1];
}
