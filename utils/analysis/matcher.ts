/**
 * Token-level phrase matcher. Words (runs of [a-z0-9] in normalised text) are light-stemmed and
 * interned as integer ids in one vocabulary holding every word any cue uses; article words are
 * hashed straight from the text (no substring per word) and a word outside the vocabulary costs
 * one probe. Cue phrases live in a trie keyed by word ids and are matched in one left-to-right
 * pass: cost is one lookup per word plus the length of each candidate phrase, independent of the
 * number of cues. Hyphen/space/closed-up variants ("photo-aging", "photo aging", "photoaging")
 * are registered together when a phrase is added.
 */
import { allocU32 } from './arena';
import { normalize, SPELLING_INFIXES, SPELLING_SUFFIXES } from './normalize';

export type Tokens = {
  count: number;
  /** Vocabulary id of each word's stem (0 = a word no cue uses). */
  id: Uint32Array;
  /** Normalised-text offsets of each word. */
  start: Uint32Array;
  end: Uint32Array;
  /** Sentence number of each word (0-based within the field). */
  sentence: Uint32Array;
  /** Section role per sentence: 'background' for Background/Introduction headings, else ''. */
  sentenceRole: string[];
  /**
   * Normalised [start, end) of each word that may hold a British spelling (see SPELLING_INFIXES),
   * flat and in order. Every spot the spelling fold looks at lies inside one of them, so the fold
   * searches only these, and is skipped when there are none (most texts).
   */
  spellingWords: readonly number[];
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
/**
 * Every vocabulary word's chars back to back, so a probe compares against one flat array
 * (vocabulary strings built by slicing and joining are often sliced or cons strings, slower to read).
 */
let vocabChars = new Uint16Array(1 << 15);
let vocabCharsUsed = 0;
const vocabCharStart: number[] = [0];
let tableBits = 13;
/**
 * Open addressing, two ints per slot: word id (0 = empty) and the word's hash, side by side so a
 * probe touches one cache line.
 */
let table = new Int32Array(2 << tableBits);

function place(id: number): void {
  const mask = (1 << tableBits) - 1;
  const w = vocabWords[id] ?? '';
  const h = hashSpan(w, 0, w.length);
  let slot = h & mask;
  while (table[2 * slot]) slot = (slot + 1) & mask;
  table[2 * slot] = id;
  table[2 * slot + 1] = h;
}

/** Id of a stemmed word, added to the vocabulary when new. */
export function intern(word: string): number {
  const found = lookupString(word);
  if (found) return found;
  const id = vocabWords.length;
  vocabWords.push(word);
  vocabFlags.push(0);
  if (vocabCharsUsed + word.length > vocabChars.length) {
    const grown = new Uint16Array(Math.max(vocabChars.length * 2, vocabCharsUsed + word.length));
    grown.set(vocabChars);
    vocabChars = grown;
  }
  vocabCharStart.push(vocabCharsUsed);
  for (let k = 0; k < word.length; k++) vocabChars[vocabCharsUsed++] = word.charCodeAt(k);
  admitSurfaceForms(word);
  // Load factor ≤ 1/4: most article words are not in the vocabulary and must hit an empty slot fast.
  if (id * 4 > 1 << tableBits) {
    tableBits++;
    table = new Int32Array(2 << tableBits);
    for (let k = 1; k < vocabWords.length; k++) place(k);
  } else place(id);
  return id;
}

function lookupString(word: string): number {
  const mask = (1 << tableBits) - 1;
  let slot = hashSpan(word, 0, word.length) & mask;
  for (;;) {
    const id = table[2 * slot] ?? 0;
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

/**
 * Presence filter over the hashes of every surface form whose stem is a vocabulary word (the word,
 * word + "s", and "…y" → "…ies"): a bit per hash bucket, 16 kB so it stays in L1. About a third
 * of the words in an abstract are in no cue; the tokenizer tests this bit with the hash it already
 * has and skips lookupSpan (stemming, probing the larger table) when the bit is clear. No false
 * negatives: lookupSpan finds a word only when it is one of these forms.
 */
const FILTER_BITS = 17;
const presence = new Int32Array(1 << (FILTER_BITS - 5));

function filterBucket(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

function admitHash(h: number): void {
  const b = filterBucket(h);
  presence[b >>> 5] = (presence[b >>> 5] ?? 0) | (1 << (b & 31));
}

function admitSurfaceForms(word: string): void {
  const h = hashSpan(word, 0, word.length);
  admitHash(h);
  admitHash((Math.imul(h, 31) + 115) | 0);
  if (word.endsWith('y')) {
    const base = hashSpan(word, 0, word.length - 1);
    admitHash((Math.imul((Math.imul((Math.imul(base, 31) + 105) | 0, 31) + 101) | 0, 31) + 115) | 0);
  }
}

/** May a word with this (whole-word) hash be a vocabulary word or an inflection of one? */
function mayBeVocabulary(h: number): boolean {
  const b = filterBucket(h);
  return ((presence[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
}

function hashSpan(text: string, i: number, j: number): number {
  let h = 0;
  for (let k = i; k < j; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** 31⁻¹ mod 2³² (31 is odd, so it has one); Newton's iteration doubles the correct low bits each step. */
const INVERSE_31 = [0, 1, 2, 3, 4].reduce((x) => Math.imul(x, 2 - Math.imul(31, x)), 31);

/** Hash of a word without its last char c, from the whole word's hash h = hash(prefix) · 31 + c. */
function unhashLast(h: number, c: number): number {
  return Math.imul(h - c, INVERSE_31);
}

/**
 * Id of the stem of text[i, j) without building the substring. The caller hashed the whole word
 * (h) while scanning it; plural stems ("cells" → "cell", "studies" → "stud" + "y") take their hash
 * from h by unhashing the suffix instead of rescanning the word.
 */
function lookupSpan(text: string, i: number, j: number, h: number): number {
  const n = j - i;
  let stemEnd = j;
  let tail = 0;
  if (n > 4 && text.charCodeAt(j - 1) === 115 && text.charCodeAt(j - 2) === 101 && text.charCodeAt(j - 3) === 105) {
    stemEnd = j - 3;
    tail = 121;
    h = (Math.imul(unhashLast(unhashLast(unhashLast(h, 115), 101), 105), 31) + tail) | 0;
  } else if (n >= 3 && text.charCodeAt(j - 1) === 115) {
    const prev = text.charCodeAt(j - 2);
    if (prev !== 115 && prev !== 117 && prev !== 105) {
      stemEnd = j - 1;
      h = unhashLast(h, 115);
    }
  }
  const stemLen = stemEnd - i;
  const len = stemLen + (tail ? 1 : 0);
  const mask = (1 << tableBits) - 1;
  const chars = vocabChars;
  let slot = h & mask;
  for (;;) {
    const id = table[2 * slot] ?? 0;
    if (!id) return 0;
    const at = vocabCharStart[id] ?? 0;
    // The word's length is where the next word's chars start.
    if (table[2 * slot + 1] === h && (vocabCharStart[id + 1] ?? vocabCharsUsed) - at === len) {
      let k = 0;
      while (k < stemLen && chars[at + k] === text.charCodeAt(i + k)) k++;
      if (k === stemLen && (!tail || chars[at + k] === tail)) return id;
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

// ---------------------------------------------------------------------------------------
// Spelling watch: an Aho-Corasick automaton over the chars of one word, stepped inside the
// tokenizer's word loop (one table load per char) instead of a separate regex pass over the text.

/** Reached once a word contains an infix; every char keeps it there. */
const SPELL_STICKY = 1;
/**
 * SPELL_NEXT[state * 128 + char]: next state (state 0 starts a word). SPELL_SUFFIX_END[state]: 1
 * when a word ending in that state ends with a suffix.
 */
const [SPELL_NEXT, SPELL_SUFFIX_END] = buildSpellingWatch();

function buildSpellingWatch(): [Uint8Array, Uint8Array] {
  // Trie of all patterns; node 1 is reserved for the sticky state.
  const edges: Map<number, number>[] = [new Map(), new Map()];
  const infixEnd = [false, true];
  const suffixEnd = [false, false];
  const add = (pattern: string, infix: boolean) => {
    let node = 0;
    for (const ch of pattern) {
      const c = ch.charCodeAt(0);
      let next = edges[node]?.get(c);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        infixEnd.push(false);
        suffixEnd.push(false);
        edges[node]?.set(c, next);
      }
      node = next;
    }
    if (infix) infixEnd[node] = true;
    else suffixEnd[node] = true;
  };
  for (const p of SPELLING_INFIXES) add(p, true);
  for (const p of SPELLING_SUFFIXES) add(p, false);
  const states = edges.length;
  if (states > 256) throw new Error('spelling watch: too many states for a byte table');
  const next = new Uint8Array(states * 128);
  const fail = new Array<number>(states).fill(0);
  // Breadth-first: a node's failure state is complete before its children's are computed.
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] ?? 0;
    for (let c = 0; c < 128; c++) {
      const child = edges[node]?.get(c);
      if (child !== undefined) {
        const f = node === 0 ? 0 : (next[(fail[node] ?? 0) * 128 + c] ?? 0);
        fail[child] = f;
        infixEnd[child] ||= infixEnd[f] ?? false;
        suffixEnd[child] ||= suffixEnd[f] ?? false;
        next[node * 128 + c] = infixEnd[child] ? SPELL_STICKY : child;
        queue.push(child);
      } else next[node * 128 + c] = node === 0 ? 0 : (next[(fail[node] ?? 0) * 128 + c] ?? 0);
    }
  }
  next.fill(SPELL_STICKY, SPELL_STICKY * 128, SPELL_STICKY * 128 + 128);
  return [next, Uint8Array.from(suffixEnd, (e) => (e ? 1 : 0))];
}

/**
 * Scratch for tokenize, reused across calls and grown explicitly before a long text (a plain
 * array grown by its stores deoptimises the tokenizer on the first text longer than any before).
 * Starts small so that growing is a warm path by the time a long text arrives. Each field's
 * tokens are then copied into exact-size arena views (see arena.ts).
 */
let scratchId = new Uint32Array(16);
let scratchStart = new Uint32Array(16);
let scratchEnd = new Uint32Array(16);
let scratchSentence = new Uint32Array(16);

/** Every word takes at least one char plus a separator, so a text of n chars has ≤ n / 2 + 1. */
function reserveScratch(words: number): void {
  if (scratchId.length >= words) return;
  const size = Math.max(words, scratchId.length * 2);
  scratchId = new Uint32Array(size);
  scratchStart = new Uint32Array(size);
  scratchEnd = new Uint32Array(size);
  scratchSentence = new Uint32Array(size);
}

function copyOut(scratch: Uint32Array, count: number): Uint32Array {
  const out = allocU32(count);
  out.set(scratch.subarray(0, count));
  return out;
}

const NO_WORDS: readonly number[] = [];

/** Tokenise normalised text into word ids with offsets and sentence numbers. */
export function tokenize(norm: string, sectionLabel?: string): Tokens {
  const n = norm.length;
  reserveScratch((n >> 1) + 1);
  const id = scratchId;
  const start = scratchStart;
  const end = scratchEnd;
  const sentence = scratchSentence;
  const sentenceRole: string[] = [labelRole(sectionLabel)];
  let count = 0;
  let sent = 0;
  let pendingBreak = false;
  let pendingHeading = -1;
  let spellingWords: number[] | null = null;
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
    // Scan the word, hashing it and stepping the spelling watch on the way.
    let h = c;
    let spell = SPELL_NEXT[c] ?? 0;
    let j = i + 1;
    for (; j < n; j++) {
      const d = norm.charCodeAt(j);
      if (d >= 128 || !WORD_CHAR[d]) break;
      h = (Math.imul(h, 31) + d) | 0;
      spell = SPELL_NEXT[(spell << 7) | d] ?? 0;
    }
    if (spell === SPELL_STICKY || SPELL_SUFFIX_END[spell]) (spellingWords ??= []).push(i, j);
    if (pendingBreak) {
      sent++;
      const prevRole = sentenceRole[sent - 1] ?? '';
      sentenceRole[sent] = pendingHeading >= 0 ? (wordFlags(pendingHeading) & F_BACKGROUND_HEADING ? 'background' : '') : prevRole;
      pendingBreak = false;
      pendingHeading = -1;
    }
    id[count] = mayBeVocabulary(h) ? lookupSpan(norm, i, j, h) : 0;
    start[count] = i;
    end[count] = j;
    sentence[count] = sent;
    count++;
    i = j;
  }
  return {
    count,
    id: copyOut(id, count),
    start: copyOut(start, count),
    end: copyOut(end, count),
    sentence: copyOut(sentence, count),
    sentenceRole,
    spellingWords: spellingWords ?? NO_WORDS,
  };
}

/** Word flags the sentence splitter reads. */
const F_SENTENCE = F_NON_TERMINAL | F_HEADING | F_BACKGROUND_HEADING;

/**
 * Updates tokens of a text to the same text after foldSpelling, given its edits (start, old
 * length, new length; in order): offsets move by the length changes before them and respelled
 * words get their ids looked up again. Respelling only swaps letters inside words, so word
 * boundaries and punctuation stay put and the sentence split holds, unless a respelled word is
 * one the splitter treats specially (a flagged word, or a one-letter initial): then this returns
 * false, leaving `tokens` partly updated, and the folded text must be tokenised afresh.
 */
export function applySpellingEdits(tokens: Tokens, folded: string, edits: number[]): boolean {
  let e = 0;
  let shift = 0;
  for (let t = 0; t < tokens.count; t++) {
    const a = tokens.start[t] ?? 0;
    const b = tokens.end[t] ?? 0;
    const start = a + shift;
    let respelled = false;
    // Every edit lies inside one word: those starting before this word's end are in it.
    while (e < edits.length && (edits[e] ?? 0) < b) {
      shift += (edits[e + 2] ?? 0) - (edits[e + 1] ?? 0);
      e += 3;
      respelled = true;
    }
    const end = b + shift;
    tokens.start[t] = start;
    tokens.end[t] = end;
    if (respelled) {
      const before = tokens.id[t] ?? 0;
      const after = lookupSpan(folded, start, end, hashSpan(folded, start, end));
      if ((wordFlags(before) | wordFlags(after)) & F_SENTENCE || b - a === 1 || end - start === 1) return false;
      tokens.id[t] = after;
    }
  }
  return true;
}

/** A heading is one or two words opening a sentence and followed by ':'. */
function headingOpensSentence(id: Uint32Array, sentence: Uint32Array, count: number, sent: number): boolean {
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
  /**
   * The ids lists flattened for matching (node k's ids are idList[idStart[k] .. idStart[k + 1])),
   * rebuilt on the first match after a phrase was added.
   */
  private idStart: Int32Array | null = null;
  private idList = new Int32Array(0);
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
    this.idStart = null;
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

  private flattenIds(): Int32Array {
    const idStart = new Int32Array(this.ids.length + 1);
    for (let k = 0; k < this.ids.length; k++) idStart[k + 1] = (idStart[k] ?? 0) + (this.ids[k]?.length ?? 0);
    this.idList = Int32Array.from(this.ids.flatMap((list) => list ?? []));
    this.idStart = idStart;
    return idStart;
  }

  /**
   * All phrase occurrences into `out` (cleared first), ordered by first token, then end token,
   * then id: (id, first token, end token exclusive).
   */
  match(tokens: Tokens, out: MatchBuffer): void {
    out.count = 0;
    const idStart = this.idStart ?? this.flattenIds();
    const idList = this.idList;
    const n = tokens.count;
    const tid = tokens.id;
    const root = this.rootEdge;
    for (let i = 0; i < n; i++) {
      const first = tid[i] ?? 0;
      if (!first || first >= root.length) continue;
      let node = root[first] ?? 0;
      let k = i;
      while (node) {
        for (let q = idStart[node] ?? 0, stop = idStart[node + 1] ?? 0; q < stop; q++) out.push(idList[q] ?? 0, i, k + 1);
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
