import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  EXPORTERS,
  exportBibtex,
  exportCslJson,
  exportCsv,
  exportFilename,
  exportMedline,
  exportRis,
  importCslJson,
  importMedline,
  importRis,
} from '../../../utils/library/formats';
import { bibtexKeys, escapeBibtex } from '../../../utils/library/formats/bibtex';
import { csvCell } from '../../../utils/library/formats/csv';
import { oneLine } from '../../../utils/library/text';
import type { LibraryEntry } from '../../../utils/library/types';
import { readShared, REPO_ROOT } from '../../shared';
import { COLLIDING_ENTRY, GOLDEN_ENTRIES, HOSTILE_ENTRY, LONG_TITLE, SEED_ENTRY } from '../../fixtures/library/entries';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const golden = (name: string) => readFileSync(join(REPO_ROOT, 'test/fixtures/library', name), 'utf8');
const eutils = (name: string) => readShared('fixtures', 'eutils', name);

describe('golden exports (synthetic entries with hostile content)', () => {
  it.each([
    ['RIS', exportRis, 'golden.ris'],
    ['BibTeX', exportBibtex, 'golden.bib'],
    ['CSL-JSON', exportCslJson, 'golden.csl.json'],
    ['MEDLINE', exportMedline, 'golden.nbib'],
    ['CSV', exportCsv, 'golden.csv'],
  ])('%s matches its golden file', (_name, exporter, file) => {
    expect(exporter(GOLDEN_ENTRIES)).toBe(golden(file));
  });
});

describe('RIS', () => {
  const text = exportRis(GOLDEN_ENTRIES);
  const lines = text.split('\r\n');

  it('writes TY first, ER last, CRLF only, one value per line', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const records = text.split('\r\n\r\n');
    expect(records).toHaveLength(4);
    for (const record of records) {
      expect(record.startsWith('TY  - JOUR\r\n')).toBe(true);
      expect(record.trimEnd().endsWith('\r\nER  -')).toBe(true);
    }
    for (const line of lines.filter((line) => line.length > 0)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });

  it('splits pages and expands the end page', () => {
    const record = exportRis([COLLIDING_ENTRY]);
    expect(record).toContain('SP  - 884\r\nEP  - 895\r\n');
    expect(exportRis([{ ...COLLIDING_ENTRY, pages: 'S12-9' }])).toContain('SP  - S12\r\nEP  - S19\r\n');
    expect(exportRis([{ ...COLLIDING_ENTRY, pages: '2308-10' }])).toContain('SP  - 2308\r\nEP  - 2310\r\n');
  });

  it('flattens a newline and tab inside a title so no tag can be forged', () => {
    const forged = exportRis([{ ...HOSTILE_ENTRY, title: 'Title\r\nER  - \nTY  - JOUR\tx' }]);
    expect(forged.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(forged).toContain('TI  - Title ER - TY - JOUR x\r\n');
  });

  it('parses back to the same records', () => {
    const { entries, problems } = importRis(text, NOW);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(GOLDEN_ENTRIES.length);
    entries.forEach((read, index) => {
      const original = GOLDEN_ENTRIES[index] as LibraryEntry;
      expect(read.ids).toEqual(original.ids);
      expect(read.key).toBe(original.key);
      expect(read.title).toBe(oneLine(original.title));
      expect(read.authors.map((a) => [a.family, a.given ?? a.initials, a.collective])).toEqual(
        original.authors.map((a) => [a.family, a.given ?? a.initials, a.collective]),
      );
      expect(read.exolens).toEqual(original.exolens);
      expect(read.tags).toEqual(original.tags);
      expect(read.note).toBe(oneLine(original.note));
      expect(read.keywords).toEqual([...original.keywords, ...original.mesh]);
      expect([read.journal, read.journalAbbrev, read.year, read.volume, read.issue, read.issn, read.language]).toEqual([
        original.journal,
        original.journalAbbrev,
        original.year,
        original.volume,
        original.issue,
        original.issn,
        original.language,
      ]);
    });
    expect(entries[0]?.pubDate).toBe('2020 May 7');
    expect(entries[2]?.title).toBe(LONG_TITLE);
    expect(entries[3]?.pages).toBe('884-895');
  });

  it('round-trips export → import → export', () => {
    expect(exportRis(importRis(text, NOW).entries)).toBe(text);
  });

  it('reads the NCBI citation exporter sample', () => {
    const { entries, problems } = importRis(eutils('ris-PMC3352855-ncbi-citation-exporter-sample.ris'), NOW);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.title).toBe(
      'Innovation and access to medicines for neglected populations: could a treaty address a broken pharmaceutical R&D system?',
    );
    expect(entry?.authors).toEqual([
      { family: 'Moon', given: 'Suerie' },
      { family: 'Bermudez', given: 'Jorge' },
      { family: "'t Hoen", given: 'Ellen' },
    ]);
    expect(entry?.ids).toEqual({ pmcid: 'PMC3352855', doi: '10.1371/journal.pmed.1001218' });
    expect(entry?.key).toBe('doi:10.1371/journal.pmed.1001218');
    expect(entry).toMatchObject({ journal: 'PLoS medicine', year: '2012', pubDate: '2012 Jan', volume: '9', issue: '5', pages: 'e1001218' });
    expect(entry?.keywords).toHaveLength(10);
    expect(entry?.keywords[7]).toBe('Neglected Diseases: drug therapy');
    expect(entry?.exolens).toBeUndefined();
  });

  it('tolerates LF, a BOM, continuation lines, unknown tags and a missing ER', () => {
    // Synthetic input.
    const input = '\uFEFFTY  - JOUR\nT1  - A wrapped\n  title\nZZ  - unknown\nA1  - Solo\nKW  - ExoLens topic: Bogus\nKW  - ExoLens tag: mine\nTY  - JOUR\nAN  - 77\nER  -';
    const { entries, problems } = importRis(input, NOW);
    expect(entries.map((entry) => entry.title)).toEqual(['A wrapped title']);
    expect(entries[0]?.authors).toEqual([{ collective: 'Solo' }]);
    expect(entries[0]?.keywords).toEqual(['ExoLens topic: Bogus']);
    expect(entries[0]?.tags).toEqual(['mine']);
    expect(entries[0]?.exolens).toBeUndefined();
    expect(problems).toEqual([
      'Record at line 1 has no ER line; it was read up to line 7.',
      'Record at line 1: Unknown ExoLens keyword kept as a plain keyword: "ExoLens topic: Bogus"',
      'Record at line 8 has no title (TI/T1); it was skipped.',
    ]);
  });
});

