/**
 * Small text helpers shared by the library modules and its formats. Titles, names and notes
 * are attacker-controlled: these functions only ever produce plain text.
 */
import type { ArticleIds, Author } from '../model';

// C0/C1 controls (tab, CR, LF, NUL, ESC…), NEL, line/paragraph separators.
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const SPACE_RUN = / {2,}/g;

/**
 * A value for a one-value-per-line format: controls (tab, newline…) become spaces and runs of
 * spaces collapse, so a wrapped or tagged line can never be split or forged by the value.
 */
export function oneLine(value: string): string {
  return value.replace(CONTROL_RUN, ' ').replace(SPACE_RUN, ' ').trim();
}

// Letters that NFKD does not decompose into base + mark.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', ð: 'd',
};
const UNDECOMPOSED_RE = /[łŁøØđĐßæÆœŒıþð]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** Case- and diacritic-insensitive form for search and dedupe ("Müller" → "muller", "Łódź" → "lodz"). */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch)
    .toLowerCase();
}

/** Normalised title used when an article has no identifier: folded, punctuation-free, single-spaced. */
export function normaliseTitle(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 64-bit FNV-1a (two 32-bit lanes with different offsets), as 16 hex digits. Not cryptographic: it only names a title. */
export function hashText(value: string): string {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x01000193 ^ 0x2f) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** Identifiers in the model's canonical form: PMID digits, "PMC"+digits, DOI lower-case without a resolver prefix. */
export function normaliseIds(ids: ArticleIds): ArticleIds {
  const out: ArticleIds = {};
  const pmid = ids.pmid?.trim().match(/^(?:pmid:?\s*)?(\d+)$/i)?.[1];
  if (pmid) out.pmid = pmid;
  const pmcid = ids.pmcid?.trim().match(/^(?:pmcid:?\s*)?(?:pmc)?(\d+)$/i)?.[1];
  if (pmcid) out.pmcid = `PMC${pmcid}`;
  const doi = ids.doi
    ?.trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
  if (doi) out.doi = doi;
  return out;
}

/** "Dong Hee" → "DH", "Ju-gang" → "JG", "Mansoor A S" → "MAS". */
export function initialsFromGiven(given: string): string {
  return given
    .split(/[\s.\-‐]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

/** NLM short form: "Ha DH", a collective name as is, a family name alone when nothing else is known. */
export function shortAuthorName(author: Author): string {
  if (author.collective) return oneLine(author.collective);
  const family = oneLine(author.family ?? '');
  const initials = oneLine(author.initials ?? initialsFromGiven(author.given ?? ''));
  return [family, initials].filter((part) => part.length > 0).join(' ');
}

/** "Family, Given" (or the initials when no given name is known); a collective name as is. */
export function invertedAuthorName(author: Author): string {
  if (author.collective) return oneLine(author.collective);
  const family = oneLine(author.family ?? '');
  const given = oneLine(author.given ?? author.initials ?? '');
  return given ? `${family}, ${given}` : family;
}

/** Parses "Family, Given" (RIS AU, MEDLINE FAU): no comma means a collective or single name. */
export function parseInvertedName(value: string): Author {
  const text = oneLine(value);
  const comma = text.indexOf(',');
  if (comma < 0) return { collective: text };
  const family = text.slice(0, comma).trim();
  const given = text.slice(comma + 1).trim();
  return given ? { family, given } : { family };
}

/** Parses the NLM short form "de Hoon MJ" → family "de Hoon", initials "MJ"; anything else is collective. */
export function parseShortName(value: string): Author {
  const text = oneLine(value);
  const match = text.match(/^(.+?)\s+(\p{Lu}{1,4})$/u);
  if (match?.[1] && match[2]) return { family: match[1], initials: match[2] };
  return { collective: text };
}

/** Splits "884-95" into start 884 and end 895 (MEDLINE abbreviates the end page); a single page has no end. */
export function splitPages(pages: string): { start: string; end?: string } {
  const text = oneLine(pages);
  const dash = text.search(/[-–—]/);
  if (dash < 0) return { start: text };
  const start = text.slice(0, dash).trim();
  const rawEnd = text.slice(dash + 1).trim();
  if (!rawEnd || rawEnd === start) return { start };
  return { start, end: expandEndPage(start, rawEnd) };
}

function expandEndPage(start: string, end: string): string {
  const startParts = start.match(/^(\D*)(\d+)$/);
  const endParts = end.match(/^(\D*)(\d+)$/);
  if (!startParts || !endParts) return end;
  const [, startPrefix = '', startDigits = ''] = startParts;
  const [, endPrefix = '', endDigits = ''] = endParts;
  if (endPrefix && endPrefix !== startPrefix) return end;
  if (endDigits.length >= startDigits.length) return startPrefix + endDigits;
  return startPrefix + startDigits.slice(0, startDigits.length - endDigits.length) + endDigits;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Numeric parts of a MEDLINE-style date ("2020 May 7" → [2020, 5, 7]); undefined when it has no leading year. */
export function dateParts(pubDate: string): number[] | undefined {
  const match = pubDate.trim().match(/^(\d{4})(?:\s+([A-Za-z]{3})[A-Za-z]*(?:\s+(\d{1,2}))?)?/);
  if (!match?.[1]) return undefined;
  const parts = [Number(match[1])];
  const month = match[2] ? MONTHS.findIndex((m) => m.toLowerCase() === match[2]?.toLowerCase()) + 1 : 0;
  if (month > 0) {
    parts.push(month);
    if (match[3]) parts.push(Number(match[3]));
  }
  return parts;
}

/** [2020, 5, 7] → "2020 May 7" (the MEDLINE DP form); out-of-range parts are left out. */
export function pubDateFromParts(parts: readonly number[]): string | undefined {
  const [year, month, day] = parts;
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const monthName = month !== undefined ? MONTHS[month - 1] : undefined;
  if (!monthName) return String(year);
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return `${year} ${monthName}`;
  return `${year} ${monthName} ${day}`;
}
