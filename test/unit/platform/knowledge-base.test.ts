/**
 * Content scripts analyse with the knowledge base read from the package's kb.json (the build writes
 * it from KB_DATA) rather than bundled. Each test imports a fresh engine (vi.resetModules): a realm
 * installs one knowledge base, as a page does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze as analyzeBuiltIn } from '@/utils/analysis/analyze';
import { devRecordToInput, parseDevRecord } from '@/utils/analysis/records';
import { KB_DATA } from '@/utils/knowledge/kb-data';
import { readShared } from '../../shared';

type Loader = typeof import('@/utils/platform/content/knowledge-base');
type Engine = typeof import('@/utils/analysis/engine');

async function fresh(): Promise<{ loader: Loader; engine: Engine }> {
  vi.resetModules();
  const loader = await import('@/utils/platform/content/knowledge-base');
  const engine = await import('@/utils/analysis/engine');
  return { loader, engine };
}

function serving(body: string, status = 200) {
  const fetch = vi.fn(async (_url: string) => new Response(body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the knowledge base in content scripts (kb.json)', () => {
  it('analyses every devset record exactly as the built-in analyzer does, after one read of kb.json', async () => {
    const fetch = serving(JSON.stringify(KB_DATA));
    const { loader, engine } = await fresh();
    expect(() => engine.analyze(devRecordToInput({ id: 'x', title: 'Exosomes', abstract: '', keywords: [] }))).toThrow(/no knowledge base installed/);
    await Promise.all([loader.loadKnowledgeBase(), loader.loadKnowledgeBase()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/\/kb\.json$/);
    const records = readShared('devset', 'devset.jsonl').split('\n').filter((line) => line.trim());
    expect(records.length).toBeGreaterThan(40);
    for (const line of records) {
      const record = parseDevRecord(JSON.parse(line));
      if (typeof record === 'string') throw new Error(record);
      const input = devRecordToInput(record);
      expect(engine.analyze(input), record.id).toEqual(analyzeBuiltIn(input));
    }
  });

  it.each([
    ['a missing file', () => serving('not found', 404), /could not read its knowledge base .*kb\.json.*HTTP 404/],
    ['a failed read', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /could not read its knowledge base.*Failed to fetch/],
    ['text that is not JSON', () => serving('{"version": "2026.'), /could not read its knowledge base/],
    ['JSON of another shape', () => serving('{"version": "2026.1.1"}'), /knowledge base is malformed/],
    ['topics out of TAXONOMY order', () => serving(JSON.stringify({ ...KB_DATA, topics: [...KB_DATA.topics].reverse() })), /malformed: knowledge base: topics are \[pigmentation, /],
  ])('rejects with a message saying what failed on %s', async (_label, serve, message) => {
    serve();
    const { loader } = await fresh();
    await expect(loader.loadKnowledgeBase()).rejects.toThrow(message);
  });

  it('installs one knowledge base per realm: the same version again is a no-op, another one throws', async () => {
    const { engine } = await fresh();
    engine.installKnowledgeBase(KB_DATA);
    expect(() => engine.installKnowledgeBase(JSON.parse(JSON.stringify(KB_DATA)))).not.toThrow();
    expect(() => engine.installKnowledgeBase({ ...KB_DATA, version: '2000.1.1' })).toThrow(/is installed; cannot install 2000\.1\.1/);
    expect(engine.analyze(devRecordToInput({ id: 'x', title: 'MSC exosomes heal skin wounds', abstract: '', keywords: [] })).kbVersion).toBe(KB_DATA.version);
  });
});
