/**
 * Devset-style records ({id, title, abstract, keywords?}) → ArticleInput, with validation that
 * needs no zod (the CLIs report bad lines by number and keep going).
 */
import type { ArticleInput } from '../model';

export type DevRecord = { id: string; title: string; abstract: string; keywords: string[]; labels?: unknown };

/** Returns the record or a message saying what is wrong with it. */
export function parseDevRecord(value: unknown): DevRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id.length === 0) return 'missing string field "id"';
  if (typeof v.title !== 'string') return 'missing string field "title"';
  if (v.abstract !== undefined && typeof v.abstract !== 'string') return '"abstract" must be a string';
  if (v.keywords !== undefined && (!Array.isArray(v.keywords) || v.keywords.some((k) => typeof k !== 'string'))) return '"keywords" must be an array of strings';
  return { id: v.id, title: v.title, abstract: (v.abstract as string | undefined) ?? '', keywords: (v.keywords as string[] | undefined) ?? [], labels: v.labels };
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
