/**
 * Text normaliser for matching: pure ASCII with Greek letters spelled out (α → alpha, µ/μ →
 * micro), dashes/spaces unified, diacritics stripped, control characters and lone surrogates
 * blanked. ASCII letters keep their case: the tokenizer and the QC patterns fold it themselves,
 * which spares a lower-cased copy of every text.
 * Every normalised character keeps the original UTF-16 unit it came from, so a match can be
 * reported as an exact slice of the input. Also the British → American word speller the
 * vocabulary uses (americanize, britishSpellings). Pure; tables are built once at module load.
 */

export type Normalized = {
  text: string;
  /**
   * Where normalised chars came from, as segments (null when text[i] came from input[i] for every
   * i: printable ASCII and one-for-one replacements such as dashes and quotes, most texts).
   * Segment k starts at normalised index segments[3k] and at original index segments[3k + 1];
   * segments[3k + 2] is 1 when it runs along the original char by char, 0 when all its chars come
   * from that one original char (an expansion: β → "beta"). Only expansions and dropped chars
   * start segments, so the map costs nothing per ordinary char.
   */
  segments: readonly number[] | null;
};

/** Original index of normalised char i (undefined past the end), see Normalized.segments. */
export function originalIndex(norm: Normalized, i: number): number | undefined {
  if (i < 0 || i >= norm.text.length) return undefined;
  const seg = norm.segments;
  if (!seg) return i;
  // Last segment starting at or before i.
  let lo = 0;
  let hi = seg.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((seg[3 * mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  const from = seg[3 * lo] ?? 0;
  const orig = seg[3 * lo + 1] ?? 0;
  return seg[3 * lo + 2] ? orig + (i - from) : orig;
}

const GREEK: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'micro', ν: 'nu', ξ: 'xi', ο: 'o', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega', ϵ: 'epsilon', ϕ: 'phi',
};

/**
 * Stand-in for every char that is not ASCII after the tables (symbols such as ± and ∆, other
 * scripts): never part of a word, as before, and it keeps normalised text pure ASCII, one byte per
 * char, which the tokenizer reads as bytes. Not a char the tokenizer or the QC patterns look for.
 */
const OTHER = '#';

/** Replacement for each code unit below 0x400 (undefined for printable ASCII, handled natively). */
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
  // What is left outside ASCII is no cue text: see OTHER.
  for (let c = 0x80; c < 0x400; c++) {
    const rep = TABLE[c];
    if (rep === undefined || /[^\x00-\x7f]/.test(rep)) TABLE[c] = OTHER;
  }
})();

/** U+FB00 … U+FB06: ff, fi, fl, ffi, ffl, long s + t, st. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];

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
  // The Latin ligatures of text taken from PDFs ("ﬁbroblasts", "ﬂow cytometry").
  if (c >= 0xfb00 && c <= 0xfb06) return LIGATURES[c - 0xfb00];
  if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xff21 + 0x61);
  if (c >= 0xff41 && c <= 0xff5a) return String.fromCharCode(c - 0xff41 + 0x61);
  if (c >= 0xd800 && c <= 0xdfff) return ' '; // surrogate halves (paired or lone) are never cue text
  return undefined;
}

/*
 * British → American spelling of one lower-cased word (tumour → tumor, polarisation →
 * polarization, ageing → aging). Only listed stems are touched: generic rules (every -ise, every
 * -our) would corrupt promise/exercise/four. Text is never rewritten: cue words are compiled in
 * American spelling and the vocabulary also knows each word's British forms (britishSpellings),
 * so "tumours" and "tumors" look up the same word.
 */
const OUR_STEMS = 'tum|col|behavi|fav|flav|od|lab|hum|vap|neighb|hon|harb|vig|rig|sav|arm|splend';
const TRE_STEMS = '(?:milli|micro|nano|centi)?(?:fib|cent|lit|met)';
/** British prefixes that lose their first "ae" / "oe" in American spelling. */
const AE_PREFIXES = ['haem', 'anaem', 'anaesth', 'paed', 'orthopaed', 'aetiol', 'gynaec', 'faec'];
const OE_PREFIXES = ['oedem', 'oesophag', 'oestr', 'foet'];
const LYS_STEMS = 'analy|paraly|dialy|cataly|hydroly|electroly|hemoly|haemoly';
const ISE_SUFFIX = '(ations?|e[ds]?|ing|ers?)';
const ISE_STEM_ENDINGS = /(?:al|ar|an|en|on|in|om|ot|et|at|ph|yl|gn|ic|il|im|er|rd|it|ol|ul|ct|ll|ur|un|or|og|es|iz)$/;
const ISE_STEM_EXCLUDED = new Set(['prom', 'comprom', 'surm', 'dem', 'prem', 'unprom']);

const BRITISH = {
  our: new RegExp(`^(${OUR_STEMS})our(.*)$`),
  tre: new RegExp(`^(${TRE_STEMS})re([sd]?)$`),
  ae: new RegExp(`^(?:${AE_PREFIXES.join('|')})`),
  oe: new RegExp(`^(?:${OE_PREFIXES.join('|')})`),
  aemi: /[a-z]aemi[ac]/,
  lys: new RegExp(`^(${LYS_STEMS})s(.*)$`),
  ise: new RegExp(`^([a-z]+)is${ISE_SUFFIX}$`),
};
/** Where an American word may have a British form: the same rules seen from the other side. */
const AMERICAN = {
  our: new RegExp(`^(${OUR_STEMS})or`),
  tre: new RegExp(`^(${TRE_STEMS})er[sd]?$`),
  ae: new RegExp(`^(?:${AE_PREFIXES.map((p) => p.replace('ae', 'e')).join('|')})`),
  oe: new RegExp(`^(?:${OE_PREFIXES.map((p) => p.replace('oe', 'e')).join('|')})`),
  emi: /[a-z]emi[ac]/,
  lys: new RegExp(`^(${LYS_STEMS})z`),
  ize: new RegExp(`^([a-z]+)iz${ISE_SUFFIX}$`),
};
/** Any of the above, or "aging": one test turns away the words with no British form (nearly all). */
const MAY_HAVE_BRITISH = new RegExp([...Object.values(AMERICAN).map((re) => re.source), 'aging'].join('|'));

