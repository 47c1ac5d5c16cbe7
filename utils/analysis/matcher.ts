/**
 * Token-level phrase matcher. Words (runs of [a-z0-9] in normalised text) are light-stemmed and
 * interned as integer ids in one vocabulary holding every word any cue uses; article words are
 * hashed straight from the text (no substring per word) and a word outside the vocabulary costs
 * one probe. Cue phrases live in a trie keyed by word ids and are matched in one left-to-right
 * pass: cost is one lookup per word plus the length of each candidate phrase, independent of the
 * number of cues. Hyphen/space/closed-up variants ("photo-aging", "photo aging", "photoaging")
 * are registered together when a phrase is added.
 */
import { normalize } from './normalize';

export type Tokens = {
  count: number;
  /** Vocabulary id of each word's stem (0 = a word no cue uses). */
  id: number[];
  /** Normalised-text offsets of each word. */
  start: number[];
  end: number[];
  /** Sentence number of each word (0-based within the field). */
  sentence: number[];
  /** Section role per sentence: 'background' for Background/Introduction headings, else ''. */
  sentenceRole: string[];
};

/** Plural folding so "exosomes"/"exosome", "studies"/"study" meet. Same rule for cues and text. */
export function stem(tok: string): string {
  const n = tok.length;
  if (n > 4 && tok.endsWith('ies')) return tok.slice(0, -3) + 'y';
  if (n >= 3 && tok.charCodeAt(n - 1) === 115 /* s */) {
    const prev = tok.charCodeAt(n - 2);
    if (prev !== 115 && prev !== 117 /* u */ && prev !== 105 /* i */) return tok.slice(0, -1);
  }
  return tok;
}

