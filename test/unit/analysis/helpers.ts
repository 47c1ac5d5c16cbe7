/** Builders for synthetic ArticleInputs used across the analysis tests (all text here is our own). */
import { KB_DATA } from '../../../utils/knowledge/kb-data';
import type { CueDef } from '../../../utils/knowledge/types';
import { analyze } from '../../../utils/analysis/analyze';
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

/** Every evidence span of the article's analysis: topics, QC items, notes and facets. */
export function allEvidence(input: ArticleInput): Evidence[] {
  const a = analyze(input);
  return [
    ...a.topics.flatMap((t) => t.evidence), ...a.qc.flatMap((q) => q.evidence), ...a.notes.flatMap((n) => n.evidence),
    ...a.facets.evidence.isEv, ...a.facets.evidence.isMsc,
    ...Object.values(a.facets.evidence.evSource).flat(), ...Object.values(a.facets.evidence.studyType).flat(),
  ];
}

/** Every phrase the analyzer registers in its lexicon (cues, false friends, contexts, negators). */
export function lexiconPhrases(): string[] {
  const cue = (c: CueDef) => (typeof c === 'string' ? c : c[0]);
  const labelled = [...KB_DATA.topics, KB_DATA.isEv, KB_DATA.isMsc, ...KB_DATA.evSources, ...KB_DATA.studyTypes, ...KB_DATA.qc];
  return [
    ...labelled.flatMap((l) => [...l.cues.map(cue), ...l.falseFriends]),
    ...KB_DATA.experimental.map(cue),
    ...KB_DATA.notes.flatMap((n) => n.cues.map(cue)),
    ...Object.values(KB_DATA.contexts).flat(),
    ...KB_DATA.negators,
  ];
}
