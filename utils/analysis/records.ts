/**
 * Devset-style records ({id, title, abstract, keywords?}) → ArticleInput, with validation that
 * needs no zod (the CLIs report bad lines by number and keep going).
 *
 * Lenient where a record's meaning is plain, so an article is never lost to its exporter's
 * habits: null or a missing field is an empty one (PubMed articles without an abstract or
 * keywords), a numeric id is its digits, a structured abstract may come as sections (joined as
 * "Label: text" lines, as PubMed prints them) and keywords as one "a; b; c" string. Anything
 * else of the wrong type is an error that names the field.
 */
import type { ArticleInput } from '../model';

export type DevRecord = { id: string; title: string; abstract: string; keywords: string[]; labels?: unknown };

/** Returns the record or a message saying what is wrong with it. */
export function parseDevRecord(value: unknown): DevRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  const id = typeof v.id === 'number' && Number.isFinite(v.id) ? String(v.id) : v.id;
  if (typeof id !== 'string' || id.length === 0) return 'missing field "id" (a string or a number)';
  if (v.title != null && typeof v.title !== 'string') return '"title" must be a string';
  const abstract = abstractText(v.abstract);
  if (abstract === undefined) return '"abstract" must be a string or a list of sections ({label?, text} or strings)';
  const keywords = keywordList(v.keywords);
  if (keywords === undefined) return '"keywords" must be a list of strings or one "a; b; c" string';
  return { id, title: (v.title as string | null | undefined) ?? '', abstract, keywords, labels: v.labels };
}

/** The abstract as one text, undefined when it has the wrong shape. */
function abstractText(value: unknown): string | undefined {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  const lines: string[] = [];
  for (const section of value) {
    if (typeof section === 'string') lines.push(section);
    else if (typeof section === 'object' && section !== null && typeof (section as { text?: unknown }).text === 'string') {
      const { label, text } = section as { label?: unknown; text: string };
      lines.push(typeof label === 'string' && label.trim() ? `${label.trim()}: ${text}` : text);
    } else return undefined;
  }
  return lines.join('\n');
}

/** The keywords as a list, undefined when they have the wrong shape. */
function keywordList(value: unknown): string[] | undefined {
  if (value == null) return [];
  if (typeof value === 'string') return value.split(';').map((k) => k.trim()).filter((k) => k.length > 0);
  if (!Array.isArray(value) || value.some((k) => typeof k !== 'string')) return undefined;
  return value as string[];
}

export function devRecordToInput(r: DevRecord): ArticleInput {
  return {
    ids: {},
    title: r.title,
    abstract: r.abstract ? [{ text: r.abstract }] : [],
    keywords: r.keywords,
    mesh: [],
    publicationTypes: [],
  };
}
