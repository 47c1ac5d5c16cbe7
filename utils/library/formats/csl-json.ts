/**
 * CSL-JSON (the Citation Style Language's data format, schema 1.0.2), as read by Zotero,
 * citeproc-js, Pandoc and citation.js.
 *
 * Writing: an array of items, `type: "article-journal"`, `id` = the library key, `author` as
 * {family, given} (given falls back to the initials) or {literal} for a collective author,
 * `issued.date-parts` with the month and day when known, `keyword` as CSL defines it (one
 * comma-separated string: keywords, MeSH, then the ExoLens keywords). Because a keyword may
 * itself contain a comma ("Sequence Analysis, Protein"), the exact lists also go into the
 * schema's `custom` object (`custom.exolens`: keywords, mesh, publication types, tags, the
 * summary, addedAt), which other tools ignore and the importer prefers to `keyword`.
 *
 * Reading accepts one item or an array, NCBI's ctxp output ({family} only for a collective
 * author, `source`, `accessed`…), and ignores fields it does not know.
 */
import { z } from 'zod';
import type { Author } from '../../model';
import { entryKey } from '../entry';
import { exolensKeywords, readExolensKeywords } from '../exolens-tags';
import { dateParts, normaliseIds, pubDateFromParts } from '../text';
import type { ExoLensSummary, LibraryEntry } from '../types';
import { exolensSummarySchema } from '../store';
import { pubmedUrl } from './ris';
import type { ImportedMetadata, ParsedReferences } from './parsed';

type CslName = { family?: string; given?: string; literal?: string };

type CslItem = {
  type: 'article-journal';
  id: string;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  issued?: { 'date-parts': number[][] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  ISSN?: string;
  URL?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
  custom?: { exolens: CslExolens };
};

type CslExolens = {
  keywords: string[];
  mesh: string[];
  publicationTypes: string[];
  tags: string[];
  addedAt: string;
  summary?: ExoLensSummary;
};

function cslName(author: Author): CslName {
  if (author.collective) return { literal: author.collective };
  const name: CslName = {};
  if (author.family) name.family = author.family;
  const given = author.given ?? author.initials;
  if (given) name.given = given;
  return name;
}

function cslItem(entry: LibraryEntry): CslItem {
  const item: CslItem = { type: 'article-journal', id: entry.key, title: entry.title };
  if (entry.authors.length > 0) item.author = entry.authors.map(cslName);
  if (entry.journal) item['container-title'] = entry.journal;
  if (entry.journalAbbrev) item['container-title-short'] = entry.journalAbbrev;
  const parts = entry.pubDate ? dateParts(entry.pubDate) : undefined;
  if (parts) item.issued = { 'date-parts': [parts] };
  else if (entry.year && /^\d{4}$/.test(entry.year)) item.issued = { 'date-parts': [[Number(entry.year)]] };
  if (entry.volume) item.volume = entry.volume;
  if (entry.issue) item.issue = entry.issue;
  if (entry.pages) item.page = entry.pages;
  if (entry.ids.doi) item.DOI = entry.ids.doi;
  if (entry.ids.pmid) {
    item.PMID = entry.ids.pmid;
    item.URL = pubmedUrl(entry.ids.pmid);
  }
  if (entry.ids.pmcid) item.PMCID = entry.ids.pmcid;
  if (entry.issn) item.ISSN = entry.issn;
  if (entry.language) item.language = entry.language;
  if (entry.abstract) item.abstract = entry.abstract;
  const keywords = [...entry.keywords, ...entry.mesh, ...exolensKeywords(entry.exolens, entry.tags)];
  if (keywords.length > 0) item.keyword = keywords.join(', ');
  if (entry.note) item.note = entry.note;
  const exolens: CslExolens = {
    keywords: entry.keywords,
    mesh: entry.mesh,
    publicationTypes: entry.publicationTypes,
    tags: entry.tags,
    addedAt: entry.addedAt,
  };
  if (entry.exolens) exolens.summary = entry.exolens;
  item.custom = { exolens };
  return item;
}

export function exportCslJson(entries: readonly LibraryEntry[]): string {
  return JSON.stringify(entries.map(cslItem), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------
// Reading

const text = z.union([z.string(), z.number().transform(String)]);
const nameSchema = z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });
const stringList = z.array(z.string());

const itemSchema = z.object({
  title: z.string().min(1),
  author: z.array(nameSchema).optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  'journalAbbreviation': z.string().optional(),
  issued: z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string().transform(Number)]))).optional() }).optional(),
  volume: text.optional(),
  issue: text.optional(),
  page: text.optional(),
  DOI: z.string().optional(),
  PMID: text.optional(),
  PMCID: z.string().optional(),
  ISSN: z.string().optional(),
  language: z.string().optional(),
  abstract: z.string().optional(),
  keyword: z.string().optional(),
  note: z.string().optional(),
  custom: z
    .object({
      exolens: z
        .object({
          keywords: stringList,
          mesh: stringList,
          publicationTypes: stringList,
          tags: stringList,
          addedAt: z.string(),
          summary: z.unknown().optional(),
        })
        .optional(),
    })
    .optional(),
});

