/**
 * Small pure formatters shared by the overlay, the result badge, the popup and the options page.
 * No labels live here: topic, QC and note wording comes from utils/knowledge.
 */
import type { Author, Coverage, TopicId } from '../../utils/model';
import type { LibraryEntry } from '../../utils/library/types';
import { topicLabel } from '../../utils/knowledge';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** Buckets an analyzer confidence (0..1) into the words the UI shows next to a topic. */
export function confidenceLabel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

/** 0.834 → "83%"; clamped so a slightly out-of-range score never shows "104%". */
export function formatPercent(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  return `${Math.round(clamped * 100)}%`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** 1234 → "1,234" (fixed locale so the UI reads the same in every browser language). */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

const BYTE_UNITS = ['kB', 'MB', 'GB'] as const;

/** Decimal (SI) units, as browsers report storage: 2_100_000 → "2.1 MB", 999 → "999 B". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes || 0))} B`;
  let value = bytes;
  let unit: string = 'B';
  for (const next of BYTE_UNITS) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

/**
 * A compact label for tight spaces (badges, chart axis): the KB label up to its first
 * " / " or " and " ("Skin aging and photoaging" → "Skin aging"). The full label stays in tooltips.
 */
export function shortTopicLabel(id: TopicId): string {
  const label = topicLabel(id);
  const cut = label.split(/ \/ | and /)[0]?.trim();
  return cut && cut.length > 0 ? cut : label;
}

export function coverageText(coverage: Coverage): string {
  return coverage === 'full-text'
    ? 'Checked: full text'
    : "Checked: abstract only — 'not found' means little";
}

function authorName(author: Author): string {
  if (author.collective) return author.collective;
  const initials = author.initials ?? author.given?.split(/[\s-]+/).map((part) => part.charAt(0)).join('') ?? '';
  return [author.family, initials].filter((part) => part && part.length > 0).join(' ');
}

/** "Ha DH et al." / "Ha DH, Kim HK" / "" — NLM style author names. */
export function authorsShort(authors: readonly Author[]): string {
  const names = authors.map(authorName).filter((name) => name.length > 0);
  if (names.length === 0) return '';
  if (names.length <= 2) return names.join(', ');
  return `${names[0]} et al.`;
}

/** The identifier a library entry is known by in the popup (and its data-exolens-ref): PMID, else DOI, else the library key. */
export function entryRef(entry: LibraryEntry): string {
  return entry.ids.pmid ?? entry.ids.doi ?? entry.key;
}

/** Shortens long evidence without cutting a word in half; the full text stays available on the page. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
