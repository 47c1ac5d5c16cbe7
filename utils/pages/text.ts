/**
 * Whitespace-collapsing text extraction that remembers where every reported character came
 * from, so an evidence span {start, end} over the reported string can be located in the DOM
 * exactly (for highlighting). Pure DOM: no extension APIs, no layout (works in happy-dom).
 *
 * The reported text collapses every whitespace run (incl. NBSP) to one space, trims both
 * ends, and puts a space between block-level elements ("<p>a</p><p>b</p>" → "a b").
 * A collapsed space maps to the first whitespace character of its run; a space inserted
 * for a block boundary maps to no DOM character at all (it is "virtual").
 */

/** A run of reported characters that maps linearly onto one DOM text node. */
export type TextSegment = {
  start: number; // offset in the reported text
  length: number;
  node: Text;
  offset: number; // offset in node.data
};

/** The reported text plus its map back to DOM text nodes. Characters not covered by a
 * segment are virtual separators. */
export type TextMap = {
  readonly text: string;
  readonly segments: readonly TextSegment[];
};

/** One contiguous stretch of one DOM text node. */
export type TextPiece = { node: Text; startOffset: number; endOffset: number };

export type ExtractOptions = {
  /** Extra CSS selector of elements to leave out (added to the defaults). */
  skip?: string;
  /** Specific elements to leave out (e.g. a label <strong> or nested sections). */
  exclude?: Iterable<Element>;
};

/** Never visible reading text: code, styles, inline graphics and helper elements the page hides. */
const DEFAULT_SKIP = 'script, style, noscript, template, svg, img, [hidden]';

/** Local names of the elements whose text is set apart from its neighbours'. */
const BLOCK_TAG =
  /^(?:address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/i;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE = /\s/;

// Helpers are #private so terser can shorten their names (the content scripts' 40 kB budget).
class MapBuilder {
  text = '';
  readonly segments: TextSegment[] = [];
  /** Where the pending collapsed space comes from (null = a virtual block separator). */
  #pendingSpace: { node: Text | null; offset: number } | undefined;

  addTextNode(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (WHITESPACE.test(data.charAt(i))) {
        this.#pendingSpace ??= { node, offset: i };
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !WHITESPACE.test(data.charAt(j))) j++;
      this.#flushSpace();
      this.#push(node, i, data.slice(i, j));
      i = j;
    }
  }

  blockBoundary(): void {
    this.#pendingSpace ??= { node: null, offset: 0 };
  }

  #flushSpace(): void {
    const pending = this.#pendingSpace;
    this.#pendingSpace = undefined;
    if (!pending || this.text.length === 0) return;
    if (pending.node) this.#push(pending.node, pending.offset, ' ');
    else this.text += ' ';
  }

  #push(node: Text, offset: number, chars: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === this.text.length) {
      last.length += chars.length;
    } else {
      this.segments.push({ start: this.text.length, length: chars.length, node, offset });
    }
    this.text += chars;
  }
}

export function extractText(root: Element, opts: ExtractOptions = {}): { text: string; map: TextMap } {
  const builder = new MapBuilder();
  const skip = opts.skip ? `${DEFAULT_SKIP}, ${opts.skip}` : DEFAULT_SKIP;
  const excluded = new Set<Element>(opts.exclude ?? []);
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        builder.addTextNode(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const isBlock = BLOCK_TAG.test(el.localName);
        if (isBlock) builder.blockBoundary();
        if (!excluded.has(el) && !el.matches(skip)) visit(el);
        if (isBlock) builder.blockBoundary();
      }
    }
  };
  visit(root);
  const map: TextMap = { text: builder.text, segments: builder.segments };
  return { text: map.text, map };
}

/** The text of an element, collapsed like extractText, without keeping the map. */
export function textOf(el: Element | null | undefined, opts?: ExtractOptions): string {
  return el ? extractText(el, opts).text : '';
}

/** The map of map.text.slice(start, end). */
export function sliceMap(map: TextMap, start: number, end: number): TextMap {
  const segments: TextSegment[] = [];
  for (const seg of map.segments) {
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.start + seg.length);
    if (from >= to) continue;
    segments.push({ start: from - start, length: to - from, node: seg.node, offset: seg.offset + (from - seg.start) });
  }
  return { text: map.text.slice(start, end), segments };
}

/** The map of the slice with surrounding whitespace and the given trailing characters removed. */
export function trimmedSliceMap(map: TextMap, start: number, end: number, trailing = ''): TextMap {
  const text = map.text;
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text.charAt(s))) s++;
  while (e > s && (WHITESPACE.test(text.charAt(e - 1)) || (trailing !== '' && trailing.includes(text.charAt(e - 1))))) e--;
  return sliceMap(map, s, e);
}

/** Splits a map on a separator into trimmed, non-empty parts (e.g. "a; b; c." → a, b, c). */
export function splitMap(map: TextMap, separator: RegExp, trailing = '.'): TextMap[] {
  const flags = separator.flags.includes('g') ? separator.flags : `${separator.flags}g`;
  const re = new RegExp(separator.source, flags);
  const parts: TextMap[] = [];
  let from = 0;
  const take = (to: number) => {
    const part = trimmedSliceMap(map, from, to, trailing);
    if (part.text !== '') parts.push(part);
  };
  for (const match of map.text.matchAll(re)) {
    take(match.index);
    from = match.index + match[0].length;
  }
  take(map.text.length);
  return parts;
}

/** Concatenates maps with a virtual separator between them. */
export function joinMaps(maps: readonly TextMap[], separator = ' '): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  for (const map of maps) {
    if (map.text === '') continue;
    if (text !== '') text += separator;
    const shift = text.length;
    for (const seg of map.segments) segments.push({ ...seg, start: seg.start + shift });
    text += map.text;
  }
  return { text, segments };
}

/** The DOM text-node stretches that hold map.text.slice(start, end), in document order.
 * Virtual separators contribute nothing. */
export function piecesFor(map: TextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const segments = map.segments;
  // Binary search for the first segment that ends after `start`.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.start + seg.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.start + seg.length);
    if (from >= to) continue;
    const startOffset = seg.offset + (from - seg.start);
    const endOffset = seg.offset + (to - seg.start);
    const last = pieces[pieces.length - 1];
    if (last && last.node === seg.node) last.endOffset = endOffset;
    else pieces.push({ node: seg.node, startOffset, endOffset });
  }
  return pieces;
}

/** A DOM Range covering map.text.slice(start, end), or null when the span maps to nothing. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const pieces = piecesFor(map, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.startOffset);
  range.setEnd(last.node, last.endOffset);
  return range;
}
