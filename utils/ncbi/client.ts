/**
 * The NCBI client: builds requests, waits for the shared rate limiter, sends with a timeout,
 * retries what is worth retrying, parses, and reports progress as NcbiStatus. Every effect
 * (fetch, time, settings) is injected, so it runs unchanged in the service worker and in tests.
 */
import type { ArticleInput } from '../model';
import { abortReason, type Clock } from './clock';
import { NcbiError, NcbiParseError } from './errors';
import {
  MAX_IDS_PER_REQUEST,
  chunk,
  efetchPmcRequest,
  efetchPubmedRequest,
  einfoRequest,
  idconvRequest,
  isPlausibleApiKey,
  validatePmids,
  type NcbiCredentials,
  type NcbiRequest,
} from './eutils';
import { parseIdConvResponse, type IdConvRecord } from './idconv';
import { parsePmcArticleSet } from './jats';
import { RATE_WITH_KEY, RATE_WITHOUT_KEY, type RateLimiter } from './limiter';
import { parsePubmedArticleSet } from './pubmed-xml';
import type { NcbiRetryReason, NcbiStatus } from './status';

export type FetchLike = (url: string, init: { method: string; headers?: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export type NcbiClientOptions = {
  fetch: FetchLike;
  clock: Clock;
  limiter: RateLimiter;
  getSettings: () => Promise<NcbiCredentials>;
  onStatus?: (status: NcbiStatus) => void;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** First backoff step; doubles each retry, capped at maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** [0, 1) source for backoff jitter; injectable for deterministic tests. */
  random?: () => number;
};

export type ApiKeyCheck = { ok: true } | { ok: false; reason: string };

/** One efetch batch (at most MAX_IDS_PER_REQUEST ids) that failed after its retries. */
export type PubmedBatchFailure = { pmids: string[]; error: unknown };

export type PubmedFetchResult = {
  /** Records from the batches that succeeded; ids NCBI does not return are absent. */
  records: Map<string, ArticleInput>;
  /** Empty when every batch succeeded. */
  failed: PubmedBatchFailure[];
};

export type NcbiClient = {
  /** Records by PMID; ids NCBI does not return are simply absent. Rejects if any batch fails. */
  fetchPubmed(pmids: string[]): Promise<Map<string, ArticleInput>>;
  /** JATS full text by PMCID ("PMC123" or "123"); undefined when PMC returns no article. */
  fetchPmcFullText(pmcid: string): Promise<ArticleInput | undefined>;
  convertIds(ids: string[]): Promise<IdConvRecord[]>;
  testApiKey(key: string): Promise<ApiKeyCheck>;
};

/**
 * Kept apart from NcbiClient so existing stand-ins for NcbiClient stay complete; createNcbiClient
 * returns both.
 */
export type PubmedSettledFetcher = {
  /**
   * Like fetchPubmed, but a batch that fails (above 200 ids there are several) does not discard
   * the others: their records come back with the failed batches' ids and errors. Still rejects
   * on invalid PMIDs, before any request.
   */
  fetchPubmedSettled(pmids: string[]): Promise<PubmedFetchResult>;
};

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_BASE_BACKOFF_MS = 1_000;
const DEFAULT_MAX_BACKOFF_MS = 30_000;
/** A Retry-After longer than this is treated as "give up for now" rather than waited out. */
const MAX_RETRY_AFTER_MS = 120_000;

/** Retry-After as delay in ms: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

type Attempt =
  | { outcome: 'ok'; body: string }
  | { outcome: 'retry'; reason: NcbiRetryReason | 'rate-limited'; delayMs?: number; error: NcbiError }
  | { outcome: 'fail'; error: NcbiError };

export function createNcbiClient(options: NcbiClientOptions): NcbiClient & PubmedSettledFetcher {
  const { fetch, clock, limiter, getSettings, onStatus } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const baseBackoffMs = options.baseBackoffMs ?? DEFAULT_BASE_BACKOFF_MS;
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const random = options.random ?? Math.random;

  /** Exponential backoff with "equal jitter": half fixed, half random, so clients spread out but never retry at once. */
  function backoff(retry: number): number {
    const step = Math.min(maxBackoffMs, baseBackoffMs * 2 ** (retry - 1));
    return Math.round(step / 2 + random() * (step / 2));
  }

  async function credentials(): Promise<NcbiCredentials> {
    const settings = await getSettings();
    limiter.setRate(settings.apiKey && isPlausibleApiKey(settings.apiKey.trim()) ? RATE_WITH_KEY : RATE_WITHOUT_KEY);
    return settings;
  }

  async function attempt(request: NcbiRequest): Promise<Attempt> {
    await limiter.acquire();
    const controller = new AbortController();
    const stopTimer = new AbortController();
    let timedOut = false;
    const timer = clock.sleep(timeoutMs, stopTimer.signal).then(
      () => {
        timedOut = true;
        controller.abort(new NcbiError('timeout', `NCBI did not answer within ${timeoutMs} ms`));
      },
      () => undefined,
    );
    try {
      const init: Parameters<FetchLike>[1] = { method: request.method, signal: controller.signal };
      if (request.body !== undefined) {
        init.body = request.body;
        init.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      }
      const response = await raceAbort(fetch(request.url, init), controller.signal);
      if (response.ok) return { outcome: 'ok', body: await raceAbort(response.text(), controller.signal) };
      const status = response.status;
      const error = new NcbiError('http', `HTTP ${status}`, { status });
      if (status === 429) {
        const delayMs = parseRetryAfter(response.headers.get('Retry-After'), clock.now());
        return delayMs === undefined ? { outcome: 'retry', reason: 'rate-limited', error } : { outcome: 'retry', reason: 'rate-limited', delayMs, error };
      }
      if (status >= 500) return { outcome: 'retry', reason: 'server-error', error };
      return { outcome: 'fail', error: await describeClientError(response, error) };
    } catch (error) {
      if (timedOut) return { outcome: 'retry', reason: 'timeout', error: new NcbiError('timeout', `NCBI did not answer within ${timeoutMs} ms`) };
      const message = error instanceof Error ? error.message : String(error);
      return { outcome: 'retry', reason: 'network', error: new NcbiError('network', `Network error: ${message}`, { cause: error }) };
    } finally {
      stopTimer.abort();
      await timer;
    }
  }

  /** The ID converter explains 4xx answers in a JSON body; keep that explanation. */
  async function describeClientError(response: { text(): Promise<string> }, fallback: NcbiError): Promise<NcbiError> {
    try {
      parseIdConvResponse(await response.text(), fallback.status);
    } catch (error) {
      if (error instanceof NcbiError && error.kind === 'invalid-input') return error;
    }
    return fallback;
  }

  /** Sends with retries; returns the body of the first 2xx answer. */
  async function send(request: NcbiRequest): Promise<string> {
    for (let retry = 0; ; retry += 1) {
      const result = await attempt(request);
      if (result.outcome === 'ok') {
        onStatus?.({ kind: 'ok' });
        return result.body;
      }
      if (result.outcome === 'fail' || retry >= maxRetries) {
        const error = result.error;
        onStatus?.(error.kind === 'network' ? { kind: 'offline' } : { kind: 'error', message: error.message });
        throw error;
      }
      if (result.reason === 'rate-limited') {
        const delayMs = result.delayMs ?? backoff(retry + 1);
        if (delayMs > MAX_RETRY_AFTER_MS) {
          onStatus?.({ kind: 'error', message: result.error.message });
          throw result.error;
        }
        // Everyone waits, not just this request: the limit is per client, not per call.
        limiter.pauseUntil(clock.now() + delayMs);
        onStatus?.({ kind: 'rate-limited', retryInMs: delayMs });
        // The limiter enforces the pause at the next acquire().
        continue;
      }
      const delayMs = backoff(retry + 1);
      const status: NcbiStatus = { kind: 'retrying', attempt: retry + 1, retryInMs: delayMs, reason: result.reason };
      if (result.error.status !== undefined) status.status = result.error.status;
      onStatus?.(status);
      await clock.sleep(delayMs);
    }
  }

  function parseOrReport<T>(parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      const parseError = error instanceof NcbiError ? error : new NcbiParseError(String(error), error);
      onStatus?.({ kind: 'error', message: 'unreadable response' });
      throw parseError;
    }
  }

  async function fetchPubmedSettled(pmids: string[]): Promise<PubmedFetchResult> {
    const ids = validatePmids(pmids);
    const records = new Map<string, ArticleInput>();
    const failed: PubmedBatchFailure[] = [];
    if (ids.length === 0) return { records, failed };
    const settings = await credentials();
    const batches = chunk(ids, MAX_IDS_PER_REQUEST);
    const requests = batches.map((batch) => efetchPubmedRequest(batch, settings));
    const outcomes = await Promise.allSettled(
      requests.map(async (request) => {
        const body = await send(request);
        return parseOrReport(() => parsePubmedArticleSet(body));
      }),
    );
    const wanted = new Set(ids);
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'rejected') {
        failed.push({ pmids: batches[index] ?? [], error: outcome.reason });
        return;
      }
      for (const article of outcome.value) {
        const pmid = article.ids.pmid;
        if (pmid && wanted.has(pmid)) records.set(pmid, article);
      }
    });
    return { records, failed };
  }

  return {
    async fetchPubmed(pmids) {
      const { records, failed } = await fetchPubmedSettled(pmids);
      const [first] = failed;
      if (first) throw first.error;
      return records;
    },

    fetchPubmedSettled,

    async fetchPmcFullText(pmcid) {
      const settings = await credentials();
      const request = efetchPmcRequest(pmcid, settings);
      const body = await send(request);
      return parseOrReport(() => parsePmcArticleSet(body))[0];
    },

    async convertIds(ids) {
      if (ids.length === 0) return [];
      const settings = await credentials();
      // Build every request first so a bad id fails before anything is sent.
      const requests = chunk(ids, MAX_IDS_PER_REQUEST).map((batch) => idconvRequest(batch, settings));
      const bodies = await Promise.all(requests.map(send));
      return bodies.flatMap((body) => parseOrReport(() => parseIdConvResponse(body)));
    },

    async testApiKey(key) {
      const trimmed = key.trim();
      if (!isPlausibleApiKey(trimmed)) return { ok: false, reason: 'An NCBI API key is a string of letters and digits' };
      const settings = await getSettings();
      try {
        await send(einfoRequest({ ...settings, apiKey: trimmed }));
        return { ok: true };
      } catch (error) {
        if (error instanceof NcbiError && error.kind === 'http' && (error.status === 400 || error.status === 401 || error.status === 403)) {
          return { ok: false, reason: 'NCBI rejected this API key' };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `Could not reach NCBI to check the key (${message})` };
      }
    },
  };
}

/** Rejects as soon as `signal` aborts, even if `promise` ignores the signal. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
