/** Builders for synthetic ArticleInputs used across the analysis tests (all text here is our own). */
import type { ArticleInput, Evidence } from '../../../utils/model';

export function article(title: string, abstract = '', extra: Partial<ArticleInput> = {}): ArticleInput {
  return { ids: {}, title, abstract: abstract ? [{ text: abstract }] : [], keywords: [], mesh: [], publicationTypes: [], ...extra };
}

/** The string an evidence span points into. */
export function sourceOf(input: ArticleInput, ev: Evidence): string {
  switch (ev.field) {
    case 'title': return input.title;
    case 'abstract': return input.abstract[ev.index]?.text ?? '';
    case 'keywords': return input.keywords[ev.index] ?? '';
    case 'mesh': return input.mesh[ev.index] ?? '';
    case 'coi': return input.coi ?? '';
    case 'fullText': return input.fullText?.[ev.index]?.text ?? '';
    case 'publicationTypes': return input.publicationTypes[ev.index] ?? '';
  }
}
