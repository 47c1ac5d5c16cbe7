/**
 * Token-level phrase matcher. Cue phrases are normalised and tokenised exactly like article text,
 * stored once in a trie keyed by (light-stemmed) tokens, and matched in one left-to-right pass:
 * cost is one Map lookup per token plus the length of each candidate phrase, independent of the
 * number of cues. Hyphen/space/closed-up variants ("photo-aging", "photo aging", "photoaging")
 * are registered together when a phrase is added.
 */
import { normalize } from './normalize';

export type Tokens = {
  /** Stemmed tokens. */
  text: string[];
  /** Normalised-text offsets of each token. */
  start: number[];
  end: number[];
  /** Sentence number of each token (0-based within the field). */
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

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const NON_TERMINAL = new Set(['e', 'i', 'al', 'vs', 'fig', 'approx', 'ca', 'dr', 'no', 'ref', 'cf', 'sp', 'spp', 'st']);
const HEADINGS = new Set([
  'background', 'introduction', 'objective', 'objectives', 'aim', 'aims', 'purpose', 'context', 'rationale',
  'method', 'methods', 'materials', 'design', 'result', 'results', 'finding', 'findings', 'conclusion', 'conclusions',
  'significance', 'summary', 'case', 'discussion', 'interpretation', 'importance', 'observation', 'observations',
]);
const BACKGROUND_HEADINGS = new Set(['background', 'introduction', 'context', 'rationale', 'importance']);

/** Tokenise normalised text into stemmed word tokens with sentence numbers. */
export function tokenize(norm: string, sectionLabel?: string): Tokens {
  const text: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentence: number[] = [];
  const labelRole = sectionLabel && BACKGROUND_HEADINGS.has(normalize(sectionLabel).text.trim().split(/\W+/)[0] ?? '') ? 'background' : '';
  const sentenceRole: string[] = [labelRole];
  let sent = 0;
  let pendingBreak = false;
  let pendingHeading = '';
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (!isWordChar(c)) {
      if (text.length > 0) {
        if (c === 10) pendingBreak = true;
        else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= n || norm.charCodeAt(i + 1) === 32 || norm.charCodeAt(i + 1) === 10)) {
          const prev = text[text.length - 1] ?? '';
          // Initials ("A.B."), "e.g.", "et al." do not end a sentence.
          const initial = prev.length === 1 && prev >= 'a' && prev <= 'z';
          if (c !== 46 || !(NON_TERMINAL.has(prev) || initial)) pendingBreak = true;
        } else if (c === 58 && firstInSentenceHeading(text, sentence, sent)) {
          pendingBreak = true;
          pendingHeading = text[text.length - 1] ?? '';
        }
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordChar(norm.charCodeAt(j))) j++;
    if (pendingBreak) {
      sent++;
      const prevRole = sentenceRole[sent - 1] ?? '';
      sentenceRole[sent] = pendingHeading ? (BACKGROUND_HEADINGS.has(pendingHeading) ? 'background' : '') : prevRole;
      pendingBreak = false;
      pendingHeading = '';
    }
    text.push(stem(norm.slice(i, j)));
    start.push(i);
    end.push(j);
    sentence.push(sent);
    i = j;
  }
  return { text, start, end, sentence, sentenceRole };
}

/** A heading is one or two words opening a sentence and followed by ':'. */
function firstInSentenceHeading(text: string[], sentence: number[], sent: number): boolean {
  const last = text.length - 1;
  const word = text[last] ?? '';
  if (!HEADINGS.has(word) && !HEADINGS.has(word + 's')) return false;
  let count = 0;
  for (let k = last; k >= 0 && sentence[k] === sent; k--) count++;
  return count <= 3;
}

type Node = { ids: number[] | null; next: Map<string, Node> | null };

export class Lexicon {
  private readonly root = new Map<string, Node>();

  /** Register a phrase under an id; returns false when the phrase has no word tokens. */
  add(phrase: string, id: number): boolean {
    const toks = tokenize(normalize(phrase).text).text;
    if (toks.length === 0) return false;
    for (const variant of joinVariants(toks)) this.insert(variant, id);
    return true;
  }

  private insert(toks: string[], id: number): void {
    let map = this.root;
    let node: Node | undefined;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k] ?? '';
      node = map.get(t);
      if (!node) {
        node = { ids: null, next: null };
        map.set(t, node);
      }
      if (k < toks.length - 1) {
        if (!node.next) node.next = new Map();
        map = node.next;
      }
    }
    if (node) {
      if (!node.ids) node.ids = [];
      if (!node.ids.includes(id)) node.ids.push(id);
    }
  }

  /** All phrase occurrences: (id, first token, end token exclusive). */
  match(tokens: string[], out: Match[]): void {
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      let node = this.root.get(tokens[i] ?? '');
      let k = i;
      while (node) {
        if (node.ids) for (const id of node.ids) out.push({ id, t0: i, t1: k + 1 });
        if (!node.next || k + 1 >= n) break;
        k++;
        node = node.next.get(tokens[k] ?? '');
      }
    }
  }
}

export type Match = { id: number; t0: number; t1: number };

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
