/**
 * The one message protocol between content scripts / popup / options and the background.
 * Requests are validated with zod at the background boundary (a malformed or unknown
 * message gets an error answer, never a crash). Callers import only the types
 * (`import type`), so zod stays out of the content-script bundle.
 */
import { z } from 'zod';
import type { Analysis, ArticleInput } from './model';
import type { LibraryEntry } from './library/types';
import type { KbTexts } from './knowledge';

// Bounds keep a hostile page from making the background chew on absurd payloads.
const MAX_TEXT = 2_000_000;
const MAX_LIST = 5_000;

const text = z.string().max(MAX_TEXT);
const shortText = z.string().max(10_000);
const pmid = z.string().regex(/^\d{1,9}$/);

const articleIdsSchema = z.object({
  pmid: pmid.optional(),
  pmcid: z.string().regex(/^PMC\d{1,10}$/).optional(),
  doi: z.string().max(500).optional(),
});

const sectionSchema = z.object({ label: shortText.optional(), text });

const articleInputSchema = z.object({
  ids: articleIdsSchema,
  title: text,
  abstract: z.array(sectionSchema).max(MAX_LIST),
  keywords: z.array(shortText).max(MAX_LIST),
  mesh: z.array(shortText).max(MAX_LIST),
  publicationTypes: z.array(shortText).max(MAX_LIST),
  coi: text.optional(),
  fullText: z.array(sectionSchema).max(MAX_LIST).optional(),
  notices: z
    .array(
      z.object({
        kind: z.enum([
          'retraction-in',
          'retraction-of',
          'erratum-in',
          'erratum-for',
          'expression-of-concern-in',
          'comment-in',
          'comment-on',
          'update-in',
        ]),
        pmid: pmid.optional(),
        text: shortText.optional(),
      }),
    )
    .max(MAX_LIST)
    .optional(),
  authors: z
    .array(
      z.object({
        family: shortText.optional(),
        given: shortText.optional(),
        initials: shortText.optional(),
        collective: shortText.optional(),
      }),
    )
    .max(MAX_LIST)
    .optional(),
  journal: shortText.optional(),
  journalAbbrev: shortText.optional(),
  year: shortText.optional(),
  volume: shortText.optional(),
  issue: shortText.optional(),
  pages: shortText.optional(),
  issn: shortText.optional(),
  language: shortText.optional(),
  references: z
    .array(z.object({ text, pmid: pmid.optional(), pmcid: z.string().max(20).optional(), doi: z.string().max(500).optional() }))
    .max(MAX_LIST)
    .optional(),
});

const resultSnippetSchema = z.object({
  pmid,
  title: text,
  snippet: text,
  publicationTypes: z.array(shortText).max(50),
});

const exportFormat = z.enum(['ris', 'bibtex', 'csl-json', 'medline', 'csv']);
const importFormat = z.enum(['ris', 'csl-json', 'medline']);

export const requestSchema = z.discriminatedUnion('type', [
  /** Article page: analyse the page's data enriched with NCBI's (cached). */
  z.object({ type: z.literal('article/analyze'), page: articleInputSchema }),
  /** Result list: analyses for these PMIDs from full records (one batched efetch when cold). */
  z.object({ type: z.literal('results/analyze'), items: z.array(resultSnippetSchema).max(MAX_LIST) }),
  /** A result list tells the background which PMIDs its tab shows (for the popup). */
  z.object({
    type: z.literal('tab/report'),
    // Article pages need no report: their analyze request tells the background already.
    summary: z.object({ kind: z.literal('results'), pmids: z.array(pmid).max(MAX_LIST) }),
  }),
  z.object({ type: z.literal('tab/summary'), tabId: z.number().int() }),
  /** Article overlay: the QC notes and note texts, which stay out of the content-script bundle (size). */
  z.object({ type: z.literal('kb/texts') }),
  z.object({ type: z.literal('library/save'), input: articleInputSchema }),
  z.object({ type: z.literal('library/save-pmids'), pmids: z.array(pmid).min(1).max(200) }),
  z.object({ type: z.literal('library/remove'), key: shortText }),
  z.object({ type: z.literal('library/status'), ids: z.array(articleIdsSchema).max(MAX_LIST) }),
  z.object({ type: z.literal('library/list') }),
  z.object({ type: z.literal('library/update'), key: shortText, tags: z.array(shortText).max(200).optional(), note: text.optional() }),
  z.object({ type: z.literal('library/import'), format: importFormat, text }),
  z.object({ type: z.literal('library/export'), format: exportFormat, keys: z.array(shortText).max(100_000).optional() }),
  z.object({ type: z.literal('library/erase') }),
  z.object({ type: z.literal('cache/stats') }),
  z.object({ type: z.literal('cache/clear') }),
  z.object({ type: z.literal('ncbi/test-key'), apiKey: z.string().max(200) }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type ExportFormat = z.infer<typeof exportFormat>;
export type ImportFormat = z.infer<typeof importFormat>;

/** A user-facing line about NCBI: what the background is doing or why it fell back. */
export type StatusLine = { kind: 'ok' | 'info' | 'warning' | 'error'; text: string };

export type BadgeSummary = {
  topics: Analysis['topics'][number]['id'][];
  qcReported: number;
  retracted: boolean;
  corrected: boolean;
  isEv: boolean;
};

export type TabSummary =
  | { kind: 'article'; page: ArticleInput; analysis: Analysis; saved: boolean }
  | { kind: 'results'; pmids: string[]; savedCount: number }
  | { kind: 'none' };

/** The answer type for each request type. */
export type ResponseMap = {
  'article/analyze': { analysis: Analysis; input: ArticleInput; source: 'cache' | 'ncbi' | 'page'; status: StatusLine | null; saved: boolean };
  'results/analyze': { items: Record<string, { summary: BadgeSummary; basis: 'abstract' | 'snippet' }>; saved: string[]; status: StatusLine | null };
  'tab/report': { ok: true };
  'tab/summary': TabSummary;
  'kb/texts': KbTexts;
  'library/save': { key: string; added: boolean };
  'library/save-pmids': { saved: string[]; missing: string[] };
  'library/remove': { removed: boolean };
  'library/status': { saved: boolean[]; keys: (string | null)[] };
  'library/list': { entries: LibraryEntry[]; problems: string[] };
  'library/update': { ok: boolean };
  'library/import': { added: number; merged: number; problems: string[] };
  'library/export': { filename: string; mime: string; text: string; count: number };
  'library/erase': { ok: true };
  'cache/stats': { entries: number; bytes: number };
  'cache/clear': { ok: true };
  'ncbi/test-key': { ok: boolean; message: string };
};

export type Response<T extends RequestType> = ResponseMap[T];

/** Every answer is wrapped, so a failure is data the caller renders, never an unhandled rejection. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Status pushed from the background to a tab while it works (retries, rate limits). */
export type StatusPush = { type: 'exolens/status'; status: StatusLine };

export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = requestSchema.safeParse(raw);
  if (result.success) return { ok: true, request: result.data as Request };
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type) : '(none)';
  const issue = result.error.issues[0];
  return { ok: false, error: `Rejected message of type ${type}: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid'}` };
}
