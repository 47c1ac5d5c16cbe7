/** Filtering, counting and sorting the library for the popup. Pure and linear in the number of entries. */
import type { QcId, TopicId } from '../model';
import { TOPIC_IDS } from './exolens-tags';
import { foldText, shortAuthorName } from './text';
import type { LibraryEntry } from './types';

export type LibraryFilter = {
  /** Every whitespace-separated word must occur in title, authors, journal, keywords, MeSH, tags or note (case- and diacritic-insensitive). */
  text?: string;
  topic?: TopicId;
  /** 'any' = at least one QC item reported. */
  qc?: QcId | 'any';
  /** A user tag, compared case-insensitively. */
  tag?: string;
};

function searchableText(entry: LibraryEntry): string {
  return foldText(
    [
      entry.title,
      ...entry.authors.map((author) => `${shortAuthorName(author)} ${author.given ?? ''}`),
      entry.journal ?? '',
      entry.journalAbbrev ?? '',
      ...entry.keywords,
      ...entry.mesh,
      ...entry.tags,
      entry.note,
    ].join('\n'),
  );
}

export function filterEntries(entries: readonly LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
  const words = filter.text ? foldText(filter.text).split(/\s+/).filter((word) => word.length > 0) : [];
  const tag = filter.tag?.trim().toLowerCase();
  return entries.filter((entry) => {
    if (filter.topic && !entry.exolens?.topics.includes(filter.topic)) return false;
    if (filter.qc === 'any' && !entry.exolens?.qcReported.length) return false;
    if (filter.qc && filter.qc !== 'any' && !entry.exolens?.qcReported.includes(filter.qc)) return false;
    if (tag && !entry.tags.some((own) => own.toLowerCase() === tag)) return false;
    if (words.length > 0) {
      const haystack = searchableText(entry);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** Entries per topic, every topic present (0 when none). */
export function countByTopic(entries: readonly LibraryEntry[]): Record<TopicId, number> {
  const counts = Object.fromEntries(TOPIC_IDS.map((id) => [id, 0])) as Record<TopicId, number>;
  for (const entry of entries) {
    for (const topic of new Set(entry.exolens?.topics ?? [])) counts[topic] += 1;
  }
  return counts;
}

export type LibrarySort = 'added' | 'year' | 'title';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * A sorted copy: 'added' newest first, 'year' newest first (entries without a year last),
 * 'title' alphabetical ignoring case and accents. Ties keep the library's order.
 */
export function sortEntries(entries: readonly LibraryEntry[], by: LibrarySort): LibraryEntry[] {
  const copy = [...entries];
  if (by === 'added') copy.sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0));
  else if (by === 'title') copy.sort((a, b) => collator.compare(a.title, b.title));
  else {
    const yearOf = (entry: LibraryEntry) => {
      const year = entry.year?.match(/\d{4}/)?.[0];
      return year === undefined ? -1 : Number(year);
    };
    copy.sort((a, b) => yearOf(b) - yearOf(a));
  }
  return copy;
}
