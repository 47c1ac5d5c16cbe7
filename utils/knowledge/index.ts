/**
 * Public face of the knowledge base for the UI: ids and labels in TAXONOMY order (kb-labels.ts).
 * The longer prose (QC notes, note texts, topic descriptions) is in kb-docs.ts, out of the content
 * scripts, and so are the cues (kb-data.ts). Pure data access; no zod here (the schema is for tests
 * and CLIs).
 */
import type { EvSource, NoteId, QcId, StudyType, TopicId } from '../model';
import { KB_LABELS } from './kb-labels';

export type QcItemInfo = { id: QcId; label: string };

/** The prose the article overlay shows, which it gets from the background (`kb/texts`, from kb-docs.ts). */
export type KbTexts = {
  qcNotes: Readonly<Record<QcId, string>>;
  qcGuidelines: Readonly<Record<QcId, readonly string[]>>;
  noteTexts: Readonly<Record<NoteId, string>>;
};

export const TOPICS: readonly { id: TopicId; label: string }[] = KB_LABELS.topics;

export const QC_ITEMS: readonly QcItemInfo[] = KB_LABELS.qc;

export const NOTES: readonly { id: NoteId; label: string }[] = KB_LABELS.notes;

export const EV_SOURCE_LABELS: Readonly<Record<EvSource, string>> = Object.fromEntries(
  KB_LABELS.evSources.map((s) => [s.id, s.label]),
) as Record<EvSource, string>;

export const STUDY_TYPE_LABELS: Readonly<Record<StudyType, string>> = Object.fromEntries(
  KB_LABELS.studyTypes.map((s) => [s.id, s.label]),
) as Record<StudyType, string>;

const TOPIC_BY_ID = new Map(TOPICS.map((t) => [t.id, t]));
const QC_BY_ID = new Map(QC_ITEMS.map((q) => [q.id, q]));

export function topicLabel(id: TopicId): string {
  return TOPIC_BY_ID.get(id)?.label ?? id;
}

export function qcLabel(id: QcId): string {
  return QC_BY_ID.get(id)?.label ?? id;
}
