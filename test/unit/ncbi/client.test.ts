import { describe, expect, it } from 'vitest';
import { createNcbiClient, parseRetryAfter, type FetchLike, type NcbiClientOptions } from '@/utils/ncbi/client';
import { NcbiError, NcbiParseError } from '@/utils/ncbi/errors';
import { createRateLimiter } from '@/utils/ncbi/limiter';
import { describeStatus, type NcbiStatus } from '@/utils/ncbi/status';
import { eutilsFixture } from './fixtures';
import { createVirtualClock, type VirtualClock } from './virtual-clock';

type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'network-error' | 'hang';
type Call = { url: string; method: string; body?: string; at: number; signal: AbortSignal };

/** Synthetic efetch answer: a minimal PubmedArticle for every requested id (optionally dropping some). */
function minimalPubmedSet(ids: string[]): string {
  const records = ids.map(
    (id) => `<PubmedArticle><MedlineCitation><PMID>${id}</PMID><Article><ArticleTitle>Synthetic ${id}</ArticleTitle></Article></MedlineCitation></PubmedArticle>`,
  );
  return `<?xml version="1.0"?><PubmedArticleSet>${records.join('')}</PubmedArticleSet>`;
}

function requestedIds(call: Call): string[] {
  const source = call.method === 'POST' ? new URLSearchParams(call.body) : new URL(call.url).searchParams;
  return (source.get('id') ?? '').split(',');
}

function setup(script: Reply[] | ((call: Call) => Reply), overrides: Partial<NcbiClientOptions> = {}) {
  const clock: VirtualClock = createVirtualClock();
  const limiter = createRateLimiter(clock);
  const calls: Call[] = [];
  const statuses: NcbiStatus[] = [];
  const fetch: FetchLike = (url, init) => {
    const call: Call = { url, method: init.method, at: clock.now(), signal: init.signal };
    if (init.body !== undefined) call.body = init.body;
    calls.push(call);
    const reply = typeof script === 'function' ? script(call) : script[calls.length - 1];
    if (reply === undefined) throw new Error(`Unexpected request #${calls.length}: ${url}`);
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (reply === 'hang') {
      return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true }));
    }
    const headers = new Map(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
      text: () => Promise.resolve(reply.body ?? ''),
    });
  };
  const client = createNcbiClient({
    fetch,
    clock,
    limiter,
    getSettings: async () => ({ email: 'reader@example.org' }),
    onStatus: (status) => statuses.push(status),
    random: () => 0.5,
    ...overrides,
  });
  return { client, clock, limiter, calls, statuses };
}

const ok = (body: string): Reply => ({ status: 200, body });

