/**
 * Token-level phrase matcher. Words (runs of [a-z0-9] in normalised text) are light-stemmed and
 * interned as integer ids in one vocabulary holding every word any cue uses; article words are
 * hashed straight from the text (no substring per word) and a word outside the vocabulary costs
 * one probe. Cue phrases live in a trie keyed by word ids and are matched in one left-to-right
 * pass: cost is one lookup per word plus the length of each candidate phrase, independent of the
 * number of cues. Hyphen/space/closed-up variants ("photo-aging", "photo aging", "photoaging")
 * are registered together when a phrase is added. Cue words are American; their British forms
 * are aliases in the vocabulary ("tumours" finds "tumor"), so no text is ever respelled.
 */
import { doubled } from './arena';
import { americanize, britishSpellings, normalize } from './normalize';

/**
 * A text's words: indices from (inclusive) to `to` (exclusive) of the arrays. Consecutive texts'
 * words sit side by side in shared arrays (see tokenize), so token indices are absolute: use
 * [from, to), never [0, count).
 */
export type Tokens = {
  from: number;
  to: number;
  /** Vocabulary id of each word's stem (0 = a word no cue uses). */
  id: Uint32Array;
  /** Normalised-text offsets of each word. */
  start: Uint32Array;
  end: Uint32Array;
  /** Sentence number of each word (0-based within the field). */
  sentence: Uint32Array;
  /**
   * The words that start with a digit, in order: token indices at numeric[numericFrom ..
   * numericTo). Amounts start so, and most words do not (see analyze's doseHits).
   */
  numeric: Uint32Array;
  numericFrom: number;
  numericTo: number;
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

/**
 * Vocabulary words of a phrase: normalised, lower case, American, stemmed, sibilant "-es" forms
 * as their word (see SIBILANT_END) (cue compilation and tests; not the hot path).
 */
export function words(phrase: string): string[] {
  return (normalize(phrase).text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => sibilantBase(stem(americanize(w))));
}

// ---------------------------------------------------------------------------------------
// Vocabulary: word ids, looked up through keys (a word's stem and its British forms' stems)
// in open addressing on a polynomial hash of the chars.

const F_NON_TERMINAL = 1;
const F_HEADING = 2;
const F_BACKGROUND_HEADING = 4;
/** Words after which a letter and a full stop are a unit ("at 37 deg C."), not an initial. */
const F_UNIT_LEAD = 8;
/** Free for callers (analyze marks source-link words with it). */
export const F_USER = 16;

/** Word id → flags; id 0 is "no cue uses this word". */
const vocabFlags: number[] = [0];
/** The strings the table finds (a word's stem or a British form's stem), for compiling cues. */
const keyStrings = new Map<string, number>();
/** Every key's chars back to back (ASCII), for the probe's char comparison. */
let keyChars = new Uint8Array(1 << 15);
let keyCharsUsed = 0;
let tableBits = 12;
/**
 * Open addressing, four ints per slot so a probe touches one cache line: word id (0 = empty),
 * the key's hash, the hash of its first EXACT_HASH_CHARS chars, and where its chars start in
 * keyChars · 256 + its length.
 */
let table = new Int32Array(4 << tableBits);

function slotOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - tableBits);
}

function place(word: number, h: number, head: number, where: number): void {
  const mask = (1 << tableBits) - 1;
  let slot = slotOf(h);
  while (table[4 * slot]) slot = (slot + 1) & mask;
  table[4 * slot] = word;
  table[4 * slot + 1] = h;
  table[4 * slot + 2] = head;
  table[4 * slot + 3] = where;
}

/**
 * Recent short words' ids (0 included) by their exact hash (see DIGIT): one small table in the
 * fastest cache in front of the presence filter and the vocabulary. Cleared when a key is added.
 * 4,096 slots: a page of abstracts uses a few thousand distinct words, and at 1,024 a sixth of
 * them missed (42 vocabulary probes an abstract on the devset, 19 at 4,096; ~5 % faster overall).
 */
const WORD_CACHE_BITS = 12;
const shortWordHash = new Int32Array(1 << WORD_CACHE_BITS);
const shortWordId = new Int32Array(1 << WORD_CACHE_BITS);
/**
 * The same for words of EXACT_HASH_CHARS + 1 to twice that many chars, which their hash, the hash
 * of their first EXACT_HASH_CHARS chars and their length identify (see DIGIT): a third of an
 * abstract's words, each of which would otherwise cost a stemming probe of the vocabulary.
 */
const longWordHash = new Int32Array(1 << WORD_CACHE_BITS);
const longWordHead = new Int32Array(1 << WORD_CACHE_BITS);
/** Length · 2^16 + id (ids stay below 2^16: see intern); 0 = empty. */
const longWordLenId = new Int32Array(1 << WORD_CACHE_BITS);

/** Has tokenize filled the word caches since they were last cleared? */
let wordCachesUsed = false;

/**
 * The word caches hold lookups' results: a new key or alias changes some. Compiling a knowledge
 * base adds thousands of keys before any text is read: clearing only caches in use keeps that cheap.
 */
function clearWordCaches(): void {
  if (!wordCachesUsed) return;
  wordCachesUsed = false;
  shortWordHash.fill(0);
  longWordLenId.fill(0);
}

