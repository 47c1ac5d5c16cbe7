import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyLibrary,
  importEntries,
  LIBRARY_SCHEMA_VERSION,
  migrateLibrary,
  remove,
  setNote,
  setTags,
  upsert,
  type Library,
} from '../../../utils/library/store';
import type { LibraryEntry } from '../../../utils/library/types';
import { REPO_ROOT } from '../../shared';
import { COLLIDING_ENTRY, GOLDEN_ENTRIES, HOSTILE_ENTRY, SEED_ENTRY } from '../../fixtures/library/entries';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const v1Fixture = (): unknown => JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/library/v1-library.json'), 'utf8'));

describe('migrateLibrary: v1', () => {
  it('migrates every v1 item intact', () => {
    const { library, quarantined, problems } = migrateLibrary(v1Fixture(), NOW);
    expect(problems).toEqual([]);
    expect(quarantined).toEqual([]);
    expect(library.version).toBe(LIBRARY_SCHEMA_VERSION);
    expect(library.entries.map((entry) => entry.key)).toEqual(['pmid:32392899', 'pmid:11111111', 'doi:10.5555/synthetic.v1']);
    const [seed, numericYear, doiOnly] = library.entries;
    expect(seed).toMatchObject({
      ids: { pmid: '32392899', doi: '10.3390/cells9051157' },
      journal: 'Cells',
      year: '2020',
      tags: ['review', 'to read'],
      note: '',
      addedAt: '2025-03-14T10:15:00.000Z',
      updatedAt: '2025-03-14T10:15:00.000Z',
      keywords: [],
      mesh: [],
      publicationTypes: [],
    });
    expect(seed?.authors).toEqual([
      { family: 'Ha', initials: 'DH' },
      { family: 'Kim', initials: 'HK' },
      { family: 'Lee', initials: 'J' },
      { family: 'Cho', initials: 'BS' },
    ]);
    expect(seed?.exolens).toBeUndefined();
    expect(numericYear?.year).toBe('2019');
    expect(numericYear?.authors).toEqual([{ family: 'de Hoon', initials: 'MJ' }, { collective: 'ISEV Board of Directors' }]);
    expect(numericYear?.addedAt).toBe(NOW.toISOString());
    expect(doiOnly).toMatchObject({ ids: { doi: '10.5555/synthetic.v1' }, authors: [], tags: ['wound'] });
  });

  it('quarantines an unreadable v1 item and keeps the others', () => {
    const raw = v1Fixture() as { items: unknown[] };
    raw.items.push({ pmid: '5', title: 42, tags: [] }, null);
    const { library, quarantined, problems } = migrateLibrary(raw, NOW);
    expect(library.entries).toHaveLength(3);
    expect(quarantined).toEqual([{ pmid: '5', title: 42, tags: [] }, null]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^v1 item 3 is unreadable \(title: /);
  });
});

describe('migrateLibrary: v2 and corrupted values', () => {
  const stored: Library = { version: 2, entries: GOLDEN_ENTRIES };

  it('loads a v2 library unchanged (through JSON, as storage returns it)', () => {
    const { library, quarantined, problems } = migrateLibrary(JSON.parse(JSON.stringify(stored)), NOW);
    expect(problems).toEqual([]);
    expect(quarantined).toEqual([]);
    expect(library).toEqual(stored);
  });

  it('treats null and undefined as nothing stored yet', () => {
    for (const raw of [undefined, null]) expect(migrateLibrary(raw, NOW)).toEqual({ library: emptyLibrary(), quarantined: [], problems: [] });
  });

  it.each([
    ['a string', 'corrupted', /is a string/],
    ['a number', 7, /is a number/],
    ['an array', [SEED_ENTRY], /is an array/],
    ['a foreign object', { hello: 'world' }, /not an ExoLens library/],
    ['a future version', { version: 3, entries: [] }, /version 3, newer/],
    ['v2 with entries not a list', { version: 2, entries: 'x' }, /a string for entries/],
    ['v1 with items not a list', { items: null }, /null for items/],
  ])('quarantines %s whole', (_name, raw, message) => {
    const { library, quarantined, problems } = migrateLibrary(raw, NOW);
    expect(library.entries).toEqual([]);
    expect(quarantined).toEqual([raw]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('keeps the valid half of a half-valid array and quarantines the rest', () => {
    const wrongTypes = { ...HOSTILE_ENTRY, title: ['not', 'a', 'string'] };
    const badDate = { ...COLLIDING_ENTRY, addedAt: 'yesterday' };
    const duplicateKey = { ...SEED_ENTRY, title: 'Same key again' };
    const raw = { version: 2, entries: [SEED_ENTRY, null, 'text', wrongTypes, badDate, duplicateKey] };
    const { library, quarantined, problems } = migrateLibrary(raw, NOW);
    expect(library.entries).toEqual([SEED_ENTRY]);
    expect(quarantined).toEqual([null, 'text', wrongTypes, badDate, duplicateKey]);
    expect(problems).toHaveLength(5);
    expect(problems[2]).toContain('Entry 3 is unreadable (title:');
    expect(problems[3]).toContain('addedAt: not an ISO date');
    expect(problems[4]).toBe('Entry 5 repeats the key pmid:32392899; it was set aside.');
  });

  it('keeps a reference whose ExoLens summary is unreadable, without the summary, and reports it', () => {
    const raw = { version: 2, entries: [{ ...SEED_ENTRY, exolens: { ...SEED_ENTRY.exolens, topics: ['not-a-topic'] } }] };
    const { library, quarantined, problems } = migrateLibrary(raw, NOW);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0]?.exolens).toBeUndefined();
    expect(library.entries[0]?.title).toBe(SEED_ENTRY.title);
    expect(quarantined).toEqual(raw.entries);
    expect(problems[0]).toMatch(/unreadable ExoLens summary \(topics\.0:/);
  });

  it('fills defaults for lists an older v2 entry lacks', () => {
    const { tags: _tags, note: _note, mesh: _mesh, updatedAt: _updatedAt, ...partial } = SEED_ENTRY;
    const { library, problems } = migrateLibrary({ version: 2, entries: [partial] }, NOW);
    expect(problems).toEqual([]);
    expect(library.entries[0]).toMatchObject({ tags: [], note: '', mesh: [], updatedAt: SEED_ENTRY.addedAt });
  });
});

describe('library operations', () => {
  const base: Library = { version: 2, entries: [SEED_ENTRY] };

  it('upsert adds a new article and merges a known one without touching the input', () => {
    const added = upsert(base, HOSTILE_ENTRY);
    expect(added.status).toBe('added');
    expect(added.library.entries.map((entry) => entry.key)).toEqual(['pmid:32392899', HOSTILE_ENTRY.key]);
    const fresh: LibraryEntry = { ...SEED_ENTRY, key: 'doi:10.3390/cells9051157', ids: { doi: '10.3390/CELLS9051157' }, tags: ['x'], note: '', volume: undefined };
    const updated = upsert(added.library, fresh);
    expect(updated.status).toBe('updated');
    expect(updated.entry.key).toBe('pmid:32392899');
    expect(updated.entry.tags).toEqual(['to read', 'MSC-EV', 'x']);
    expect(updated.entry.note).toBe(SEED_ENTRY.note);
    expect(updated.library.entries).toHaveLength(2);
    expect(base.entries).toEqual([SEED_ENTRY]);
  });

  it('upsert makes a colliding foreign key unique', () => {
    const foreign = { ...HOSTILE_ENTRY, ids: { pmid: '999' }, key: 'pmid:32392899' };
    expect(upsert(base, foreign).entry.key).toBe('pmid:32392899#2');
  });

  it('remove, setTags and setNote change only the named entry', () => {
    const two: Library = { version: 2, entries: [SEED_ENTRY, HOSTILE_ENTRY] };
    expect(remove(two, SEED_ENTRY.key).entries).toEqual([HOSTILE_ENTRY]);
    const tagged = setTags(two, SEED_ENTRY.key, [' a ', 'A', '', 'b  c'], NOW);
    expect(tagged.entries[0]?.tags).toEqual(['a', 'b c']);
    expect(tagged.entries[0]?.updatedAt).toBe(NOW.toISOString());
    expect(tagged.entries[1]).toBe(HOSTILE_ENTRY);
    const noted = setNote(two, HOSTILE_ENTRY.key, 'new note', NOW);
    expect(noted.entries[1]?.note).toBe('new note');
    expect(two.entries[1]?.note).toBe(HOSTILE_ENTRY.note);
  });

  it('importEntries counts added and merged, deduplicating within the import too', () => {
    const incoming: LibraryEntry[] = [
      { ...SEED_ENTRY, key: 'x', ids: { pmcid: 'PMC7290908' }, tags: ['imported'] },
      HOSTILE_ENTRY,
      { ...HOSTILE_ENTRY, ids: { doi: '10.1000/EV_TEST%1', pmid: '42' }, key: 'pmid:42', volume: '8' },
      COLLIDING_ENTRY,
    ];
    const result = importEntries(base, incoming);
    expect(result.added).toBe(2);
    expect(result.merged).toBe(2);
    expect(result.library.entries.map((entry) => entry.key)).toEqual(['pmid:32392899', HOSTILE_ENTRY.key, COLLIDING_ENTRY.key]);
    expect(result.library.entries[0]?.tags).toEqual(['to read', 'MSC-EV', 'imported']);
    expect(result.library.entries[1]?.ids).toEqual({ doi: '10.1000/ev_test%1', pmid: '42' });
    expect(result.library.entries[1]?.volume).toBe('8');
  });

  it('importEntries of 1,000 new references adds them all with unique keys', () => {
    const many = Array.from({ length: 1000 }, (_, i): LibraryEntry => ({ ...COLLIDING_ENTRY, key: `pmcid:PMC${i}`, ids: { pmcid: `PMC${i}` } }));
    const result = importEntries(emptyLibrary(), [...many, ...many]);
    expect(result.added).toBe(1000);
    expect(result.merged).toBe(1000);
    expect(new Set(result.library.entries.map((entry) => entry.key)).size).toBe(1000);
  });
});