export function americanize(word: string): string {
  if (word.includes('ageing')) return word.replace('ageing', 'aging');
  const our = BRITISH.our.exec(word);
  if (our) return `${our[1]}or${our[2]}`;
  const tre = BRITISH.tre.exec(word);
  if (tre) return `${tre[1]}er${tre[2]}`;
  if (BRITISH.ae.test(word)) return word.replace('ae', 'e');
  if (BRITISH.oe.test(word)) return word.replace('oe', 'e');
  if (BRITISH.aemi.test(word)) return word.replace(/aemi([ac])/, 'emi$1');
  const lys = BRITISH.lys.exec(word);
  if (lys) return `${lys[1]}z${lys[2]}`;
  const ise = BRITISH.ise.exec(word);
  if (ise) {
    const stem = ise[1] ?? '';
    const suffix = ise[2] ?? '';
    if (suffix.startsWith('ation') || (ISE_STEM_ENDINGS.test(stem) && !ISE_STEM_EXCLUDED.has(stem))) return `${stem}iz${suffix}`;
  }
  return word;
}

/**
 * Every word americanize turns into `word` (its British forms; none for most words). Each rule
 * changes one place, so undoing each rule once where the American side allows it finds them all;
 * a candidate counts only when americanize really maps it back (rules are tried in order there).
 */
export function britishSpellings(word: string): string[] {
  if (!MAY_HAVE_BRITISH.test(word)) return [];
  const edit = (at: number, removed: number, inserted: string) => word.slice(0, at) + inserted + word.slice(at + removed);
  const candidates: string[] = [];
  const aging = word.indexOf('aging');
  if (aging >= 0) candidates.push(edit(aging, 5, 'ageing'));
  const our = AMERICAN.our.exec(word);
  if (our) candidates.push(edit(our[1]?.length ?? 0, 2, 'our'));
  const tre = AMERICAN.tre.exec(word);
  if (tre) candidates.push(edit(tre[1]?.length ?? 0, 2, 're'));
  if (AMERICAN.ae.test(word)) candidates.push(edit(word.indexOf('e'), 0, 'a'));
  if (AMERICAN.oe.test(word)) candidates.push(edit(word.indexOf('e'), 0, 'o'));
  const emi = AMERICAN.emi.exec(word);
  if (emi) candidates.push(edit(emi.index + 1, 0, 'a'));
  const lys = AMERICAN.lys.exec(word);
  if (lys) candidates.push(edit(lys[1]?.length ?? 0, 1, 's'));
  const ize = AMERICAN.ize.exec(word);
  if (ize) candidates.push(edit((ize[1]?.length ?? 0) + 1, 1, 's'));
  return candidates.filter((c, i) => c !== word && candidates.indexOf(c) === i && americanize(c) === word);
}

/**
 * Anything outside printable ASCII needs the per-character path, except line feeds, which stay
 * as they are (structured abstracts have one per section).
 */
const NOT_PRINTABLE_RUN = /[^\n\x20-\x7e]+/g;

/** Replacement of one char that is not printable ASCII: ASCII, lower case (see TABLE, mapHigh). */
function replacement(c: number): string {
  return (c < 0x400 ? TABLE[c] : mapHigh(c)) ?? OTHER;
}


/**
 * Normalised text: what every matcher input goes through. Pure ASCII (see OTHER), the same length
 * as the input unless chars were expanded or dropped (see Normalized.segments). Printable ASCII
 * input comes back as it is.
 */
export function normalize(input: string): Normalized {
  NOT_PRINTABLE_RUN.lastIndex = 0;
  let m = NOT_PRINTABLE_RUN.exec(input);
  // Printable ASCII (most titles and many abstracts): nothing to do.
  if (!m) return { text: input, segments: null };
  const n = input.length;
  const parts: string[] = [];
  let segments: number[] | null = null;
  let len = 0;
  let from = 0;
  for (; m; m = NOT_PRINTABLE_RUN.exec(input)) {
    const at = m.index;
    const stop = at + m[0].length;
    if (at > from) {
      parts.push(input.slice(from, at));
      len += at - from;
    }
    for (let k = at; k < stop; k++) {
      const rep = replacement(input.charCodeAt(k));
      const r = rep.length;
      // A one-for-one replacement keeps normalised and original text in step; a dropped char
      // moves the next one, and an expansion's chars all come from its one original char.
      if (r === 0) (segments ??= [0, 0, 1]).push(len, k + 1, 1);
      else if (r > 1) (segments ??= [0, 0, 1]).push(len, k, 0, len + r, k + 1, 1);
      parts.push(rep);
      len += r;
    }
    from = stop;
  }
  if (from < n) parts.push(input.slice(from));
  return { text: parts.join(''), segments };
}

/** Original [start, end) covered by normalised [a, b). */
export function originalRange(norm: Normalized, a: number, b: number): [number, number] {
  const n = norm.text.length;
  if (b <= a || a >= n) return [0, 0];
  return [originalIndex(norm, a) ?? 0, (originalIndex(norm, Math.min(b, n) - 1) ?? -1) + 1];
}
