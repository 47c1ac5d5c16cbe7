/**
 * Text normaliser for matching: lower-case, Greek letters spelled out (α → alpha, µ/μ → micro),
 * dashes/spaces unified, diacritics stripped, control characters and lone surrogates blanked,
 * and the common British spellings folded to American (tumour → tumor, polarisation →
 * polarization, ageing → aging). Every normalised character keeps the [start, end) range of the
 * original UTF-16 units it came from, so a match can be reported as an exact slice of the input.
 * Pure and allocation-light: tables and the one spelling regex are built once at module load.
 */

export type Normalized = {
  text: string;
  /** start[i] / end[i]: original UTF-16 range that produced normalised char i. */
  start: Uint32Array;
  end: Uint32Array;
};

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

/** 1 for ASCII code units that pass through unchanged (the common case, copied in runs). */
const PASS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) PASS[c] = TABLE[c] === undefined ? 1 : 0;

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

function growU32(a: Uint32Array, need: number): Uint32Array {
  if (need <= a.length) return a;
  const b = new Uint32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export function normalize(input: string): Normalized {
  const n = input.length;
  let start: Uint32Array = new Uint32Array(n + 16);
  let end: Uint32Array = new Uint32Array(n + 16);
  const parts: string[] = [];
  let chunk = '';
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    // Fast path: a run of characters that pass through unchanged (lower-case ASCII, digits,
    // punctuation) is copied as one slice.
    if (c < 0x80 && PASS[c]) {
      let j = i + 1;
      while (j < n) {
        const d = input.charCodeAt(j);
        if (d >= 0x80 || !PASS[d]) break;
        j++;
      }
      start = growU32(start, len + j - i);
      end = growU32(end, len + j - i);
      for (let k = i; k < j; k++) {
        start[len] = k;
        end[len] = k + 1;
        len++;
      }
      if (chunk) parts.push(chunk);
      parts.push(input.slice(i, j));
      chunk = '';
      i = j - 1;
      continue;
    }
    let rep: string | undefined;
    if (c < 0x400) {
      rep = TABLE[c];
      if (rep === undefined) rep = String.fromCharCode(c).toLowerCase();
    } else {
      rep = mapHigh(c);
      if (rep === undefined) {
        const lower = String.fromCharCode(c).toLowerCase();
        rep = lower.length === 1 ? lower : String.fromCharCode(c);
      }
    }
    const k = rep.length;
    if (k === 0) continue;
    start = growU32(start, len + k);
    end = growU32(end, len + k);
    for (let j = 0; j < k; j++) {
      start[len + j] = i;
      end[len + j] = i + 1;
    }
    len += k;
    chunk += rep;
    if (chunk.length > 4096) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  let text = parts.join('');
  let s: Uint32Array = start.subarray(0, len);
  let e: Uint32Array = end.subarray(0, len);

  // Spelling fold: rebuild only when something matched (American text pays one regex scan).
  BRIT_RE.lastIndex = 0;
  let m = BRIT_RE.exec(text);
  if (m) {
    const outS = new Uint32Array(len);
    const outE = new Uint32Array(len);
    const pieces: string[] = [];
    let from = 0;
    let outLen = 0;
    const copy = (a: number, b: number) => {
      pieces.push(text.slice(a, b));
      outS.set(s.subarray(a, b), outLen);
      outE.set(e.subarray(a, b), outLen);
      outLen += b - a;
    };
    while (m) {
      let at = m.index;
      let stop = BRIT_RE.lastIndex;
      while (at > from && isLetter(text.charCodeAt(at - 1))) at--;
      while (stop < text.length && isLetter(text.charCodeAt(stop))) stop++;
      BRIT_RE.lastIndex = stop;
      const word = text.slice(at, stop);
      const rep = americanize(word);
      if (rep !== word) {
        copy(from, at);
        // Align by common prefix and suffix; dropped characters vanish from the map.
        let p = 0;
        while (p < rep.length && p < word.length && rep[p] === word[p]) p++;
        let q = 0;
        while (q < rep.length - p && q < word.length - p && rep[rep.length - 1 - q] === word[word.length - 1 - q]) q++;
        for (let j = 0; j < rep.length; j++) {
          const src = j < p ? at + j : j >= rep.length - q ? at + word.length - (rep.length - j) : at + Math.min(j, word.length - 1);
          outS[outLen] = s[src] ?? 0;
          outE[outLen] = e[src] ?? 0;
          outLen++;
        }
        pieces.push(rep);
        from = at + word.length;
      }
      m = BRIT_RE.exec(text);
    }
    copy(from, text.length);
    text = pieces.join('');
    s = outS.subarray(0, outLen);
    e = outE.subarray(0, outLen);
  }
  return { text, start: s, end: e };
}

/** Original [start, end) covered by normalised [a, b). */
export function originalRange(norm: Normalized, a: number, b: number): [number, number] {
  if (b <= a || a >= norm.start.length) return [0, 0];
  return [norm.start[a] ?? 0, norm.end[Math.min(b, norm.end.length) - 1] ?? 0];
}