/** Stemmed words of normalised text, as strings (cue compilation and tests; not the hot path). */
export function words(norm: string): string[] {
  return (norm.match(/[a-z0-9]+/g) ?? []).map(stem);
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

// ---------------------------------------------------------------------------------------
// Vocabulary: stem string ↔ id, open addressing on a polynomial hash of the chars.

const F_NON_TERMINAL = 1;
const F_HEADING = 2;
const F_BACKGROUND_HEADING = 4;
/** Free for callers (analyze marks source-link words with it). */
export const F_USER = 8;

const vocabWords: string[] = [''];
const vocabFlags: number[] = [0];
let tableBits = 13;
/** Slot → word id (0 = empty), and the word's hash in the same slot so probes stay in one array. */
let table = new Int32Array(1 << tableBits);
let tableHash = new Int32Array(1 << tableBits);

function place(id: number): void {
  const mask = (1 << tableBits) - 1;
  const w = vocabWords[id] ?? '';
  const h = hashSpan(w, 0, w.length);
  let slot = h & mask;
  while (table[slot]) slot = (slot + 1) & mask;
  table[slot] = id;
  tableHash[slot] = h;
}

/** Id of a stemmed word, added to the vocabulary when new. */
export function intern(word: string): number {
  const found = lookupString(word);
  if (found) return found;
  const id = vocabWords.length;
  vocabWords.push(word);
  vocabFlags.push(0);
  // Load factor ≤ 1/4: most article words are not in the vocabulary and must hit an empty slot fast.
  if (id * 4 > 1 << tableBits) {
    tableBits++;
    table = new Int32Array(1 << tableBits);
    tableHash = new Int32Array(1 << tableBits);
    for (let k = 1; k < vocabWords.length; k++) place(k);
  } else place(id);
  return id;
}

function lookupString(word: string): number {
  const mask = (1 << tableBits) - 1;
  let slot = hashSpan(word, 0, word.length) & mask;
  for (;;) {
    const id = table[slot] ?? 0;
    if (!id) return 0;
    if (vocabWords[id] === word) return id;
    slot = (slot + 1) & mask;
  }
}

export function setWordFlag(word: string, flag: number): void {
  const id = intern(word);
  vocabFlags[id] = (vocabFlags[id] ?? 0) | flag;
}

export function wordFlags(id: number): number {
  return vocabFlags[id] ?? 0;
}

/** [a-z0-9] among ASCII codes. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

function hashSpan(text: string, i: number, j: number): number {
  let h = 0;
  for (let k = i; k < j; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * Id of the stem of text[i, j) without building the substring. The caller hashed the whole word
 * (h) while scanning it; plural stems ("cells" → "cell", "studies" → "stud" + "y") are rehashed.
 */
function lookupSpan(text: string, i: number, j: number, h: number): number {
  const n = j - i;
  let stemEnd = j;
  let tail = 0;
  if (n > 4 && text.charCodeAt(j - 1) === 115 && text.charCodeAt(j - 2) === 101 && text.charCodeAt(j - 3) === 105) {
    stemEnd = j - 3;
    tail = 121;
    h = (Math.imul(hashSpan(text, i, stemEnd), 31) + tail) | 0;
  } else if (n >= 3 && text.charCodeAt(j - 1) === 115) {
    const prev = text.charCodeAt(j - 2);
    if (prev !== 115 && prev !== 117 && prev !== 105) {
      stemEnd = j - 1;
      h = hashSpan(text, i, stemEnd);
    }
  }
  const len = stemEnd - i + (tail ? 1 : 0);
  const mask = (1 << tableBits) - 1;
  let slot = h & mask;
  for (;;) {
    const id = table[slot] ?? 0;
    if (!id) return 0;
    if (tableHash[slot] === h) {
      const w = vocabWords[id] ?? '';
      if (w.length === len) {
        if (!tail) {
          if (text.startsWith(w, i)) return id;
        } else {
          let k = 0;
          while (k < stemEnd - i && w.charCodeAt(k) === text.charCodeAt(i + k)) k++;
          if (k === stemEnd - i && w.charCodeAt(k) === tail) return id;
        }
      }
    }
    slot = (slot + 1) & mask;
  }
}

const NON_TERMINAL = ['e', 'i', 'al', 'vs', 'fig', 'approx', 'ca', 'dr', 'no', 'ref', 'cf', 'sp', 'spp', 'st'];
const HEADINGS = [
  'background', 'introduction', 'objective', 'objectives', 'aim', 'aims', 'purpose', 'context', 'rationale',
  'method', 'methods', 'materials', 'design', 'result', 'results', 'finding', 'findings', 'conclusion', 'conclusions',
  'significance', 'summary', 'case', 'discussion', 'interpretation', 'importance', 'observation', 'observations',
];
const BACKGROUND_HEADINGS = new Set(['background', 'introduction', 'context', 'rationale', 'importance']);
for (const w of NON_TERMINAL) setWordFlag(w, F_NON_TERMINAL);
// A stemmed word is a heading when it or it + "s" is one ("materials" → "material").
for (const w of HEADINGS) {
  setWordFlag(w, F_HEADING);
  if (w.endsWith('s')) setWordFlag(w.slice(0, -1), F_HEADING);
}
for (const w of BACKGROUND_HEADINGS) setWordFlag(w, F_BACKGROUND_HEADING);

const labelRoles = new Map<string, string>();

function labelRole(sectionLabel: string | undefined): string {
  if (!sectionLabel) return '';
  let role = labelRoles.get(sectionLabel);
  if (role === undefined) {
    role = BACKGROUND_HEADINGS.has(normalize(sectionLabel).text.trim().split(/\W+/)[0] ?? '') ? 'background' : '';
    if (labelRoles.size < 256) labelRoles.set(sectionLabel, role);
  }
  return role;
}

/** Tokenise normalised text into word ids with offsets and sentence numbers. */
export function tokenize(norm: string, sectionLabel?: string): Tokens {
  const n = norm.length;
  // Plain arrays: small typed arrays cost more to create than to fill, and on megabyte fields
  // growing packed arrays measured faster than preallocated typed ones.
  const id: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentence: number[] = [];
  const sentenceRole: string[] = [labelRole(sectionLabel)];
  let count = 0;
  let sent = 0;
  let pendingBreak = false;
  let pendingHeading = -1;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c >= 128 || !WORD_CHAR[c]) {
      if (count > 0) {
        if (c === 10) pendingBreak = true;
        else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= n || norm.charCodeAt(i + 1) === 32 || norm.charCodeAt(i + 1) === 10)) {
          // Initials ("A.B."), "e.g.", "et al." do not end a sentence.
          const prevStart = start[count - 1] ?? 0;
          const prevEnd = end[count - 1] ?? 0;
          const initial = prevEnd - prevStart === 1 && norm.charCodeAt(prevStart) >= 97;
          if (c !== 46 || !(wordFlags(id[count - 1] ?? 0) & F_NON_TERMINAL || initial)) pendingBreak = true;
        } else if (c === 58 && headingOpensSentence(id, sentence, count, sent)) {
          pendingBreak = true;
          pendingHeading = id[count - 1] ?? 0;
        }
      }
      i++;
      continue;
    }
    // Scan the word and hash it on the way.
    let h = c;
    let j = i + 1;
    for (; j < n; j++) {
      const d = norm.charCodeAt(j);
      if (d >= 128 || !WORD_CHAR[d]) break;
      h = (Math.imul(h, 31) + d) | 0;
    }
    if (pendingBreak) {
      sent++;
      const prevRole = sentenceRole[sent - 1] ?? '';
      sentenceRole[sent] = pendingHeading >= 0 ? (wordFlags(pendingHeading) & F_BACKGROUND_HEADING ? 'background' : '') : prevRole;
      pendingBreak = false;
      pendingHeading = -1;
    }
    id.push(lookupSpan(norm, i, j, h));
    start.push(i);
    end.push(j);
    sentence.push(sent);
    count++;
    i = j;
  }
  return { count, id, start, end, sentence, sentenceRole };
}

