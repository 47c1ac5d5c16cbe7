/**
 * Public face of the knowledge base for the UI and the analyzer: labels, notes and QC texts in
 * TAXONOMY order. Pure data access; no zod here (the schema is for tests and CLIs).
 */
import type { EvSource, NoteId, QcId, StudyType, TopicId } from '../model';
import { KB_DATA } from './kb-data';

export type QcItemInfo = { id: QcId; label: string; note: string; guidelines: readonly string[] };

export const KB_VERSION: string = KB_DATA.version;

export const TOPICS: readonly { id: TopicId; label: string; description: string }[] = KB_DATA.topics.map((t) => ({
  id: t.id,
  label: t.label,
  description: t.description,
}));

export const QC_ITEMS: readonly QcItemInfo[] = KB_DATA.qc.map((q) => ({ id: q.id, label: q.label, note: q.note, guidelines: q.guidelines }));

export const NOTES: readonly { id: NoteId; label: string; text: string }[] = KB_DATA.notes.map((n) => ({ id: n.id, label: n.label, text: n.text }));

export const EV_SOURCE_LABELS: Readonly<Record<EvSource, string>> = Object.fromEntries(
  KB_DATA.evSources.map((s) => [s.id, s.label]),
) as Record<EvSource, string>;

export const STUDY_TYPE_LABELS: Readonly<Record<StudyType, string>> = Object.fromEntries(
  KB_DATA.studyTypes.map((s) => [s.id, s.label]),
) as Record<StudyType, string>;

const TOPIC_BY_ID = new Map(TOPICS.map((t) => [t.id, t]));
const QC_BY_ID = new Map(QC_ITEMS.map((q) => [q.id, q]));

export function topicLabel(id: TopicId): string {
  return TOPIC_BY_ID.get(id)?.label ?? id;
}

export function qcItem(id: QcId): QcItemInfo {
  const item = QC_BY_ID.get(id);
  if (!item) throw new Error(`Unknown QC item: ${id}`);
  return item;
}