describe('fetchPubmed', () => {
  it('parses a real efetch answer and sends tool and email', async () => {
    const { client, clock, calls, statuses } = setup([ok(eutilsFixture('efetch-pubmed-993-retracted-publication.xml'))]);
    const records = await clock.run(client.fetchPubmed(['993']));
    expect([...records.keys()]).toEqual(['993']);
    expect(records.get('993')?.notices?.[0]?.kind).toBe('retraction-in');
    const url = new URL(calls[0]?.url ?? '');
    expect(url.searchParams.get('tool')).toBe('exolens');
    expect(url.searchParams.get('email')).toBe('reader@example.org');
    expect(url.searchParams.get('api_key')).toBeNull();
    expect(statuses).toEqual([{ kind: 'ok' }]);
  });

  it('batches 450 distinct ids into 3 requests of at most 200, de-duplicating input', async () => {
    const { client, clock, calls } = setup((call) => ok(minimalPubmedSet(requestedIds(call))));
    const ids = Array.from({ length: 450 }, (_, index) => String(1000 + index));
    const records = await clock.run(client.fetchPubmed([...ids, ...ids.slice(0, 50)]));
    expect(calls.map((call) => requestedIds(call).length)).toEqual([200, 200, 50]);
    expect(new Set(calls.flatMap(requestedIds)).size).toBe(450);
    expect(calls.every((call) => call.method === 'GET')).toBe(true);
    expect(records.size).toBe(450);
    expect(records.get('1449')?.title).toBe('Synthetic 1449');
    // Three requests through the 3/s limiter: evenly spaced.
    expect(calls.map((call) => call.at)).toEqual([0, 334, 668]);
  });

  it('sends api_key and switches the shared limiter to 10/s when a key is configured', async () => {
    const key = 'abcdef0123456789abcdef0123456789ab12';
    const { client, clock, calls, limiter } = setup((call) => ok(minimalPubmedSet(requestedIds(call))), {
      getSettings: async () => ({ apiKey: key }),
    });
    await clock.run(client.fetchPubmed(['1']));
    expect(new URL(calls[0]?.url ?? '').searchParams.get('api_key')).toBe(key);
    expect(limiter.getRate()).toBe(10);
  });

  it('yields fewer records when NCBI omits some ids', async () => {
    const { client, clock } = setup([ok(minimalPubmedSet(['1', '3']))]);
    const records = await clock.run(client.fetchPubmed(['1', '2', '3']));
    expect([...records.keys()].sort()).toEqual(['1', '3']);
  });

  it('rejects invalid PMIDs before any request', async () => {
    const { client, calls } = setup([]);
    await expect(client.fetchPubmed(['123', 'abc'])).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(calls).toHaveLength(0);
  });

  it('retries a 429 after Retry-After seconds, pausing the whole limiter', async () => {
    const { client, clock, calls, statuses } = setup([
      { status: 429, headers: { 'Retry-After': '2' } },
      ok(minimalPubmedSet(['7'])),
    ]);
    const records = await clock.run(client.fetchPubmed(['7']));
    expect(records.has('7')).toBe(true);
    expect(calls.map((call) => call.at)).toEqual([0, 2000]);
    expect(statuses).toEqual([{ kind: 'rate-limited', retryInMs: 2000 }, { kind: 'ok' }]);
    expect(describeStatus(statuses[0] as NcbiStatus)).toBe('NCBI rate limit — retrying in 2 s');
  });

  it('honours a Retry-After HTTP-date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries 500, 500 then succeeds, with growing backoff', async () => {
    const { client, clock, calls, statuses } = setup([{ status: 500 }, { status: 503 }, ok(minimalPubmedSet(['7']))]);
    const records = await clock.run(client.fetchPubmed(['7']));
    expect(records.size).toBe(1);
    // Backoff with random()=0.5: 750 ms after the first failure, 1500 ms after the second.
    expect(calls.map((call) => call.at)).toEqual([0, 750, 2250]);
    expect(statuses).toEqual([
      { kind: 'retrying', attempt: 1, retryInMs: 750, reason: 'server-error', status: 500 },
      { kind: 'retrying', attempt: 2, retryInMs: 1500, reason: 'server-error', status: 503 },
      { kind: 'ok' },
    ]);
  });

  it('gives up after maxRetries on a persistent 500', async () => {
    const { client, clock, calls, statuses } = setup(() => ({ status: 500 }), { maxRetries: 2 });
    const failure = clock.run(client.fetchPubmed(['7'])).catch((error: unknown) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(NcbiError);
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(calls).toHaveLength(3);
    const last = statuses.at(-1) as NcbiStatus;
    expect(last).toEqual({ kind: 'error', message: 'HTTP 500' });
    expect(describeStatus(last)).toBe('NCBI error (HTTP 500): showing page-only analysis');
  });

  it('does not retry other 4xx answers', async () => {
    const { client, clock, calls } = setup([{ status: 400, body: 'Bad Request' }]);
    await expect(clock.run(client.fetchPubmed(['7']))).rejects.toMatchObject({ kind: 'http', status: 400 });
    expect(calls).toHaveLength(1);
  });

  it('times out a request that never answers, aborts it, and retries', async () => {
    const { client, clock, calls, statuses } = setup(['hang', ok(minimalPubmedSet(['7']))], { timeoutMs: 5000 });
    await clock.run(client.fetchPubmed(['7']));
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls.map((call) => call.at)).toEqual([0, 5750]);
    expect(statuses[0]).toEqual({ kind: 'retrying', attempt: 1, retryInMs: 750, reason: 'timeout' });
  });

  it('reports a timeout error when every attempt hangs', async () => {
    const { client, clock, calls } = setup(() => 'hang', { timeoutMs: 1000, maxRetries: 1 });
    await expect(clock.run(client.fetchPubmed(['7']))).rejects.toMatchObject({ kind: 'timeout' });
    expect(calls).toHaveLength(2);
  });

  it('retries network errors and reports offline when they persist', async () => {
    const { client, clock, calls, statuses } = setup(() => 'network-error', { maxRetries: 2 });
    await expect(clock.run(client.fetchPubmed(['7']))).rejects.toMatchObject({ kind: 'network' });
    expect(calls).toHaveLength(3);
    expect(statuses.map((status) => status.kind)).toEqual(['retrying', 'retrying', 'offline']);
    expect(describeStatus({ kind: 'offline' })).toBe('Offline: showing page-only analysis');
  });

  it('treats a malformed body as a parse error without retrying', async () => {
    const { client, clock, calls, statuses } = setup([ok('<PubmedArticleSet><PubmedArticle>')]);
    const error = await clock.run(client.fetchPubmed(['7'])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NcbiParseError);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: 'unreadable response' });
  });
});

