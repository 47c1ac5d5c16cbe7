/**
 * Marks evidence spans on the page: each span's characters are wrapped in
 * <mark class="exolens-mark" data-exolens-highlight>, split per text node when the span
 * crosses inline markup (<b>, <i>, links). Only text nodes are split and moved; nothing is
 * parsed from strings, so hostile page text stays text. clear() puts the original text
 * nodes back, merged, so the DOM (and every TextMap pointing into it) is as before.
 */
import type { Evidence } from '../model';
import { type FieldSources, fieldKey } from './common';
import { piecesFor } from './text';

export type { FieldSources } from './common';

export type HighlightResult = {
  /** Spans highlighted (spans whose field has no source on this page, or whose text no longer matches, are left out). */
  count: number;
  /** The first mark in document order (the caller decides whether to scroll to it). */
  first: Element | undefined;
  clear(): void;
};

export const MARK_CLASS = 'exolens-mark';

type Interval = { start: number; end: number };

export function highlightEvidence(doc: Document, sources: FieldSources, evidence: readonly Evidence[]): HighlightResult {
  // Collect every node interval first: wrapping splits text nodes, which would shift the
  // offsets of later spans in the same node.
  const byNode = new Map<Text, Interval[]>();
  let count = 0;
  for (const span of evidence) {
    const map = sources[fieldKey(span.field, span.index)];
    if (!map || span.start < 0 || span.end > map.text.length || span.start >= span.end || map.text.slice(span.start, span.end) !== span.text) continue;
    const pieces = piecesFor(map, span.start, span.end);
    if (!pieces.length) continue;
    count++;
    for (const piece of pieces) {
      const intervals = byNode.get(piece.node) ?? [];
      intervals.push({ start: piece.startOffset, end: piece.endOffset });
      byNode.set(piece.node, intervals);
    }
  }

  const marks: Element[] = [];
  /** Text nodes split off each original node, to merge back on clear. */
  const splitOff = new Map<Text, Set<Text>>();
  for (const [node, intervals] of byNode) {
    if (!node.parentNode) continue;
    const created = new Set<Text>();
    // Right to left, so the original node keeps its offsets for the intervals still to do.
    for (const { start, end } of mergeIntervals(intervals).reverse()) {
      if (end < node.length) created.add(node.splitText(end));
      const target = start > 0 ? node.splitText(start) : node;
      if (target !== node) created.add(target);
      const mark = doc.createElement('mark');
      mark.className = MARK_CLASS;
      mark.setAttribute('data-exolens-highlight', '');
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      marks.push(mark);
    }
    splitOff.set(node, created);
  }
  marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));

  let cleared = false;
  const clear = () => {
    if (cleared) return;
    cleared = true;
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    // Merge only the nodes we split off (a targeted normalize(): text nodes the page itself
    // keeps adjacent are left alone, and the original node objects survive).
    for (const [node, created] of splitOff) {
      let next = node.nextSibling;
      while (next && next.nodeType === 3 && created.has(next as Text)) {
        node.appendData((next as Text).data);
        const after = next.nextSibling;
        next.parentNode!.removeChild(next);
        next = after;
      }
    }
  };

  return { count, first: marks[0], clear };
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}