describe('MEDLINE', () => {
  const text = exportMedline(GOLDEN_ENTRIES);

  it('pads tags, wraps at 80 columns with 6-space continuations, separates records with a blank line', () => {
    const lines = text.split('\n');
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(80);
      if (line) expect(line).toMatch(/^([A-Z][A-Z0-9 ]{3}- |      \S)/);
    }
    expect(text.split('\n\n')).toHaveLength(4);
    expect(text).toContain('PMID- 32392899\n');
    expect(text).toContain('LID - 10.3390/cells9051157 [doi]\n');
    expect(text).toContain('CN  - ISEV Task Force on MSC-EVs & Standards\n');
    expect(text).toContain('OT  - ExoLens QC: Isolation method\n');
  });

  it('round-trips export → import → export, keeping MeSH, types and the summary', () => {
    const { entries, problems } = importMedline(text, NOW);
    expect(problems).toEqual([]);
    expect(exportMedline(entries)).toBe(text);
    expect(entries[0]?.mesh).toEqual(SEED_ENTRY.mesh);
    expect(entries[0]?.publicationTypes).toEqual(SEED_ENTRY.publicationTypes);
    expect(entries[0]?.exolens).toEqual(SEED_ENTRY.exolens);
    expect(entries[0]?.authors[0]).toEqual({ family: 'Ha', given: 'Dae Hyun', initials: 'DH' });
    expect(entries[2]?.title).toBe(LONG_TITLE);
    expect(entries[3]?.pubDate).toBe('2020 Mar-Apr');
  });

  it('reads the NCBI .nbib sample', () => {
    const { entries, problems } = importMedline(eutils('nbib-PMC3352855-ncbi-citation-exporter-sample.nbib'), NOW);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'pmid:22615544',
      ids: { pmid: '22615544', pmcid: 'PMC3352855', doi: '10.1371/journal.pmed.1001218' },
      title: 'Innovation and Access to Medicines for Neglected Populations: Could a Treaty Address a Broken Pharmaceutical R&D System?',
      issn: '1549-1277',
      pubDate: '2012 May',
      year: '2012',
      journal: 'PLoS Medicine',
      journalAbbrev: 'PLoS Med',
      language: 'eng',
      publicationTypes: ['Journal Article'],
    });
    expect(entries[0]?.authors[2]).toEqual({ family: "'t Hoen", given: 'Ellen', initials: 'E' });
    expect(entries[0]?.abstract).toMatch(/^As part of a cluster of articles .* health-centered governance\.$/);
  });

  it('reads the four records of the PubMed MEDLINE export', () => {
    const { entries, problems } = importMedline(eutils('medline-pubmed_result2.txt'), NOW);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.ids.pmid)).toEqual(['16403221', '16377612', '14871861', '14630660']);
    const [scop, diagram, cluster, pdb] = entries;
    expect(scop?.ids).toEqual({ pmid: '16403221', pmcid: 'PMC1373603', doi: '10.1186/1471-2105-7-10' });
    expect(scop?.pubDate).toBeUndefined();
    expect(scop?.year).toBe('2006');
    expect(scop?.authors[2]).toEqual({ family: 'Saqi', given: 'Mansoor A S', initials: 'MA' });
    expect(scop?.abstract).toMatch(/^BACKGROUND: Benchmarking algorithms .* more principled\.$/);
    expect(scop?.abstract).not.toMatch(/\s{2}/);
    expect(scop?.mesh).toContain('Information Storage and Retrieval/*methods');
    expect(diagram).toMatchObject({ pubDate: '2006 Mar 1', volume: '22', issue: '5', pages: '616-7', journalAbbrev: 'Bioinformatics', journal: 'Bioinformatics (Oxford, England)' });
    expect(diagram?.title).toBe('GenomeDiagram: a python package for the visualization of large-scale genomic data.');
    expect(cluster?.authors[0]).toEqual({ family: 'de Hoon', given: 'M J L', initials: 'MJ' });
    expect(pdb?.ids).toEqual({ pmid: '14630660' });
    expect(pdb?.mesh).toHaveLength(9);
  });
});