function addKey(text: string, word: number): void {
  listKeys();
  clearWordCaches();
  if (text.length > 255) throw new Error(`cue word longer than 255 chars: ${text.slice(0, 40)}…`);
  keyStrings.set(text, word);
  if (keyCharsUsed + text.length > keyChars.length) {
    const grown = new Uint8Array(Math.max(keyChars.length * 2, keyCharsUsed + text.length));
    grown.set(keyChars);
    keyChars = grown;
  }
  const charStart = keyCharsUsed;
  for (let k = 0; k < text.length; k++) keyChars[keyCharsUsed++] = text.charCodeAt(k);
  admitSurfaceForms(hashSpan(text, 0, text.length), text.endsWith('y'));
  // Load factor ≤ 1/2 (the presence filter turns most absent words away before they probe).
  if (keyStrings.size * 2 > 1 << tableBits) {
    const old = table;
    tableBits++;
    table = new Int32Array(4 << tableBits);
    for (let q = 0; q < old.length; q += 4) if (old[q]) place(old[q] ?? 0, old[q + 1] ?? 0, old[q + 2] ?? 0, old[q + 3] ?? 0);
  }
  const headEnd = Math.min(text.length, EXACT_HASH_CHARS);
  place(word, hashSpan(text, 0, text.length), hashSpan(text, 0, headEnd), charStart * 256 + text.length);
}

/**
 * Plurals and third persons in "-es" after a sibilant ("patches", "processes", "complexes",
 * "suppresses"): stem() strips their "s" only, as it must for "niches", so they read as the word
 * + "e". A word with such an ending therefore also has that "-e" form as a key, and interning the
 * "-e" form gives the word: the cue "batches" and the text "batch" meet, in either order of
 * compiling, with no change to the tokenizer's lookup. An "-e" form that is a word of its own
 * ("niche", "cache") becomes one word with a stem no text has ("nich"), which changes nothing.
 * Two chars at least before the ending: "she" is no form of "sh". Not "-us": its "-es" forms are
 * rare in the field and "focuses on" (a review's wording) is not "focus on".
 */
const SIBILANT_END = /^[a-z0-9]{2,}(?:ch|sh|x|ss|zz)$/;
const SIBILANT_E = /^([a-z0-9]{2,}(?:ch|sh|x|ss|zz))e$/;

/** The word a stem such as "patche" or "processe" stands for (see SIBILANT_END); other words as they are. */
function sibilantBase(word: string): string {
  return SIBILANT_E.exec(word)?.[1] ?? word;
}

/**
 * Id of a vocabulary word (American, stemmed: see words()), added when new together with the
 * stems of its British forms, including its plurals' ("tumours" → "tumour") and its sibilant
 * "-es" forms' (see SIBILANT_END).
 */
export function intern(word: string): number {
  const found = lookupString(word);
  if (found) return found;
  const base = sibilantBase(word);
  if (base !== word) return intern(base);
  const id = vocabFlags.length;
  // Ids fit 16 bits: trie edge keys and the long-word cache pack them with other numbers.
  if (id >= 1 << 16) throw new Error('vocabulary: more than 65535 words');
  vocabFlags.push(0);
  addKey(word, id);
  if (SIBILANT_END.test(word) && !lookupString(`${word}e`)) addKey(`${word}e`, id);
  for (const surface of surfaceForms(word)) {
    for (const british of britishSpellings(surface)) {
      const key = stem(british);
      if (stem(americanize(british)) === word && !lookupString(key)) addKey(key, id);
    }
  }
  return id;
}

/** The words that read as `word` (see stem, SIBILANT_END): itself, its "s" plural, its "ies" and sibilant "es" plurals. */
export function surfaceForms(word: string): string[] {
  const forms = [word, `${word}s`, ...(word.endsWith('y') ? [`${word.slice(0, -1)}ies`] : []), ...(SIBILANT_END.test(word) ? [`${word}es`] : [])];
  return forms.filter((form) => sibilantBase(stem(form)) === word);
}

function lookupString(text: string): number {
  listKeys();
  return keyStrings.get(text) ?? 0;
}

/**
 * A restored vocabulary's keys, until keyStrings lists them: only compiling phrases needs them by
 * string (intern), which content scripts never do after restoring, so they skip the work.
 */
let unlistedKeys: VocabularySnapshot | null = null;

function listKeys(): void {
  if (!unlistedKeys) return;
  const { keys, lengths, words } = unlistedKeys;
  unlistedKeys = null;
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    keyStrings.set(keys.slice(at, at + (lengths[k] ?? 0)), words[k] ?? 0);
    at += lengths[k] ?? 0;
  }
}

/**
 * Word endings (ASCII, lower case) and the vocabulary word an unknown word with that ending reads
 * as, when at least one char comes before it: see setSuffixAlias.
 */
const suffixAliases: { suffix: Uint8Array; id: number }[] = [];
/** 1 at 128 · (next-to-last char) + (last char) of every alias suffix: a word whose last two chars miss it has no alias. */
const aliasEnding = new Uint8Array(128 * 128);

/**
 * Make unknown words that end in `suffix` after at least one other char read as `word`
 * ("LpEVs", "mEVs" as "EVs"): abbreviations coined per article on a known word.
 */
