import { describe, expect, it } from 'vitest';
import { KB_DATA, KB_VERSION } from '../../../utils/knowledge/kb-data';
import { EV_SOURCE_LABELS, NOTES, QC_ITEMS, STUDY_TYPE_LABELS, TOPICS, qcLabel, topicLabel } from '../../../utils/knowledge/index';
import { GUIDELINE_CITATIONS, NOTE_TEXTS, QC_GUIDELINES, QC_NOTES, TOPIC_DESCRIPTIONS } from '../../../utils/knowledge/kb-docs';
import { GUIDELINE_IDS, kbDocsSchema, kbSchema } from '../../../utils/knowledge/schema';
import type { CueDef } from '../../../utils/knowledge/types';
import { words } from '../../../utils/analysis/matcher';
import { readShared } from '../../shared';

/** Backticked ids in the first column of the TAXONOMY table that follows a heading. */
function taxonomyIds(section: RegExp): string[] {
  const text = readShared('domain', 'TAXONOMY.md');
  const start = text.search(section);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start);
  const next = rest.slice(3).search(/\n## /);
  const body = next < 0 ? rest : rest.slice(0, next + 3);
  return [...body.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('knowledge base', () => {
  it('passes its zod schema', () => {
    const parsed = kbSchema.safeParse(KB_DATA);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('rejects cue options that do not go together (skinUnlessOtherTissue without doc: skin)', () => {
    const cue = (opts: object): CueDef[] => [['wound healing', 1, opts] as CueDef];
    const withCues = (cues: CueDef[]) => ({ ...KB_DATA, topics: KB_DATA.topics.map((t, i) => (i === 0 ? { ...t, cues: [...t.cues, ...cues] } : t)) });
    expect(kbSchema.safeParse(withCues(cue({ doc: 'skin', skinUnlessOtherTissue: true }))).success).toBe(true);
    expect(kbSchema.safeParse(withCues(cue({ skinUnlessOtherTissue: true }))).success).toBe(false);
    expect(kbSchema.safeParse(withCues(cue({ doc: 'ev', skinUnlessOtherTissue: true }))).success).toBe(false);
  });

  it('rejects namesNoAnimal outside the in-vivo cues', () => {
    const withVivoCue = (id: string) => ({
      ...KB_DATA,
      studyTypes: KB_DATA.studyTypes.map((s) => (s.id === id ? { ...s, cues: [...s.cues, ['wound bed', 0.5, { namesNoAnimal: true }] as CueDef] } : s)),
    });
    expect(kbSchema.safeParse(withVivoCue('in-vivo')).success).toBe(true);
    expect(kbSchema.safeParse(withVivoCue('in-vitro')).success).toBe(false);
    const onTopic = { ...KB_DATA, topics: KB_DATA.topics.map((t, i) => (i === 0 ? { ...t, cues: [...t.cues, ['wound bed', 1, { namesNoAnimal: true }] as CueDef] } : t)) };
    expect(kbSchema.safeParse(onTopic).success).toBe(false);
  });

  it('has its prose for every topic, guideline, QC item and note (kb-docs.ts, kept out of the content scripts)', () => {
    const docs = { topicDescriptions: TOPIC_DESCRIPTIONS, guidelineCitations: GUIDELINE_CITATIONS, qcNotes: QC_NOTES, qcGuidelines: QC_GUIDELINES, noteTexts: NOTE_TEXTS };
    const parsed = kbDocsSchema.safeParse(docs);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // The schema must notice a topic without a description and a description of no topic.
    const { pigmentation: _dropped, ...missingOne } = TOPIC_DESCRIPTIONS;
    expect(kbDocsSchema.safeParse({ ...docs, topicDescriptions: missingOne }).success).toBe(false);
    expect(kbDocsSchema.safeParse({ ...docs, topicDescriptions: { ...TOPIC_DESCRIPTIONS, acne: 'Acne.' } }).success).toBe(false);
    const { 'qc-dose': _noDose, ...qcNotesMissingOne } = QC_NOTES;
    expect(kbDocsSchema.safeParse({ ...docs, qcNotes: qcNotesMissingOne }).success).toBe(false);
  });

  it('has topic and QC ids exactly as TAXONOMY.md, in its order', () => {
    expect(TOPICS.map((t) => t.id)).toEqual(taxonomyIds(/## 1\. Therapeutic topics/));
    expect(QC_ITEMS.map((q) => q.id)).toEqual(taxonomyIds(/## 3\. QC notes/));
    expect(QC_ITEMS).toHaveLength(14);
  });

  it("lists topics, QC items, sources and study types in kb-labels.ts's order, by which the analyzer numbers them", () => {
    expect(KB_DATA.topics.map((t) => t.id)).toEqual(TOPICS.map((t) => t.id));
    expect(KB_DATA.qc.map((q) => q.id)).toEqual(QC_ITEMS.map((q) => q.id));
    expect(KB_DATA.evSources.map((s) => s.id)).toEqual(Object.keys(EV_SOURCE_LABELS));
    expect(KB_DATA.studyTypes.map((s) => s.id)).toEqual(Object.keys(STUDY_TYPE_LABELS));
    expect(KB_DATA.notes.map((n) => n.id)).toEqual(NOTES.map((n) => n.id));
  });

  it('has the facet values TAXONOMY.md lists', () => {
    const text = readShared('domain', 'TAXONOMY.md');
    const row = (facet: string) => text.split('\n').find((l) => l.startsWith(`| \`${facet}\``)) ?? '';
    const ids = (line: string) => [...(line.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(Object.keys(EV_SOURCE_LABELS)).toEqual(ids(row('ev_source')));
    expect(Object.keys(STUDY_TYPE_LABELS)).toEqual(ids(row('study_type')));
  });

  it('cites only allowed guidelines, at least one per QC item', () => {
    for (const q of QC_ITEMS) {
      expect(QC_GUIDELINES[q.id].length, q.id).toBeGreaterThan(0);
      for (const g of QC_GUIDELINES[q.id]) expect(GUIDELINE_IDS as readonly string[]).toContain(g);
      expect(QC_NOTES[q.id].length, q.id).toBeGreaterThan(40);
    }
  });

  it('exposes labels, notes and a version for caches', () => {
    expect(KB_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(topicLabel('hair-growth')).toBe('Hair growth');
    expect(qcLabel('qc-isolation')).toBe('Isolation method');
    expect(NOTES.map((n) => n.id)).toEqual(['coi-industry', 'retracted', 'corrected', 'regulatory']);
    expect(NOTE_TEXTS.regulatory).toMatch(/FDA.*December 2019|December 2019.*FDA/);
  });

  it('lists no cue twice for one label once normalised (plurals, hyphens, British spellings): the first would shadow the second', () => {
    // Unless the first holds only in some contexts (req): elsewhere the second counts.
    const key = (phrase: string) => words(phrase).join(' ');
    const lists: [string, CueDef[]][] = [
      ...KB_DATA.topics.map((t): [string, CueDef[]] => [t.id, t.cues]),
      ['isEv', KB_DATA.isEv.cues],
      ['isMsc', KB_DATA.isMsc.cues],
      ...KB_DATA.evSources.map((t): [string, CueDef[]] => [t.id, t.cues]),
      ...KB_DATA.studyTypes.map((t): [string, CueDef[]] => [t.id, t.cues]),
      ['experimental', KB_DATA.experimental],
      ...KB_DATA.qc.map((t): [string, CueDef[]] => [t.id, t.cues]),
      ...KB_DATA.notes.map((t): [string, CueDef[]] => [t.id, t.cues]),
      ...Object.entries(KB_DATA.contexts),
    ];
    const repeated = lists.flatMap(([owner, cues]) => {
      const seen = new Set<string>();
      return cues.flatMap((cue) => {
        const k = key(typeof cue === 'string' ? cue : cue[0]);
        if (seen.has(k)) return [`${owner}: ${k}`];
        if (typeof cue === 'string' || !cue[2]?.req) seen.add(k);
        return [];
      });
    });
    expect(repeated).toEqual([]);
  });
});