function authorFromCsl(name: z.infer<typeof nameSchema>): Author | undefined {
  if (name.literal) return { collective: name.literal };
  if (!name.family && !name.given) return undefined;
  const author: Author = {};
  if (name.family) author.family = name.family;
  if (name.given) author.given = name.given;
  return author;
}

export function importCslJson(json: string, now: Date = new Date()): ParsedReferences {
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { entries, problems: [`Not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const items = Array.isArray(data) ? data : [data];
  const stamp = now.toISOString();
  items.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`).join('; ');
      problems.push(`Item ${index} is not a readable CSL item (${issues}); it was skipped.`);
      return;
    }
    const item = parsed.data;
    const ids = normaliseIds({
      ...(item.PMID ? { pmid: item.PMID } : {}),
      ...(item.PMCID ? { pmcid: item.PMCID } : {}),
      ...(item.DOI ? { doi: item.DOI } : {}),
    });
    const meta: ImportedMetadata = {};
    if (item['container-title']) meta.journal = item['container-title'];
    const abbrev = item['container-title-short'] ?? item.journalAbbreviation;
    if (abbrev) meta.journalAbbrev = abbrev;
    const parts = item.issued?.['date-parts']?.[0]?.filter((n) => Number.isInteger(n));
    if (parts && parts.length > 0) {
      meta.year = String(parts[0]);
      const pubDate = pubDateFromParts(parts);
      if (pubDate && pubDate !== meta.year) meta.pubDate = pubDate;
    }
    if (item.volume) meta.volume = item.volume;
    if (item.issue) meta.issue = item.issue;
    if (item.page) meta.pages = item.page;
    if (item.ISSN) meta.issn = item.ISSN;
    if (item.language) meta.language = item.language;
    if (item.abstract) meta.abstract = item.abstract;

    const exact = item.custom?.exolens;
    let keywords: string[];
    let mesh: string[] = [];
    let publicationTypes: string[] = [];
    let tags: string[];
    let summary: ExoLensSummary | undefined;
    let addedAt = stamp;
    if (exact) {
      ({ keywords, mesh, publicationTypes, tags } = exact);
      if (!Number.isNaN(Date.parse(exact.addedAt))) addedAt = exact.addedAt;
      if (exact.summary !== undefined) {
        const read = exolensSummarySchema.safeParse(exact.summary);
        if (read.success) summary = read.data;
        else problems.push(`Item ${index}: the ExoLens summary in custom.exolens is unreadable and was left out.`);
      }
    } else {
      const read = readExolensKeywords(item.keyword ? splitKeywords(item.keyword) : []);
      ({ keywords, tags } = read);
      summary = read.exolens;
      problems.push(...read.problems.map((problem) => `Item ${index}: ${problem}`));
    }
    const entry: LibraryEntry = {
      ...meta,
      key: entryKey(ids, item.title),
      ids,
      title: item.title,
      authors: (item.author ?? []).flatMap((name) => authorFromCsl(name) ?? []),
      keywords,
      mesh,
      publicationTypes,
      tags,
      note: item.note ?? '',
      addedAt,
      updatedAt: stamp,
    };
    if (summary) entry.exolens = summary;
    entries.push(entry);
  });
  return { entries, problems };
}

/** CSL's keyword is one string; tools separate keywords with commas (or semicolons). */
function splitKeywords(value: string): string[] {
  return value
    .split(/\s*[,;]\s*/)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0);
}