export function setSuffixAlias(suffix: string, word: string): void {
  addSuffixAlias(suffix, intern(word));
}

function addSuffixAlias(suffix: string, id: number): void {
  clearWordCaches();
  suffixAliases.push({ suffix: Uint8Array.from(suffix, (c) => c.charCodeAt(0)), id });
  aliasEnding[128 * suffix.charCodeAt(suffix.length - 2) + suffix.charCodeAt(suffix.length - 1)] = 1;
}

/** Id of the word a suffix alias gives text[i, j), 0 when none does (case-folded, see lookupSpan). */
function aliasBySuffix(text: Uint8Array, i: number, j: number): number {
  // Nearly every word fails on its last two chars (one table read) before any suffix is compared.
  if (j - i < 3 || !aliasEnding[128 * (((text[j - 2] ?? 0) | 32) & 127) + (((text[j - 1] ?? 0) | 32) & 127)]) return 0;
  for (const { suffix, id } of suffixAliases) {
    const n = suffix.length;
    if (j - i <= n) continue;
    let k = 1;
    while (k <= n && ((text[j - k] ?? 0) | 32) === suffix[n - k]) k++;
    if (k > n) return id;
  }
  return 0;
}

/**
 * The vocabulary as data, built where the knowledge base is compiled (the build) and restored
 * where it is used (content scripts): see the analyzer's CompiledKnowledgeBase. Every key (a stem
 * or a British form's stem) in the order it was added, back to back in `keys`, with its length,
 * word id and hashes (so that restoring hashes no chars: on a page that code runs once, cold);
 * each word's flags; the suffix aliases.
 */
export type VocabularySnapshot = {
  keys: string;
  lengths: ArrayLike<number>;
  words: ArrayLike<number>;
  hashes: ArrayLike<number>;
  heads: ArrayLike<number>;
  flags: ArrayLike<number>;
  aliases: [string, number][];
};

export function vocabularySnapshot(): VocabularySnapshot {
  listKeys();
  const keys = [...keyStrings.keys()];
  return {
    keys: keys.join(''),
    lengths: keys.map((key) => key.length),
    words: [...keyStrings.values()],
    hashes: keys.map((key) => hashSpan(key, 0, key.length)),
    heads: keys.map((key) => hashSpan(key, 0, Math.min(key.length, EXACT_HASH_CHARS))),
    flags: [...vocabFlags],
    aliases: suffixAliases.map(({ suffix, id }) => [String.fromCharCode(...suffix), id]),
  };
}

/** Replaces the vocabulary (words interned so far included) with a snapshot's: what addKey would build. */
export function restoreVocabulary(snapshot: VocabularySnapshot): void {
  const { keys, lengths, words, hashes, heads } = snapshot;
  keyStrings.clear();
  unlistedKeys = snapshot;
  keyChars = new Uint8Array(Math.max(1 << 15, keys.length));
  if (encoder.encodeInto(keys, keyChars).written !== keys.length) throw new Error('vocabulary snapshot: keys are not ASCII');
  keyCharsUsed = keys.length;
  tableBits = 12;
  while (lengths.length * 2 > 1 << tableBits) tableBits++;
  table = new Int32Array(4 << tableBits);
  presence.fill(0);
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] ?? 0;
    const word = words[k] ?? 0;
    const h = hashes[k] ?? 0;
    place(word, h, heads[k] ?? 0, at * 256 + length);
    admitSurfaceForms(h, keyChars[at + length - 1] === 121 /* y */);
    at += length;
  }
  vocabFlags.length = 0;
  for (let k = 0; k < snapshot.flags.length; k++) vocabFlags.push(snapshot.flags[k] ?? 0);
  suffixAliases.length = 0;
  aliasEnding.fill(0);
  for (const [suffix, id] of snapshot.aliases) addSuffixAlias(suffix, id);
  clearWordCaches();
}

/** Flags the vocabulary word a text word reads as: stemmed, so "was" and "LPS" flag what "was" and "LPS" look up ("wa", "lp"). */
export function setWordFlag(word: string, flag: number): void {
  const id = intern(stem(word.toLowerCase()));
  vocabFlags[id] = (vocabFlags[id] ?? 0) | flag;
}

export function wordFlags(id: number): number {
  return vocabFlags[id] ?? 0;
}

/**
 * Hash digit of each ASCII code: a–z and A–Z → 1–26 (normalised text keeps its case; words are
 * matched case-folded), 0–9 → 27–36, 0 for chars that are not word chars.
 * Words hash in base 37 with these digits, so a word of up to EXACT_HASH_CHARS chars has a hash
 * (below 37⁶ < 2³²) that no other word shares. Up to twice that many chars, the hash and the
 * hash of the first EXACT_HASH_CHARS chars together determine the word (the rest's hash is
 * their difference, again below 37⁶). Lookups compare chars only for longer words.
 */
const DIGIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) DIGIT[c] = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : c >= 48 && c <= 57 ? c - 48 + 27 : 0;
/** Six: tokenize's word scan is unrolled for exactly six chars, so change both together. */
const EXACT_HASH_CHARS = 6;
const D_S = DIGIT[115] ?? 0;
const D_E = DIGIT[101] ?? 0;
const D_I = DIGIT[105] ?? 0;
const D_Y = DIGIT[121] ?? 0;

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