describe('fetchPubmedSettled (partial success across batches)', () => {
  const ids = Array.from({ length: 450 }, (_, index) => String(1000 + index));
  /** The second batch (ids 1200–1399) always fails with `reply`; the others succeed. */
  const secondBatchFails = (reply: Reply) => (call: Call) => (requestedIds(call)[0] === '1200' ? reply : ok(minimalPubmedSet(requestedIds(call))));

  it('returns the records of the batches that succeeded and names the failed batch', async () => {
    const { client, clock, calls } = setup(secondBatchFails({ status: 500 }), { maxRetries: 1 });
    const { records, failed } = await clock.run(client.fetchPubmedSettled(ids));
    expect(records.size).toBe(250);
    expect(records.has('1199')).toBe(true);
    expect(records.has('1200')).toBe(false);
    expect(records.has('1400')).toBe(true);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.pmids).toEqual(ids.slice(200, 400));
    expect(failed[0]?.error).toMatchObject({ kind: 'http', status: 500 });
    expect(calls).toHaveLength(4); // 3 batches + 1 retry of the failing one
  });

  it('reports a batch with an unreadable body as failed, keeping the others', async () => {
    const { client, clock } = setup(secondBatchFails(ok('<PubmedArticleSet><PubmedArticle>')));
    const { records, failed } = await clock.run(client.fetchPubmedSettled(ids));
    expect(records.size).toBe(250);
    expect(failed.map((failure) => failure.error)).toEqual([expect.any(NcbiParseError)]);
  });

  it('has no failures when everything succeeds, and still rejects invalid PMIDs up front', async () => {
    const { client, clock, calls } = setup((call) => ok(minimalPubmedSet(requestedIds(call))));
    expect(await clock.run(client.fetchPubmedSettled(ids))).toMatchObject({ failed: [] });
    expect((await clock.run(client.fetchPubmedSettled([]))).records.size).toBe(0);
    const before = calls.length;
    await expect(client.fetchPubmedSettled(['1', 'x'])).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(calls).toHaveLength(before);
  });

  it('fetchPubmed still rejects when one batch fails', async () => {
    const { client, clock } = setup(secondBatchFails({ status: 400 }));
    await expect(clock.run(client.fetchPubmed(ids))).rejects.toMatchObject({ kind: 'http', status: 400 });
  });
});

