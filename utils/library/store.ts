/**
 * The persisted library value, its migrations, and pure operations on it. The background is
 * the single writer: it loads with migrateLibrary, applies these operations, and stores the
 * returned value.
 *
 * Stored shapes
 * - v2 (current): { version: 2, entries: LibraryEntry[] }.
 * - v1 (ExoLens 0.x): { version?: 1, items: V1Item[] } where V1Item is
 *     { pmid?: string, doi?: string, title: string, authors: string[] (NLM short form
 *       "Ha DH"; a name without trailing initials is a collective author),
 *       journal?: string, year?: string | number, tags: string[], savedAt?: ISO string }.
 *   v1 had no notes, abstracts or analysis; v1 items migrate to entries with empty ones.
 *
 * Nothing unreadable is dropped silently: a foreign or corrupted value (or entry) is returned
 * in `quarantined` with a line in `problems`, for the caller to keep aside and show.
 */
import { z } from 'zod';
import type { Author } from '../model';
import { findDuplicate, mergeEntries, entryKey, sameArticle } from './entry';
import { COVERAGE_IDS, EV_SOURCE_IDS, NOTE_IDS, QC_IDS, STUDY_TYPE_IDS, TOPIC_IDS } from './exolens-tags';
import { normaliseIds, normaliseTitle, parseShortName } from './text';
import type { ExoLensSummary, LibraryEntry } from './types';

export const LIBRARY_SCHEMA_VERSION = 2;

export type Library = { version: typeof LIBRARY_SCHEMA_VERSION; entries: LibraryEntry[] };

export function emptyLibrary(): Library {
  return { version: LIBRARY_SCHEMA_VERSION, entries: [] };
}

// ---------------------------------------------------------------------------------------
// Schemas

const idsSchema = z.object({
  pmid: z.string().optional(),
  pmcid: z.string().optional(),
  doi: z.string().optional(),
});

const authorSchema = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  initials: z.string().optional(),
  collective: z.string().optional(),
});

export const exolensSummarySchema = z.object({
  kbVersion: z.string(),
  topics: z.array(z.enum(TOPIC_IDS)),
  isEv: z.boolean(),
  isMsc: z.boolean(),
  evSource: z.array(z.enum(EV_SOURCE_IDS)),
  studyType: z.array(z.enum(STUDY_TYPE_IDS)),
  qcReported: z.array(z.enum(QC_IDS)),
  coverage: z.enum(COVERAGE_IDS),
  notes: z.array(z.enum(NOTE_IDS)),
}) satisfies z.ZodType<ExoLensSummary>;

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not an ISO date');

/** A stored v2 entry. Lists and the note default to empty, so an entry saved before a field existed still loads. */
const entrySchema = z.object({
  key: z.string().min(1),
  ids: idsSchema,
  title: z.string(),
  authors: z.array(authorSchema).default([]),
  journal: z.string().optional(),
  journalAbbrev: z.string().optional(),
  year: z.string().optional(),
  pubDate: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  issn: z.string().optional(),
  language: z.string().optional(),
  abstract: z.string().optional(),
  keywords: z.array(z.string()).default([]),
  mesh: z.array(z.string()).default([]),
  publicationTypes: z.array(z.string()).default([]),
  // Checked separately: an unreadable summary must not cost the user the reference.
  exolens: z.unknown().optional(),
  tags: z.array(z.string()).default([]),
  note: z.string().default(''),
  addedAt: isoDate,
  updatedAt: isoDate.optional(),
});