/** Admits the surface forms of the word with hash h: itself, + "s", and for "…y" the "…ies" plural. */
function admitSurfaceForms(h: number, endsInY: boolean): void {
  admitHash(h);
  admitHash((Math.imul(h, 37) + D_S) | 0);
  if (endsInY) {
    const base = unhashLast(h, D_Y); // the hash without the final "y"
    admitHash((Math.imul((Math.imul((Math.imul(base, 37) + D_I) | 0, 37) + D_E) | 0, 37) + D_S) | 0);
  }
}

/** May a word with this (whole-word) hash be a vocabulary word or an inflection of one? */
function mayBeVocabulary(h: number): boolean {
  const b = filterBucket(h);
  return ((presence[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
}

function hashSpan(text: string, i: number, j: number): number {
  let h = 0;
  for (let k = i; k < j; k++) h = (Math.imul(h, 37) + (DIGIT[text.charCodeAt(k)] ?? 0)) | 0;
  return h;
}

/** 37⁻¹ mod 2³² (37 is odd, so it has one); Newton's iteration doubles the correct low bits each step. */
const INVERSE_37 = [0, 1, 2, 3, 4].reduce((x) => Math.imul(x, 2 - Math.imul(37, x)), 37);

/** Hash of a word without its last digit d, from the whole word's hash h = hash(prefix) · 37 + d. */
function unhashLast(h: number, d: number): number {
  return Math.imul(h - d, INVERSE_37);
}

/** Id of the word text[i, j) (see lookupSpan), or of the word a suffix alias gives it. */
function lookup(text: Uint8Array, i: number, j: number, h: number, head: number): number {
  const found = mayBeVocabulary(h) ? lookupSpan(text, i, j, h, head) : 0;
  return found || aliasBySuffix(text, i, j);
}

/**
 * Id of the stem of the word text[i, j) (ASCII codes, see tokenize) without building a string. The
 * caller hashed the whole word (h) and, for words of more than EXACT_HASH_CHARS chars, their first
 * EXACT_HASH_CHARS chars (head, which a stem of that many chars shares) while scanning it; plural
 * stems ("cells" → "cell", "studies" → "stud" + "y") take their hash from h by unhashing the
 * suffix instead of rescanning the word. Chars compare case-folded: `c | 32` is the lower case of
 * a letter and leaves digits as they are.
 */
function lookupSpan(text: Uint8Array, i: number, j: number, h: number, head: number): number {
  const n = j - i;
  let stemEnd = j;
  let tail = 0;
  if (n > 4 && ((text[j - 1] ?? 0) | 32) === 115 && ((text[j - 2] ?? 0) | 32) === 101 && ((text[j - 3] ?? 0) | 32) === 105) {
    stemEnd = j - 3;
    tail = 121;
    h = (Math.imul(unhashLast(unhashLast(unhashLast(h, D_S), D_E), D_I), 37) + D_Y) | 0;
  } else if (n >= 3 && ((text[j - 1] ?? 0) | 32) === 115) {
    const prev = (text[j - 2] ?? 0) | 32;
    if (prev !== 115 && prev !== 117 && prev !== 105) {
      stemEnd = j - 1;
      h = unhashLast(h, D_S);
    }
  }
  const stemLen = stemEnd - i;
  const len = stemLen + (tail ? 1 : 0);
  const mask = (1 << tableBits) - 1;
  const chars = keyChars;
  let slot = slotOf(h);
  for (;;) {
    const word = table[4 * slot] ?? 0;
    if (!word) return 0;
    const where = table[4 * slot + 3] ?? 0;
    if (table[4 * slot + 1] === h && (where & 255) === len) {
      if (len <= EXACT_HASH_CHARS) return word;
      // Words of one length share their head length: a differing head is a different word.
      if (table[4 * slot + 2] !== head) {
        slot = (slot + 1) & mask;
        continue;
      }
      if (len <= 2 * EXACT_HASH_CHARS) return word;
      const at = where >>> 8;
      let k = 0;
      while (k < stemLen && chars[at + k] === ((text[i + k] ?? 0) | 32)) k++;
      if (k === stemLen && (!tail || chars[at + k] === tail)) return word;
    }
    slot = (slot + 1) & mask;
  }
}

const NON_TERMINAL = ['e', 'i', 'al', 'vs', 'fig', 'approx', 'ca', 'dr', 'no', 'ref', 'cf', 'sp', 'spp', 'st'];
const HEADINGS = [
  'background', 'introduction', 'objective', 'objectives', 'aim', 'aims', 'purpose', 'context', 'rationale',
  'method', 'methods', 'materials', 'design', 'result', 'results', 'finding', 'findings', 'conclusion', 'conclusions',
  'significance', 'summary', 'case', 'discussion', 'interpretation', 'importance', 'observation', 'observations',
  // Case reports', trials' and systematic reviews' headings ("Case presentation:", "Main outcome measures:",
  // "Evidence acquisition:", "Data sources:").
  'presentation', 'report', 'description', 'setting', 'participants', 'interventions', 'measures', 'outcomes',
  'limitations', 'implications', 'relevance', 'acquisition', 'synthesis', 'sources', 'selection', 'extraction',
];
const BACKGROUND_HEADINGS = new Set(['background', 'introduction', 'context', 'rationale', 'importance']);
for (const w of NON_TERMINAL) setWordFlag(w, F_NON_TERMINAL);
setWordFlag('deg', F_UNIT_LEAD);
// setWordFlag flags the stem, so "materials" and "material" are both headings.
for (const w of HEADINGS) setWordFlag(w, F_HEADING);
for (const w of BACKGROUND_HEADINGS) setWordFlag(w, F_BACKGROUND_HEADING);

const labelRoles = new Map<string, string>();

function labelRole(sectionLabel: string | undefined): string {
  if (!sectionLabel) return '';
  let role = labelRoles.get(sectionLabel);
  if (role === undefined) {
    role = BACKGROUND_HEADINGS.has(normalize(sectionLabel).text.toLowerCase().trim().split(/\W+/)[0] ?? '') ? 'background' : '';
    if (labelRoles.size < 256) labelRoles.set(sectionLabel, role);
  }
  return role;
}

/**
 * Where tokenize writes: consecutive texts' words side by side, so a text's tokens need neither a
 * copy nor typed-array views of their own (a view costs about as much as tokenising ten words).
 * A full pool is left to the Tokens still using it and a fresh one started; restartTokens() starts
 * over in the same pool.
 */
const POOL_WORDS = 1 << 15;
let pool = newPool(POOL_WORDS);
let poolUsed = 0;

function newPool(size: number) {
  return {
    id: new Uint32Array(size), start: new Uint32Array(size), end: new Uint32Array(size), sentence: new Uint32Array(size),
    numeric: new Uint32Array(size),
  };
}
/** Entries of pool.numeric in use (they follow the pool's words: a fresh pool starts both over). */
let numericUsed = 0;

/**
 * Reuse token storage from the start: every Tokens returned before is invalid afterwards. The
 * analyzer calls this first, as it keeps no Tokens past its return.
 */
export function restartTokens(): void {
  poolUsed = 0;
  numericUsed = 0;
}

const encoder = new TextEncoder();
/** The text being tokenised as bytes: reading a typed array beats charCodeAt by a third here. */
let textBytes = new Uint8Array(1024);

/** Tokenise normalised text (ASCII: see normalize) into word ids with offsets and sentence numbers. */
export function tokenize(normText: string, sectionLabel?: string): Tokens {
  const n = normText.length;
  if (textBytes.length <= n) textBytes = new Uint8Array(n * 2 + 1);
  if (encoder.encodeInto(normText, textBytes).written !== n) throw new Error('tokenize: the text is not normalised (not ASCII)');
  const norm = textBytes;
  // A space after the text ends every word there, so the word scans need no bound of their own.
  norm[n] = 32;
  // Every word takes at least one char plus a separator, so a text of n chars has ≤ n / 2 + 1.
  const most = (n >> 1) + 1;
  if (poolUsed + most > pool.id.length) {
    pool = newPool(Math.max(POOL_WORDS, most));
    poolUsed = 0;
    numericUsed = 0;
  }
  const { id, start, end, sentence, numeric } = pool;
  const numericFrom = numericUsed;
  let numericTo = numericFrom;
  // Module-level tables as locals: V8 reloads a module binding (and checks it) at every use.
  const digitOf = DIGIT;
  const cachedHash = shortWordHash;
  const cachedId = shortWordId;
  const from = poolUsed;
  const sentenceRole: string[] = [labelRole(sectionLabel)];
  wordCachesUsed = true;
  let t = from;
  let sent = 0;
  let pendingBreak = false;
  /** After a heading: is it a Background one (null: no heading, the sentence keeps the previous role)? */
  let pendingBackground: boolean | null = null;
  let i = 0;
  while (i < n) {
    const c = norm[i] ?? 0;
    if (c === 32) {
      i++;
      continue;
    }
    const digit = digitOf[c] ?? 0;
    if (!digit) {
      if (t > from) {
        if (c === 10) pendingBreak = true;
        else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= n || norm[i + 1] === 32 || norm[i + 1] === 10)) {
          // Initials ("A.B."), "e.g.", "et al." do not end a sentence.
          const prevStart = start[t - 1] ?? 0;
          const prevEnd = end[t - 1] ?? 0;
          const initial = prevEnd - prevStart === 1 && ((norm[prevStart] ?? 0) | 32) >= 97 && !isUnit(norm, id, start, sentence, from, t - 1);
          if (c !== 46 || !(wordFlags(id[t - 1] ?? 0) & F_NON_TERMINAL || initial)) pendingBreak = true;
        } else if (c === 58) {
          const heading = headingKind(id, sentence, from, t, sent);
          if (heading) {
            pendingBreak = true;
            pendingBackground = heading === HEADING_BACKGROUND;
          }
        }
      }
      i++;
      continue;
    }
    // Scan the word, hashing it on the way; head: the hash of its first EXACT_HASH_CHARS (6)
    // chars. Those six are unrolled: in straight-line code V8 checks the two arrays once, where a
    // loop checks them again at every char (after each iteration's interrupt check). The space
    // after the text (see above) ends every word, so no step needs a bound.
    let h = digit;
    let j = i + 1;
    let dd = digitOf[norm[j] ?? 0] ?? 0;
    if (dd) {
      h = (Math.imul(h, 37) + dd) | 0;
      dd = digitOf[norm[++j] ?? 0] ?? 0;
      if (dd) {
        h = (Math.imul(h, 37) + dd) | 0;
        dd = digitOf[norm[++j] ?? 0] ?? 0;
        if (dd) {
          h = (Math.imul(h, 37) + dd) | 0;
          dd = digitOf[norm[++j] ?? 0] ?? 0;
          if (dd) {
            h = (Math.imul(h, 37) + dd) | 0;
            dd = digitOf[norm[++j] ?? 0] ?? 0;
            if (dd) {
              h = (Math.imul(h, 37) + dd) | 0;
              j++;
            }
          }
        }
      }
    }
    const head = h;
    if (j - i === EXACT_HASH_CHARS) {
      for (;; j++) {
        const more = digitOf[norm[j] ?? 0] ?? 0;
        if (!more) break;
        h = (Math.imul(h, 37) + more) | 0;
      }
    }
    if (pendingBreak) {
      sent++;
      const prevRole = sentenceRole[sent - 1] ?? '';
      sentenceRole[sent] = pendingBackground === null ? prevRole : pendingBackground ? 'background' : '';
      pendingBreak = false;
      pendingBackground = null;
    }
    const len = j - i;
    if (len <= EXACT_HASH_CHARS) {
      // Short words (most of them: the, of, cells, skin…) are identified by their hash alone.
      const slot = Math.imul(h, 0x9e3779b1) >>> (32 - WORD_CACHE_BITS);
      if (cachedHash[slot] === h) id[t] = cachedId[slot] ?? 0;
      else {
        const found = lookup(norm, i, j, h, head);
        cachedHash[slot] = h;
        cachedId[slot] = found;
        id[t] = found;
      }
    } else if (len <= 2 * EXACT_HASH_CHARS) {
      const slot = Math.imul(h ^ Math.imul(head, 0x85ebca6b), 0x9e3779b1) >>> (32 - WORD_CACHE_BITS);
      const lenId = longWordLenId[slot] ?? 0;
      if (lenId >>> 16 === len && longWordHash[slot] === h && longWordHead[slot] === head) id[t] = lenId & 0xffff;
      else {
        const found = lookup(norm, i, j, h, head);
        longWordHash[slot] = h;
        longWordHead[slot] = head;
        longWordLenId[slot] = len * 0x10000 + found;
        id[t] = found;
      }
    } else id[t] = lookup(norm, i, j, h, head);
    if (digit > 26) numeric[numericTo++] = t;
    start[t] = i;
    end[t] = j;
    sentence[t] = sent;
    t++;
    i = j;
  }
  poolUsed = t;
  numericUsed = numericTo;
  return { from, to: t, id, start, end, sentence, sentenceRole, numeric, numericFrom, numericTo };
}

/**
 * Is one-letter word u a unit: after a number or "deg" in its sentence ("at 20,000 g.", "for 24 h.",
 * "at 4 deg C.")? Then its full stop ends the sentence; an initial's ("E. coli") does not.
 */
function isUnit(norm: Uint8Array, id: Uint32Array, start: Uint32Array, sentence: Uint32Array, from: number, u: number): boolean {
  const before = u - 1;
  if (before < from || sentence[before] !== sentence[u]) return false;
  const c = norm[start[before] ?? 0] ?? 0;
  return (c >= 48 && c <= 57) || (wordFlags(id[before] ?? 0) & F_UNIT_LEAD) !== 0;
}

const HEADING = 1;
const HEADING_BACKGROUND = 2;

/**
 * A heading is up to three words opening a sentence, the last a heading word, followed by ':'
 * (0 when the words before the ':' are none). It is a Background one when any of its words is
 * ("Background aims:", "Introduction and objectives:").
 */
function headingKind(id: Uint32Array, sentence: Uint32Array, from: number, to: number, sent: number): number {
  if (!(wordFlags(id[to - 1] ?? 0) & F_HEADING)) return 0;
  let words = 0;
  let background = false;
  for (let k = to - 1; k >= from && sentence[k] === sent && words <= 3; k--) {
    words++;
    if (wordFlags(id[k] ?? 0) & F_BACKGROUND_HEADING) background = true;
  }
  if (words > 3) return 0;
  return background ? HEADING_BACKGROUND : HEADING;
}

// ---------------------------------------------------------------------------------------
// Trie over word ids: node 0 is the root. Root edges are a dense array indexed by word id (most
// article words miss there); deeper edges live in one Map keyed by node * 2^16 + word id, which
// stays a small integer (no boxed-number hashing) for the KB's few thousand nodes.

const EDGE_BASE = 1 << 16;

export type Match = { id: number; t0: number; t1: number };

export type LexiconSnapshot = {
  /** Node k's ids are idList[idStart[k] .. idStart[k + 1]). */
  idStart: ArrayLike<number>;
  idList: ArrayLike<number>;
  masks: ArrayLike<number>;
  /** (word, node) pairs of the root's edges, then (node · 2^16 + word, node) pairs of the others. */
  rootEdges: ArrayLike<number>;
  edges: ArrayLike<number>;
  longestPhrase: number;
};

export class Lexicon {
  private readonly ids: (number[] | null)[] = [null];
  /** Per node: context bits set in the sentence where a phrase ending at the node starts. */
  private readonly masks: number[] = [0];
  /**
   * The ids lists flattened for matching (node k's ids are idList[idStart[k] .. idStart[k + 1])),
   * rebuilt on the first match after a phrase was added.
   */
  private idStart: Int32Array | null = null;
  private idList = new Int32Array(0);
  private nodeMask = new Int32Array(0);
  /**
   * Deeper edges for matching, rebuilt with idStart: open addressing over (node, word) with the
   * target node in edgeNext (a Map keyed by numbers measured ~4× slower per lookup).
   */
  private edgeNode = new Int32Array(0);
  private edgeWord = new Int32Array(0);
  private edgeNext = new Int32Array(0);
  private edgeShift = 32;
  /** 1 for nodes with children: a phrase that cannot go on costs no edge lookup. */
  private hasChild = new Uint8Array(0);
  private rootEdge = new Int32Array(1024);
  private readonly edges = new Map<number, number>();

  /** Words in the longest phrase registered (any variant): no match spans more tokens. */
  longestPhrase = 0;
  /** Set by restore(): the tables came from a snapshot, not from phrases. */
  private restored = false;

  /** Register a phrase under an id; returns false when the phrase has no word tokens. */
  add(phrase: string, id: number): boolean {
    return this.addVariants(phrase, (node) => {
      const list = this.ids[node] ?? [];
      if (!list.includes(id)) list.push(id);
      this.ids[node] = list;
    });
  }

  /**
   * Register a context phrase: wherever it occurs, match() ORs `bits` into the context mask of
   * its sentence instead of reporting a match (contexts are frequent and need nothing else).
   */
  addContext(phrase: string, bits: number): boolean {
    return this.addVariants(phrase, (node) => {
      this.masks[node] = (this.masks[node] ?? 0) | bits;
    });
  }

  /** The trie as data (see VocabularySnapshot): per node its ids and context bits, and the edges. */
  snapshot(): LexiconSnapshot {
    if (this.restored) throw new Error('Lexicon: a restored lexicon has no phrases to snapshot');
    const idStart = [0];
    const idList: number[] = [];
    for (const list of this.ids) {
      if (list) idList.push(...list);
      idStart.push(idList.length);
    }
    const rootEdges: number[] = [];
    this.rootEdge.forEach((next, word) => {
      if (next) rootEdges.push(word, next);
    });
    const edges: number[] = [];
    for (const [key, next] of this.edges) edges.push(key, next);
    return { idStart, idList, masks: [...this.masks], rootEdges, edges, longestPhrase: this.longestPhrase };
  }

  /**
   * Replaces this lexicon's phrases with a snapshot's: straight into the tables match() reads, so
   * a restored lexicon takes no more phrases (add() and snapshot() throw).
   */
  restore(snapshot: LexiconSnapshot): void {
    this.restored = true;
    this.ids.length = 0;
    this.masks.length = 0;
    this.edges.clear();
    let rootSize = 1024;
    for (let k = 0; k < snapshot.rootEdges.length; k += 2) rootSize = Math.max(rootSize, (snapshot.rootEdges[k] ?? 0) + 1);
    this.rootEdge = new Int32Array(rootSize);
    for (let k = 0; k < snapshot.rootEdges.length; k += 2) this.rootEdge[snapshot.rootEdges[k] ?? 0] = snapshot.rootEdges[k + 1] ?? 0;
    this.longestPhrase = snapshot.longestPhrase;
    this.idList = Int32Array.from(snapshot.idList);
    this.nodeMask = Int32Array.from(snapshot.masks);
    this.buildEdgeTable(snapshot.edges, snapshot.masks.length);
    this.idStart = Int32Array.from(snapshot.idStart);
  }

  private addVariants(phrase: string, mark: (node: number) => void): boolean {
    if (this.restored) throw new Error('Lexicon: a restored lexicon takes no more phrases');
    const toks = words(phrase);
    if (toks.length === 0) return false;
    for (const variant of joinVariants(toks)) mark(this.insert(variant.map(intern)));
    return true;
  }

  /** The node of a phrase (word ids), created as needed. */
  private insert(toks: number[]): number {
    this.idStart = null;
    this.longestPhrase = Math.max(this.longestPhrase, toks.length);
    let node = 0;
    for (const t of toks) {
      if (t >= EDGE_BASE) throw new Error('Lexicon: more than 65536 distinct cue words');
      let next = node === 0 ? (this.rootEdge[t] ?? 0) : (this.edges.get(node * EDGE_BASE + t) ?? 0);
      if (!next) {
        next = this.ids.length;
        this.ids.push(null);
        this.masks.push(0);
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
    return node;
  }

  private flattenIds(): Int32Array {
    const idStart = new Int32Array(this.ids.length + 1);
    for (let k = 0; k < this.ids.length; k++) idStart[k + 1] = (idStart[k] ?? 0) + (this.ids[k]?.length ?? 0);
    this.idList = Int32Array.from(this.ids.flatMap((list) => list ?? []));
    this.nodeMask = Int32Array.from(this.masks);
    const pairs: number[] = [];
    for (const [key, next] of this.edges) pairs.push(key, next);
    this.buildEdgeTable(pairs, this.ids.length);
    this.idStart = idStart;
    return idStart;
  }

  /** The deeper edges' open addressing (see edgeNode) and hasChild, from (node · 2^16 + word, next) pairs. */
  private buildEdgeTable(pairs: ArrayLike<number>, nodeCount: number): void {
    const bits = Math.max(4, Math.ceil(Math.log2(pairs.length + 1)));
    this.edgeShift = 32 - bits;
    this.edgeNode = new Int32Array(1 << bits);
    this.edgeWord = new Int32Array(1 << bits);
    this.edgeNext = new Int32Array(1 << bits);
    this.hasChild = new Uint8Array(nodeCount);
    for (let k = 0; k < pairs.length; k += 2) {
      const key = pairs[k] ?? 0;
      const node = Math.floor(key / EDGE_BASE);
      const word = key % EDGE_BASE;
      this.hasChild[node] = 1;
      let slot = edgeSlot(node, word, this.edgeShift);
      while (this.edgeNode[slot]) slot = (slot + 1) & ((1 << bits) - 1);
      this.edgeNode[slot] = node;
      this.edgeWord[slot] = word;
      this.edgeNext[slot] = pairs[k + 1] ?? 0;
    }
  }

  /**
   * All phrase occurrences into `out` (cleared first), ordered by first token, then end token,
   * then id: (id, first token, end token exclusive). Context phrases OR their bits into
   * `sentenceMask` (indexed by sentence number, so at least as long as the tokens' sentences).
   */
  match(tokens: Tokens, out: MatchBuffer, sentenceMask: Uint32Array): void {
    out.count = 0;
    const idStart = this.idStart ?? this.flattenIds();
    // Fields as locals: V8 would reload each from `this` (and check it) at every use.
    const idList = this.idList;
    const nodeMask = this.nodeMask;
    const hasChild = this.hasChild;
    const edgeNode = this.edgeNode;
    const edgeWord = this.edgeWord;
    const edgeNext = this.edgeNext;
    const edgeShift = this.edgeShift;
    const edgeMask = edgeNode.length - 1;
    const n = tokens.to;
    const tid = tokens.id;
    const sentence = tokens.sentence;
    const root = this.rootEdge;
    for (let i = tokens.from; i < n; i++) {
      const first = tid[i] ?? 0;
      if (!first || first >= root.length) continue;
      let node = root[first] ?? 0;
      let k = i;
      while (node) {
        const bits = nodeMask[node] ?? 0;
        if (bits) {
          const s = sentence[i] ?? 0;
          sentenceMask[s] = (sentenceMask[s] ?? 0) | bits;
        }
        for (let q = idStart[node] ?? 0, stop = idStart[node + 1] ?? 0; q < stop; q++) out.push(idList[q] ?? 0, i, k + 1);
        if (k + 1 >= n || !hasChild[node]) break;
        k++;
        const word = tid[k] ?? 0;
        // A phrase never runs on into the next sentence ("… micro-RNAs (mi-RNAs). Exosomes' cargo"
        // holds no "RNA exosome").
        if (!word || sentence[k] !== sentence[i]) break;
        // The child along `word`: open addressing over (node, word), see flattenIds.
        let slot = edgeSlot(node, word, edgeShift);
        let next = 0;
        for (;;) {
          const at = edgeNode[slot] ?? 0;
          if (!at) break;
          if (at === node && edgeWord[slot] === word) {
            next = edgeNext[slot] ?? 0;
            break;
          }
          slot = (slot + 1) & edgeMask;
        }
        node = next;
      }
    }
  }
}

function edgeSlot(node: number, word: number, shift: number): number {
  return Math.imul((node << 16) ^ word, 0x9e3779b1) >>> shift;
}

/** Growable parallel arrays of matches (reused across calls: no object per match). */
export class MatchBuffer {
  count = 0;
  id = new Int32Array(256);
  t0 = new Int32Array(256);
  t1 = new Int32Array(256);

  push(id: number, t0: number, t1: number): void {
    if (this.count === this.id.length) {
      this.id = doubled(this.id);
      this.t0 = doubled(this.t0);
      this.t1 = doubled(this.t1);
    }
    this.id[this.count] = id;
    this.t0[this.count] = t0;
    this.t1[this.count] = t1;
    this.count++;
  }
}

/**
 * "photo aging" → [photo, aging], [photoaging]; up to 4 tokens get every join combination. A joined
 * word is stemmed as a text word is, except one that ends in a lone "s" token ("MH-S" → "mhs"):
 * stemming would take that whole token off and leave the name before it ("mh", any "MH").
 */
function joinVariants(toks: string[]): string[][] {
  if (toks.length === 1 || toks.length > 4) return [toks];
  const out: string[][] = [];
  const gaps = toks.length - 1;
  for (let mask = 0; mask < 1 << gaps; mask++) {
    const v: string[] = [];
    let cur = toks[0] ?? '';
    let endsInLoneS = false;
    for (let g = 0; g < gaps; g++) {
      const nextTok = toks[g + 1] ?? '';
      if (mask & (1 << g)) {
        cur += nextTok;
        endsInLoneS = nextTok === 's';
      } else {
        v.push(endsInLoneS ? cur : stem(cur));
        cur = nextTok;
        endsInLoneS = false;
      }
    }
    v.push(endsInLoneS ? cur : stem(cur));
    out.push(v);
  }
  return out;
}