describe('fetchPmcFullText, convertIds, testApiKey', () => {
  it('fetches JATS by numeric PMCID', async () => {
    const { client, clock, calls } = setup([ok(eutilsFixture('efetch-pmc-PMC5559839-jats.xml'))]);
    const article = await clock.run(client.fetchPmcFullText('PMC5559839'));
    expect(new URL(calls[0]?.url ?? '').searchParams.get('db')).toBe('pmc');
    expect(new URL(calls[0]?.url ?? '').searchParams.get('id')).toBe('5559839');
    expect(article?.fullText?.some((section) => section.label?.startsWith('Methods › '))).toBe(true);
  });

  it('returns undefined when PMC sends an empty set', async () => {
    const { client, clock } = setup([ok('<pmc-articleset></pmc-articleset>')]);
    expect(await clock.run(client.fetchPmcFullText('PMC1'))).toBeUndefined();
  });

  it('converts ids with the real idconv answer', async () => {
    const { client, clock, calls } = setup([ok(eutilsFixture('idconv-doi-10.1038_ng.590.json'))]);
    expect(await clock.run(client.convertIds(['10.1038/ng.590']))).toEqual([
      { pmid: '20495566', pmcid: 'PMC2883744', doi: '10.1038/ng.590' },
    ]);
    expect(new URL(calls[0]?.url ?? '').searchParams.get('ids')).toBe('10.1038/ng.590');
  });

  it('splits more than 200 ids into several converter requests', async () => {
    const { client, clock, calls } = setup(() => ok('{"status":"ok","records":[]}'));
    const ids = Array.from({ length: 250 }, (_, index) => String(index + 1));
    expect(await clock.run(client.convertIds(ids))).toEqual([]);
    expect(calls.map((call) => (new URL(call.url).searchParams.get('ids') ?? '').split(',').length)).toEqual([200, 50]);
  });

  it('explains an idconv 404 with the message from its body, without retrying', async () => {
    const { client, clock, calls } = setup([{ status: 404, body: eutilsFixture('idconv-error-idtype-mismatch.json') }]);
    await expect(clock.run(client.convertIds(['28371833']))).rejects.toMatchObject({
      kind: 'invalid-input',
      status: 404,
      message: "ID converter: ID type 'doi' mismatch for '28371833'",
    });
    expect(calls).toHaveLength(1);
  });

  it('checks an API key with an authenticated einfo call', async () => {
    const key = 'abcdef0123456789abcdef0123456789ab12';
    const accepted = setup([ok('{"einforesult":{}}')]);
    expect(await accepted.clock.run(accepted.client.testApiKey(key))).toEqual({ ok: true });
    expect(new URL(accepted.calls[0]?.url ?? '').searchParams.get('api_key')).toBe(key);

    const rejected = setup([{ status: 400, body: '{"error":"API key invalid"}' }]);
    expect(await rejected.clock.run(rejected.client.testApiKey(key))).toEqual({ ok: false, reason: 'NCBI rejected this API key' });

    const malformed = setup([]);
    expect((await malformed.client.testApiKey('key with spaces')).ok).toBe(false);
    expect(malformed.calls).toHaveLength(0);
  });
});

describe('describeStatus', () => {
  it('words every status kind', () => {
    expect(describeStatus({ kind: 'ok' })).toBe('NCBI data loaded');
    expect(describeStatus({ kind: 'rate-limited', retryInMs: 1200 })).toBe('NCBI rate limit — retrying in 2 s');
    expect(describeStatus({ kind: 'retrying', attempt: 2, retryInMs: 3000, reason: 'server-error', status: 502 })).toBe(
      'NCBI server error (HTTP 502) — retry 2 in 3 s',
    );
    expect(describeStatus({ kind: 'retrying', attempt: 1, retryInMs: 500, reason: 'timeout' })).toBe(
      'NCBI did not answer in time — retry 1 in 1 s',
    );
  });
});