const v1ItemSchema = z.object({
  pmid: z.string().optional(),
  doi: z.string().optional(),
  title: z.string().min(1),
  authors: z.array(z.string()).default([]),
  journal: z.string().optional(),
  year: z.union([z.string(), z.number().int()]).optional(),
  tags: z.array(z.string()).default([]),
  savedAt: isoDate.optional(),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`)
    .join('; ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

// ---------------------------------------------------------------------------------------
// Migration

export type MigrationResult = { library: Library; quarantined: unknown[]; problems: string[] };

/**
 * Reads whatever storage held under the library key. `undefined` and `null` mean "nothing
 * stored yet" (WXT's storage.getItem answers null for a missing key) and give an empty
 * library without a problem; anything else that is not a readable v1 or v2 library is
 * quarantined whole, and inside a readable one each unreadable entry is quarantined alone.
 */
export function migrateLibrary(raw: unknown, now: Date = new Date()): MigrationResult {
  const quarantined: unknown[] = [];
  const problems: string[] = [];
  const result = (entries: LibraryEntry[]): MigrationResult => ({
    library: { version: LIBRARY_SCHEMA_VERSION, entries },
    quarantined,
    problems,
  });

  if (raw === undefined || raw === null) return result([]);
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    quarantined.push(raw);
    problems.push(`The stored library is ${describeValue(raw)}, not a library object; it was set aside.`);
    return result([]);
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;

  if (version === LIBRARY_SCHEMA_VERSION) {
    if (!Array.isArray(record.entries)) {
      quarantined.push(raw);
      problems.push(`The stored v2 library has ${describeValue(record.entries)} for entries, not a list; it was set aside.`);
      return result([]);
    }
    return result(readEntries(record.entries, (item, index) => readV2Entry(item, index, quarantined, problems), quarantined, problems));
  }
  if ((version === undefined || version === 1) && 'items' in record) {
    if (!Array.isArray(record.items)) {
      quarantined.push(raw);
      problems.push(`The stored v1 library has ${describeValue(record.items)} for items, not a list; it was set aside.`);
      return result([]);
    }
    const stamp = now.toISOString();
    return result(readEntries(record.items, (item, index) => readV1Item(item, index, stamp, quarantined, problems), quarantined, problems));
  }
  quarantined.push(raw);
  problems.push(
    typeof version === 'number' && version > LIBRARY_SCHEMA_VERSION
      ? `The stored library is version ${version}, newer than this ExoLens understands (${LIBRARY_SCHEMA_VERSION}); it was set aside.`
      : 'The stored value is not an ExoLens library (no known version with entries or items); it was set aside.',
  );
  return result([]);
}

/** Reads each item; a second entry with a key already seen is quarantined rather than merged behind the user's back. */
function readEntries(
  items: unknown[],
  read: (item: unknown, index: number) => LibraryEntry | undefined,
  quarantined: unknown[],
  problems: string[],
): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  const keys = new Set<string>();
  items.forEach((item, index) => {
    const entry = read(item, index);
    if (!entry) return;
    if (keys.has(entry.key)) {
      quarantined.push(item);
      problems.push(`Entry ${index} repeats the key ${entry.key}; it was set aside.`);
      return;
    }
    keys.add(entry.key);
    entries.push(entry);
  });
  return entries;
}

function readV2Entry(item: unknown, index: number, quarantined: unknown[], problems: string[]): LibraryEntry | undefined {
  const parsed = entrySchema.safeParse(item);
  if (!parsed.success) {
    quarantined.push(item);
    problems.push(`Entry ${index} is unreadable (${describeIssues(parsed.error)}); it was set aside.`);
    return undefined;
  }
  const { exolens: rawSummary, updatedAt, ...rest } = parsed.data;
  const entry: LibraryEntry = { ...rest, ids: normaliseIds(rest.ids), updatedAt: updatedAt ?? rest.addedAt };
  if (rawSummary !== undefined) {
    const summary = exolensSummarySchema.safeParse(rawSummary);
    if (summary.success) entry.exolens = summary.data;
    else {
      quarantined.push(item);
      problems.push(
        `Entry ${index} (${entry.key}) has an unreadable ExoLens summary (${describeIssues(summary.error)}); the reference was kept without it.`,
      );
    }
  }
  return entry;
}

function readV1Item(item: unknown, index: number, stamp: string, quarantined: unknown[], problems: string[]): LibraryEntry | undefined {
  const parsed = v1ItemSchema.safeParse(item);
  if (!parsed.success) {
    quarantined.push(item);
    problems.push(`v1 item ${index} is unreadable (${describeIssues(parsed.error)}); it was set aside.`);
    return undefined;
  }
  const v1 = parsed.data;
  const ids = normaliseIds({ ...(v1.pmid ? { pmid: v1.pmid } : {}), ...(v1.doi ? { doi: v1.doi } : {}) });
  const authors: Author[] = v1.authors.filter((name) => name.trim().length > 0).map(parseShortName);
  const addedAt = v1.savedAt ? new Date(v1.savedAt).toISOString() : stamp;
  const entry: LibraryEntry = {
    key: entryKey(ids, v1.title),
    ids,
    title: v1.title,
    authors,
    keywords: [],
    mesh: [],
    publicationTypes: [],
    tags: normaliseTags(v1.tags),
    note: '',
    addedAt,
    updatedAt: addedAt,
  };
  if (v1.journal) entry.journal = v1.journal;
  if (v1.year !== undefined && String(v1.year).trim()) entry.year = String(v1.year).trim();
  return entry;
}

// ---------------------------------------------------------------------------------------
// Operations (pure: each returns a new Library and leaves its argument untouched)

/** Trimmed, without empties, without case-insensitive repeats, first spelling kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const folded = tag.toLowerCase();
    if (tag && !seen.has(folded)) {
      seen.add(folded);
      out.push(tag);
    }
  }
  return out;
}

export type UpsertResult = { library: Library; status: 'added' | 'updated'; entry: LibraryEntry };

/** Adds an entry, or merges it into the saved copy of the same article (see mergeEntries). */
export function upsert(library: Library, entry: LibraryEntry): UpsertResult {
  const existing = findDuplicate(library.entries, entry);
  if (existing) {
    const merged = mergeEntries(existing, entry);
    return {
      library: { ...library, entries: library.entries.map((item) => (item === existing ? merged : item)) },
      status: 'updated',
      entry: merged,
    };
  }
  const added = { ...entry, key: uniqueKey(entry.key, new Set(library.entries.map((item) => item.key))) };
  return { library: { ...library, entries: [...library.entries, added] }, status: 'added', entry: added };
}

/** Keys are derived from ids, so they only collide for entries that are not the same article (e.g. imported with a foreign key). */
function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  let n = 2;
  while (taken.has(`${key}#${n}`)) n++;
  return `${key}#${n}`;
}

export function remove(library: Library, key: string): Library {
  return { ...library, entries: library.entries.filter((entry) => entry.key !== key) };
}

function updateEntry(library: Library, key: string, change: (entry: LibraryEntry) => LibraryEntry): Library {
  return { ...library, entries: library.entries.map((entry) => (entry.key === key ? change(entry) : entry)) };
}

export function setTags(library: Library, key: string, tags: readonly string[], now: Date): Library {
  return updateEntry(library, key, (entry) => ({ ...entry, tags: normaliseTags(tags), updatedAt: now.toISOString() }));
}

export function setNote(library: Library, key: string, note: string, now: Date): Library {
  return updateEntry(library, key, (entry) => ({ ...entry, note, updatedAt: now.toISOString() }));
}

/**
 * Lookup tables over a library's entries so an import of n references into m saved ones costs
 * O(n + m) map lookups instead of an n × m scan. Every hit is confirmed with sameArticle.
 */
class DuplicateIndex {
  private readonly byId = new Map<string, number[]>();

  constructor(private readonly entries: LibraryEntry[]) {
    entries.forEach((entry, index) => this.add(entry, index));
  }

  private static tokens(entry: LibraryEntry): string[] {
    const ids = normaliseIds(entry.ids);
    const tokens: string[] = [];
    if (ids.pmid) tokens.push(`pmid:${ids.pmid}`);
    if (ids.doi) tokens.push(`doi:${ids.doi}`);
    if (ids.pmcid) tokens.push(`pmcid:${ids.pmcid}`);
    if (tokens.length === 0) tokens.push(`title:${normaliseTitle(entry.title)}`);
    return tokens;
  }

  add(entry: LibraryEntry, index: number): void {
    for (const token of DuplicateIndex.tokens(entry)) {
      const list = this.byId.get(token);
      if (list) list.push(index);
      else this.byId.set(token, [index]);
    }
  }

  find(candidate: LibraryEntry): number | undefined {
    for (const token of DuplicateIndex.tokens(candidate)) {
      for (const index of this.byId.get(token) ?? []) {
        const entry = this.entries[index];
        if (entry && sameArticle(entry, candidate)) return index;
      }
    }
    return undefined;
  }
}

export type ImportResult = { library: Library; added: number; merged: number };

/** Merges imported references, deduplicating against the library and within the import itself. */
export function importEntries(library: Library, incoming: readonly LibraryEntry[]): ImportResult {
  const entries = [...library.entries];
  const index = new DuplicateIndex(entries);
  const keys = new Set(entries.map((entry) => entry.key));
  let added = 0;
  let merged = 0;
  for (const candidate of incoming) {
    const at = index.find(candidate);
    const existing = at === undefined ? undefined : entries[at];
    if (at !== undefined && existing) {
      const updated = mergeEntries(existing, candidate);
      entries[at] = updated;
      index.add(updated, at);
      merged++;
      continue;
    }
    const entry = { ...candidate, key: uniqueKey(candidate.key, keys) };
    keys.add(entry.key);
    entries.push(entry);
    index.add(entry, entries.length - 1);
    added++;
  }
  return { library: { ...library, entries }, added, merged };
}
