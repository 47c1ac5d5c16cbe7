/**
 * Content scripts analyse with the compiled knowledge base read from the package's kb.bin (the
 * build writes it: KB_DATA installed, then compiledKnowledgeBase() encoded by kb-binary.ts) rather
 * than bundled. Each test imports a fresh engine (vi.resetModules): a realm installs one knowledge
 * base, as a page does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze as analyzeBuiltIn } from '@/utils/analysis/analyze';
import { compiledKnowledgeBase } from '@/utils/analysis/engine';
import { decodeCompiledKb, encodeCompiledKb, fromBase64, toBase64 } from '@/utils/analysis/kb-binary';
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

function serving(body: string | Uint8Array, status = 200) {
  const fetch = vi.fn(async (_url: string) => new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the knowledge base in content scripts (kb.bin)', () => {
  it('analyses every devset record exactly as the built-in analyzer does, after one read of kb.bin', async () => {
    // The engine analyze.ts compiled KB_DATA in: what the build writes (wxt.config.ts).
    const fetch = serving(encodeCompiledKb(compiledKnowledgeBase()));
    const { loader, engine } = await fresh();
    expect(() => engine.analyze(devRecordToInput({ id: 'x', title: 'Exosomes', abstract: '', keywords: [] }))).toThrow(/no knowledge base installed/);
    await Promise.all([loader.loadKnowledgeBase(undefined), loader.loadKnowledgeBase(undefined)]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/\/kb\.bin$/);
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
    ['a missing file', () => serving('not found', 404), /could not read its knowledge base .*kb\.bin.*HTTP 404/],
    ['a failed read', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /could not read its knowledge base.*Failed to fetch/],
    ['other bytes', () => serving('{"version": "2026.1.1"}'), /knowledge base is malformed: not an ExoLens knowledge base file/],
    ['a truncated file', () => serving(encodeCompiledKb(compiledKnowledgeBase()).slice(0, 5000)), /knowledge base is malformed: knowledge base file: truncated/],
    ['a file of another format', () => serving(encodeCompiledKb({ ...compiledKnowledgeBase(), format: 'exolens-compiled-kb/0' as never })), /knowledge base is malformed: not a compiled knowledge base of format/],
  ])('rejects with a message saying what failed on %s', async (_label, serve, message) => {
    serve();
    const { loader } = await fresh();
    await expect(loader.loadKnowledgeBase(undefined)).rejects.toThrow(message);
  });

  it("installs the copy the background published, without reading the file, when it is this build's", async () => {
    vi.stubEnv('EXOLENS_KB_BIN_ID', 'this-build');
    const fetch = serving('not found', 404);
    const { loader, engine } = await fresh();
    await loader.loadKnowledgeBase({ id: 'this-build', base64: toBase64(encodeCompiledKb(compiledKnowledgeBase())) });
    expect(fetch).not.toHaveBeenCalled();
    const input = devRecordToInput({ id: 'x', title: 'ADSC exosomes accelerate diabetic wound closure in mice', abstract: 'Exosomes were isolated by ultracentrifugation.', keywords: [] });
    expect(engine.analyze(input)).toEqual(analyzeBuiltIn(input));
  });

  it.each([
    ["another build's copy (an update the background has not republished yet)", () => ({ id: 'previous-build', base64: toBase64(encodeCompiledKb(compiledKnowledgeBase())) })],
    ['a corrupted copy', () => ({ id: 'this-build', base64: toBase64(new Uint8Array([1, 2, 3])) })],
  ])('reads the package file instead of %s', async (_label, published) => {
    vi.stubEnv('EXOLENS_KB_BIN_ID', 'this-build');
    const fetch = serving(encodeCompiledKb(compiledKnowledgeBase()));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { loader, engine } = await fresh();
    await loader.loadKnowledgeBase(published());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(engine.analyze(devRecordToInput({ id: 'x', title: 'MSC exosomes', abstract: '', keywords: [] })).kbVersion).toBe(KB_DATA.version);
  });

  it('reads the package file as base64 for the background to publish (what the content scripts decode)', async () => {
    const bytes = encodeCompiledKb(compiledKnowledgeBase());
    serving(bytes);
    const { loader } = await fresh();
    expect(fromBase64(await loader.packagedKnowledgeBase())).toEqual(bytes);
  });

  it('encodes the compiled knowledge base losslessly (typed sections for numbers, JSON for the rest)', () => {
    const compiled = compiledKnowledgeBase();
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v))) as unknown;
    const bytes = encodeCompiledKb(compiled);
    expect(plain(decodeCompiledKb(bytes.buffer as ArrayBuffer))).toEqual(plain(compiled));
    expect(compiled.phrases.weight).toContain(0.75); // a float section
  });

  it('checks the knowledge base it compiles against TAXONOMY order', async () => {
    const { engine } = await fresh();
    expect(() => engine.installKnowledgeBase({ ...KB_DATA, topics: [...KB_DATA.topics].reverse() })).toThrow(/knowledge base: topics are \[pigmentation, /);
  });

  it('installs one knowledge base per realm: the same version again is a no-op, another one throws', async () => {
    const { engine } = await fresh();
    const compiled = compiledKnowledgeBase();
    engine.installCompiledKnowledgeBase(compiled);
    expect(() => engine.installKnowledgeBase(KB_DATA)).not.toThrow();
    expect(() => engine.installKnowledgeBase({ ...KB_DATA, version: '2000.1.1' })).toThrow(/is installed; cannot install 2000\.1\.1/);
    expect(() => engine.installCompiledKnowledgeBase({ ...compiled, version: '2000.1.1' })).toThrow(/is installed; cannot install 2000\.1\.1/);
    expect(engine.analyze(devRecordToInput({ id: 'x', title: 'MSC exosomes heal skin wounds', abstract: '', keywords: [] })).kbVersion).toBe(KB_DATA.version);
  });
});