/** A heading is one or two words opening a sentence and followed by ':'. */
function headingOpensSentence(id: number[], sentence: number[], count: number, sent: number): boolean {
  if (!(wordFlags(id[count - 1] ?? 0) & F_HEADING)) return false;
  let words = 0;
  for (let k = count - 1; k >= 0 && sentence[k] === sent && words <= 3; k--) words++;
  return words <= 3;
}

// ---------------------------------------------------------------------------------------
// Trie over word ids: node 0 is the root. Root edges are a dense array indexed by word id (most
// article words miss there); deeper edges live in one Map keyed by node * 2^16 + word id, which
// stays a small integer (no boxed-number hashing) for the KB's few thousand nodes.

const EDGE_BASE = 1 << 16;

export type Match = { id: number; t0: number; t1: number };

export class Lexicon {
  private readonly ids: (number[] | null)[] = [null];
  private rootEdge = new Int32Array(1024);
  private readonly edges = new Map<number, number>();

  /** Register a phrase under an id; returns false when the phrase has no word tokens. */
  add(phrase: string, id: number): boolean {
    const toks = words(normalize(phrase).text);
    if (toks.length === 0) return false;
    for (const variant of joinVariants(toks)) this.insert(variant.map(intern), id);
    return true;
  }

  private insert(toks: number[], id: number): void {
    let node = 0;
    for (const t of toks) {
      if (t >= EDGE_BASE) throw new Error('Lexicon: more than 65536 distinct cue words');
      let next = node === 0 ? (this.rootEdge[t] ?? 0) : (this.edges.get(node * EDGE_BASE + t) ?? 0);
      if (!next) {
        next = this.ids.length;
        this.ids.push(null);
        if (node === 0) {
          if (t >= this.rootEdge.length) {
            const grown = new Int32Array(Math.max(t + 1, this.rootEdge.length * 2));
            grown.set(this.rootEdge);
            this.rootEdge = grown;
          }
          this.rootEdge[t] = next;
        } else this.edges.set(node * EDGE_BASE + t, next);
      }
      node = next;
    }
    const list = this.ids[node] ?? [];
    if (!list.includes(id)) list.push(id);
    this.ids[node] = list;
  }

  /**
   * All phrase occurrences into `out` (cleared first), ordered by first token, then end token,
   * then id: (id, first token, end token exclusive).
   */
  match(tokens: Tokens, out: MatchBuffer): void {
    out.count = 0;
    const n = tokens.count;
    const tid = tokens.id;
    const root = this.rootEdge;
    for (let i = 0; i < n; i++) {
      const first = tid[i] ?? 0;
      if (!first || first >= root.length) continue;
      let node = root[first] ?? 0;
      let k = i;
      while (node) {
        const ids = this.ids[node];
        if (ids) for (const id of ids) out.push(id, i, k + 1);
        if (k + 1 >= n) break;
        k++;
        const next = tid[k] ?? 0;
        node = next ? (this.edges.get(node * EDGE_BASE + next) ?? 0) : 0;
      }
    }
  }
}

/** Growable parallel arrays of matches (reused across calls: no object per match). */
export class MatchBuffer {
  count = 0;
  id = new Int32Array(256);
  t0 = new Int32Array(256);
  t1 = new Int32Array(256);

  push(id: number, t0: number, t1: number): void {
    if (this.count === this.id.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.id = grow(this.id);
      this.t0 = grow(this.t0);
      this.t1 = grow(this.t1);
    }
    this.id[this.count] = id;
    this.t0[this.count] = t0;
    this.t1[this.count] = t1;
    this.count++;
  }
}

/** "photo aging" → [photo, aging], [photoaging]; up to 4 tokens get every join combination. */
function joinVariants(toks: string[]): string[][] {
  if (toks.length === 1 || toks.length > 4) return [toks];
  const out: string[][] = [];
  const gaps = toks.length - 1;
  for (let mask = 0; mask < 1 << gaps; mask++) {
    const v: string[] = [];
    let cur = toks[0] ?? '';
    for (let g = 0; g < gaps; g++) {
      const nextTok = toks[g + 1] ?? '';
      if (mask & (1 << g)) cur += nextTok;
      else {
        v.push(cur);
        cur = nextTok;
      }
    }
    v.push(cur);
    out.push(v.map(stem));
  }
  return out;
}
