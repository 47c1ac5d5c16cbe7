/**
 * Shared checks for the page tests: every reported string must equal its source map's text,
 * and every mapped character must be the DOM character it claims to be.
 */
import { expect } from 'vitest';
import type { ArticleInput, EvidenceField } from '../../../utils/model';
import type { FieldSources } from '../../../utils/pages/common';
import type { TextMap } from '../../../utils/pages/text';

export function reportedString(input: ArticleInput, field: EvidenceField, index: number): string | undefined {
  switch (field) {
    case 'title':
      return index === 0 ? input.title : undefined;
    case 'coi':
      return index === 0 ? input.coi : undefined;
    case 'abstract':
      return input.abstract[index]?.text;
    case 'fullText':
      return input.fullText?.[index]?.text;
    case 'keywords':
      return input.keywords[index];
    case 'mesh':
      return input.mesh[index];
    case 'publicationTypes':
      return input.publicationTypes[index];
  }
}

export function expectMapMatchesDom(map: TextMap): void {
  for (const seg of map.segments) {
    const dom = seg.node.data.slice(seg.offset, seg.offset + seg.length);
    const reported = map.text.slice(seg.start, seg.start + seg.length);
    // Collapsed whitespace maps to the first whitespace character of its run.
    expect(dom.replace(/\s/g, ' ')).toBe(reported);
  }
}

export function expectSourcesExact(input: ArticleInput, sources: FieldSources): void {
  for (const [key, map] of Object.entries(sources)) {
    const [field, index] = key.split(':') as [EvidenceField, string];
    expect(map!.text, key).toBe(reportedString(input, field, Number(index)));
    expectMapMatchesDom(map!);
  }
}
