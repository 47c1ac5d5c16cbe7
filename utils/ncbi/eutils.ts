/**
 * Builds E-utilities and ID-converter requests. Pure: returns what to send, sends nothing.
 * Ids are validated here so that nothing user- or page-supplied is ever spliced into a URL
 * unchecked.
 */
import { NcbiError } from './errors';
import { isPmid, normalizeDoi, normalizePmcid } from './ids';

export const EUTILS_BASE = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/';
export const IDCONV_BASE = 'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/';
/** Registered with NCBI as the `tool` parameter of every request. */
export const NCBI_TOOL = 'exolens';
/** NCBI asks for POST above about 200 ids; efetch also accepts at most this many per call here. */
export const MAX_IDS_PER_REQUEST = 200;

export type NcbiCredentials = { email?: string; apiKey?: string };

export type NcbiRequest = {
  method: 'GET' | 'POST';
  url: string;
  /** application/x-www-form-urlencoded body, for POST. */
  body?: string;
};

const API_KEY_PATTERN = /^[A-Za-z0-9]{8,64}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export function isPlausibleApiKey(key: string): boolean {
  return API_KEY_PATTERN.test(key);
}

function commonParams(credentials: NcbiCredentials): [string, string][] {
  const params: [string, string][] = [['tool', NCBI_TOOL]];
  const email = credentials.email?.trim();
  if (email && EMAIL_PATTERN.test(email)) params.push(['email', email]);
  const apiKey = credentials.apiKey?.trim();
  if (apiKey && isPlausibleApiKey(apiKey)) params.push(['api_key', apiKey]);
  return params;
}

function encode(params: [string, string][]): string {
  return new URLSearchParams(params).toString();
}

/** GET with the ids in the URL, or POST with them in the body when there are more than 200. */
function idRequest(endpoint: string, params: [string, string][], ids: string[]): NcbiRequest {
  const all: [string, string][] = [...params, ['id', ids.join(',')]];
  if (ids.length > MAX_IDS_PER_REQUEST) return { method: 'POST', url: EUTILS_BASE + endpoint, body: encode(all) };
  return { method: 'GET', url: `${EUTILS_BASE}${endpoint}?${encode(all)}` };
}

/** Validated, de-duplicated PMIDs in first-seen order; throws NcbiError('invalid-input') on a bad one. */
export function validatePmids(pmids: readonly string[]): string[] {
  const cleaned = pmids.map((pmid) => pmid.trim());
  const bad = cleaned.find((pmid) => !isPmid(pmid));
  if (bad !== undefined) throw new NcbiError('invalid-input', `Not a PMID: ${JSON.stringify(bad.slice(0, 40))}`);
  return [...new Set(cleaned)];
}

export function efetchPubmedRequest(pmids: readonly string[], credentials: NcbiCredentials): NcbiRequest {
  const ids = validatePmids(pmids);
  if (ids.length === 0) throw new NcbiError('invalid-input', 'No PMIDs to fetch');
  return idRequest('efetch.fcgi', [['db', 'pubmed'], ['retmode', 'xml'], ...commonParams(credentials)], ids);
}

/** efetch db=pmc takes the numeric part of the PMCID. */
export function efetchPmcRequest(pmcid: string, credentials: NcbiCredentials): NcbiRequest {
  const normalized = normalizePmcid(pmcid);
  if (!normalized) throw new NcbiError('invalid-input', `Not a PMCID: ${JSON.stringify(pmcid.slice(0, 40))}`);
  return idRequest('efetch.fcgi', [['db', 'pmc'], ['retmode', 'xml'], ...commonParams(credentials)], [normalized.slice(3)]);
}

/** A cheap authenticated call; NCBI answers HTTP 400 to a bad api_key. */
export function einfoRequest(credentials: NcbiCredentials): NcbiRequest {
  return { method: 'GET', url: `${EUTILS_BASE}einfo.fcgi?${encode([['db', 'pubmed'], ['retmode', 'json'], ...commonParams(credentials)])}` };
}

/**
 * Normalises an id for the PMC ID converter: PMID (digits), PMCID ("PMC…") or DOI.
 * Returns undefined for anything else.
 */
export function normalizeConvertibleId(id: string): string | undefined {
  const trimmed = id.trim();
  if (isPmid(trimmed)) return trimmed;
  if (/^pmc/i.test(trimmed)) return normalizePmcid(trimmed);
  return normalizeDoi(trimmed);
}

/** The ID converter takes up to 200 mixed ids per call, comma-separated. */
export function idconvRequest(ids: readonly string[], credentials: NcbiCredentials): NcbiRequest {
  const normalized = ids.map((id) => {
    const value = normalizeConvertibleId(id);
    if (!value) throw new NcbiError('invalid-input', `Not a PMID, PMCID or DOI: ${JSON.stringify(id.slice(0, 80))}`);
    return value;
  });
  const unique = [...new Set(normalized)];
  if (unique.length === 0) throw new NcbiError('invalid-input', 'No ids to convert');
  if (unique.length > MAX_IDS_PER_REQUEST) {
    throw new NcbiError('invalid-input', `At most ${MAX_IDS_PER_REQUEST} ids per ID-converter request`);
  }
  const params: [string, string][] = [['ids', unique.join(',')], ['format', 'json'], ...commonParams(credentials)];
  return { method: 'GET', url: `${IDCONV_BASE}?${encode(params)}` };
}

/** Splits into consecutive chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