describe('CSL-JSON', () => {
  const text = exportCslJson(GOLDEN_ENTRIES);

  it('writes schema items with literal collective authors and a comma-separated keyword string', () => {
    const items = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      type: 'article-journal',
      id: 'pmid:32392899',
      'container-title': 'Cells',
      'container-title-short': 'Cells',
      issued: { 'date-parts': [[2020, 5, 7]] },
      volume: '9',
      issue: '5',
      page: '1157',
      DOI: '10.3390/cells9051157',
      PMID: '32392899',
      PMCID: 'PMC7290908',
      ISSN: '2073-4409',
    });
    expect(items[0]?.keyword).toMatch(/^exosomes, skin regeneration, Exosomes\/metabolism, Skin Aging, ExoLens topic: Skin aging, /);
    expect(items[1]?.author).toContainEqual({ literal: 'ISEV Task Force on MSC-EVs & Standards' });
    expect(items[1]?.title).toBe(HOSTILE_ENTRY.title);
    expect(items[2]).toEqual({
      type: 'article-journal',
      id: GOLDEN_ENTRIES[2]?.key,
      title: LONG_TITLE,
      custom: { exolens: { keywords: [], mesh: [], publicationTypes: [], tags: [], addedAt: '2026-11-23T08:00:00.000Z' } },
    });
  });

  it('round-trips export → import → export losslessly', () => {
    const { entries, problems } = importCslJson(text, NOW);
    expect(problems).toEqual([]);
    expect(exportCslJson(entries)).toBe(text);
    const { updatedAt: _a, ...seedRead } = entries[0] as LibraryEntry;
    const { updatedAt: _b, ...seedOriginal } = SEED_ENTRY;
    expect(seedRead).toEqual({ ...seedOriginal, authors: SEED_ENTRY.authors.map(({ family, given }) => ({ family, given })) });
    expect(entries[1]?.keywords).toEqual(['keyword, with comma', '=1+1']);
  });

  it('reads the NCBI ctxp sample', () => {
    const { entries, problems } = importCslJson(eutils('ctxp-csl-json-PMC3932643-ncbi-citation-exporter-sample.json'), NOW);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'pmid:24653835',
      ids: { pmid: '24653835', pmcid: 'PMC3932643', doi: '10.1155/2014/245329' },
      journal: 'ISRN Gastroenterol',
      year: '2014',
      volume: '2014',
      pages: '245329',
      keywords: [],
      tags: [],
    });
    expect(entries[0]?.pubDate).toBeUndefined();
    expect(entries[0]?.authors).toHaveLength(7);
    expect(entries[0]?.authors[0]).toEqual({ family: 'Wu', given: 'Ju-gang' });
  });

  it('reads foreign keyword strings and reports unreadable items', () => {
    // Synthetic input: one good item with our keywords but no custom block, one without a title, then not JSON.
    const input = JSON.stringify([
      { type: 'article-journal', title: 'T', author: [{ family: 'Consortium X' }], keyword: 'alpha; beta, ExoLens topic: Hair growth, ExoLens KB: 9' },
      { type: 'article-journal', PMID: '1' },
    ]);
    const { entries, problems } = importCslJson(input, NOW);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.keywords).toEqual(['alpha', 'beta']);
    expect(entries[0]?.exolens?.topics).toEqual(['hair-growth']);
    expect(entries[0]?.exolens?.kbVersion).toBe('9');
    expect(entries[0]?.authors).toEqual([{ family: 'Consortium X' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Item 1 is not a readable CSL item \(title:/);
    expect(importCslJson('{oops', NOW).problems[0]).toMatch(/^Not JSON: /);
  });
});

