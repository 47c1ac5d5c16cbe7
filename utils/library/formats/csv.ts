/**
 * CSV for spreadsheets, per RFC 4180: a header row, one row per entry, CRLF line endings,
 * fields containing a comma, a double quote, CR or LF are quoted and their quotes doubled.
 * The text starts with a UTF-8 byte-order mark so Excel reads non-ASCII names correctly.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some,
 * tab or CR) as a formula, and titles and notes are attacker-controlled. Such cells are
 * prefixed with a single quote (OWASP's advice), which spreadsheets display as text. The
 * quote is visible in a plain-text reader; that is the price of safety.
 *
 * Multi-valued cells (authors, topics, QC items, notes, tags) are joined with "; ". Authors are
 * in NLM short form ("Ha DH"); topics, qc_reported and notes are ExoLens ids.
 */
import { shortAuthorName } from '../text';
import type { LibraryEntry } from '../types';

export const CSV_COLUMNS = [
  'key',
  'pmid',
  'pmcid',
  'doi',
  'title',
  'authors',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'topics',
  'qc_reported',
  'notes',
  'tags',
  'note',
  'added_at',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(entry: LibraryEntry): Record<CsvColumn, string> {
  const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');
  return {
    key: entry.key,
    pmid: entry.ids.pmid ?? '',
    pmcid: entry.ids.pmcid ?? '',
    doi: entry.ids.doi ?? '',
    title: entry.title,
    authors: list(entry.authors.map(shortAuthorName)),
    journal: entry.journal ?? entry.journalAbbrev ?? '',
    year: entry.year ?? '',
    volume: entry.volume ?? '',
    issue: entry.issue ?? '',
    pages: entry.pages ?? '',
    topics: list(entry.exolens?.topics),
    qc_reported: list(entry.exolens?.qcReported),
    notes: list(entry.exolens?.notes),
    tags: list(entry.tags),
    note: entry.note,
    added_at: entry.addedAt,
  };
}

export function exportCsv(entries: readonly LibraryEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const cells = row(entry);
    lines.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
