/** Cache keys. Analyses depend on the knowledge base, so their keys carry its version. */
import type { Coverage } from '../model';

/** Bump when the stored ArticleInput shape or the NCBI parsers change meaningfully. */
export const RECORD_FORMAT_VERSION = 1;

/** `id` names the article, e.g. "pmid:32392899" or "pmcid:PMC5559839". */
export function analysisCacheKey(id: string, kbVersion: string, coverage: Coverage): string {
  return `analysis:${kbVersion}:${coverage}:${id}`;
}

/** A parsed PubMed record (ArticleInput) by PMID. */
export function recordCacheKey(pmid: string): string {
  return `record:v${RECORD_FORMAT_VERSION}:${pmid}`;
}