describe('BibTeX', () => {
  it('escapes every TeX special', () => {
    expect(escapeBibtex('{a} 100% & $5 #1 a_b ~x^y \\z')).toBe(
      '\\{a\\} 100\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}y \\textbackslash{}z',
    );
  });

  it('keeps braces balanced in every entry, whatever the title', () => {
    for (const entry of exportBibtex(GOLDEN_ENTRIES).split('\n\n')) {
      const unescaped = entry.replace(/\\[{}]/g, '');
      expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    }
  });

  it('makes collision keys unique in linear passes: ha2020mesenchymal, …a, …b', () => {
    const entries = Array.from({ length: 30 }, () => SEED_ENTRY);
    const keys = bibtexKeys(entries);
    expect(keys.slice(0, 3)).toEqual(['ha2020mesenchymal', 'ha2020mesenchymala', 'ha2020mesenchymalb']);
    expect(keys[27]).toBe('ha2020mesenchymalaa');
    expect(new Set(keys).size).toBe(30);
    expect(bibtexKeys([HOSTILE_ENTRY, GOLDEN_ENTRIES[2] as LibraryEntry])).toEqual(['muller2021evil', 'anonndvesicle0']);
  });

  it('writes authors with " and ", braces collective names, and keeps Unicode', () => {
    const text = exportBibtex([HOSTILE_ENTRY]);
    expect(text).toContain(
      '  author = {Müller, Jürgen and Wąs, Łukasz and 王, 小明 and {ISEV Task Force on MSC-EVs \\& Standards} and {Smith and Wesson}, Anna},\n',
    );
    expect(text).toContain('  doi = {10.1000/ev_test%1},\n');
    expect(text).toContain('  keywords = {keyword; with comma, =1+1, ExoLens tag: -risky, ExoLens tag: α tag},\n');
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('has a header and one CRLF row per entry', () => {
    const text = exportCsv(GOLDEN_ENTRIES);
    expect(text.startsWith('\uFEFFkey,pmid,pmcid,doi,title,authors,journal,year,volume,issue,pages,topics,qc_reported,notes,tags,note,added_at\r\n')).toBe(true);
    expect(text).toContain(',wound-healing,qc-size-concentration; qc-dose,,,,2026-11-24T08:00:00.000Z\r\n');
    // Records end in CRLF; the only bare LFs are inside quoted title/note cells.
    expect(text.split('\r\n')).toHaveLength(GOLDEN_ENTRIES.length + 2);
  });
});

describe('export metadata', () => {
  it('names files by format and local date', () => {
    const day = new Date(2026, 10, 27, 23, 30);
    expect(EXPORT_FORMATS.map((format) => exportFilename(format.id, day))).toEqual([
      'exolens-library-2026-11-27.ris',
      'exolens-library-2026-11-27.bib',
      'exolens-library-2026-11-27.json',
      'exolens-library-2026-11-27.nbib',
      'exolens-library-2026-11-27.csv',
    ]);
  });

  it('exports 1,000 entries in every format with one record each', () => {
    const many = Array.from({ length: 1000 }, (_, i): LibraryEntry => ({ ...SEED_ENTRY, key: `pmid:${i}`, ids: { pmid: String(i) } }));
    expect(exportRis(many).match(/^TY {2}- JOUR/gm)).toHaveLength(1000);
    expect(new Set(exportBibtex(many).match(/^@article\{[^,]+/gm)).size).toBe(1000);
    expect(JSON.parse(EXPORTERS['csl-json'](many))).toHaveLength(1000);
    expect(exportMedline(many).match(/^PMID- /gm)).toHaveLength(1000);
    // Header, 1,000 rows, and the empty string after the final CRLF (the note's LF is inside a quoted cell).
    expect(exportCsv(many).split('\r\n')).toHaveLength(1002);
  });
});
