import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '@/utils/model';
import { NcbiParseError } from '@/utils/ncbi/errors';
import { parsePubmedArticleSet } from '@/utils/ncbi/pubmed-xml';
import { sharedPath } from '../../shared';
import { eutilsFixture, syntheticFixture } from './fixtures';

function parseOne(name: string): ArticleInput {
  const articles = parsePubmedArticleSet(eutilsFixture(name));
  expect(articles).toHaveLength(1);
  return articles[0] as ArticleInput;
}

const labels = (article: ArticleInput) => article.abstract.map((section) => section.label);

/** Expected values read by hand from each file in ../shared/fixtures/eutils. */
const EXPECTED: Record<string, (article: ArticleInput) => void> = {
  'efetch-pubmed-993-retracted-publication.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '993', pmcid: 'PMC1165577' });
    expect(a.title).toBe(
      'The stimulation by synaptic transmitters of the incorporation of oleate into the phospholipid of synaptic membranes.',
    );
    expect(a.publicationTypes).toEqual(['Journal Article', 'Retracted Publication']);
    expect(a.notices).toEqual([
      { kind: 'retraction-in', pmid: '195582', text: 'Rowe CE. Biochem J. 1977 Apr 15;164(1):287-8' },
    ]);
    expect(a.abstract).toHaveLength(1);
    expect(a.abstract[0]?.label).toBeUndefined();
    expect(a.abstract[0]?.text).toMatch(/^Noradrenaline stimulated the incorporation of oleate/);
    expect(a.abstract[0]?.text).toContain('(Gullis & Rowe, 1975a)');
    expect(a.authors).toEqual([
      { family: 'Gullis', given: 'R J', initials: 'RJ' },
      { family: 'Rowe', given: 'C E', initials: 'CE' },
    ]);
    expect(a).toMatchObject({
      journal: 'The Biochemical journal',
      journalAbbrev: 'Biochem. J.',
      volume: '148',
      issue: '3',
      pages: '557-65',
      year: '1975',
      issn: '0264-6021',
      language: 'eng',
    });
    expect(a.mesh).toHaveLength(20);
    expect(a.mesh[0]).toBe('Adenosine Triphosphate');
    // Pre-2019 record: references come from CommentsCorrections RefType="Cites".
    expect(a.references).toHaveLength(10);
    expect(a.references?.[0]).toEqual({ text: 'J Biol Chem. 1969 Dec 10;244(23):6395-402', pmid: '4311198' });
    expect(a.keywords).toEqual([]);
    expect(a.coi).toBeUndefined();
  },
  'efetch-pubmed-38833988-published-erratum-erratumfor.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '38833988', doi: '10.1016/j.bbamcr.2024.119767' });
    expect(a.title).toMatch(/^Corrigendum to "MageC2 protein is upregulated/);
    expect(a.publicationTypes).toEqual(['Published Erratum']);
    expect(a.abstract).toEqual([]);
    expect(a.notices).toEqual([
      {
        kind: 'erratum-for',
        pmid: '33279609',
        text: 'Biochim Biophys Acta Mol Cell Res. 2021 Mar;1868(3):118918. doi: 10.1016/j.bbamcr.2020.118918.',
      },
    ]);
    expect(a.authors).toHaveLength(6);
    expect(a.authors?.[0]).toEqual({ family: 'Pascucci', given: 'Franco Andrés', initials: 'FA' });
    expect(a.pages).toBe('119767');
    expect(a.year).toBe('2024');
  },
  'efetch-pubmed-28814268-structured-abstract.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '28814268', pmcid: 'PMC5559839', doi: '10.1186/s12864-017-3982-1' });
    expect(a.title).toBe('The genomic architecture of mastitis resistance in dairy sheep.');
    expect(labels(a)).toEqual(['BACKGROUND', 'RESULTS', 'CONCLUSIONS']);
    expect(a.authors).toHaveLength(10);
    expect(a.keywords).toHaveLength(10);
    expect(a.keywords[0]).toBe('California mastitis test');
    expect(a.references).toHaveLength(70);
    expect(a).toMatchObject({ journal: 'BMC genomics', journalAbbrev: 'BMC Genomics', volume: '18', pages: '624' });
  },
  'efetch-pubmed-35123456-structured-abstract-coi-keywords.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '35123456', pmcid: 'PMC8818254', doi: '10.1186/s12891-022-05070-w' });
    expect(a.title).toBe(
      'Test-retest reliability for performance-based outcome measures among individuals with arthrogryposis multiplex congenita.',
    );
    expect(labels(a)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSIONS']);
    expect(a.coi).toBe(
      'LRN is an educational speaker for Smith and Nephew and Orthopediatrics. All other authors declare they have no competing interests.',
    );
    expect(a.keywords).toEqual(['Arthrogryposis', 'Clubfoot', 'Gait', 'Postural balance', 'Walking speed']);
    expect(a.mesh).toHaveLength(11);
    expect(a.authors).toHaveLength(6);
    // The references' own ArticleIdLists must not leak into the article's ids (checked above).
    expect(a.references).toHaveLength(56);
    expect(a.references?.[0]).toMatchObject({ pmid: '31282072', pmcid: 'PMC6771513', doi: '10.1002/ajmg.c.31721' });
    expect(a.references?.[0]?.text).toMatch(/^Dahan-Oliel N, Cachecho S/);
  },
  'efetch-pubmed-29768149-rct-commentin-tab-indented.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '29768149', doi: '10.1056/nejmoa1715274' });
    expect(a.title).toBe('Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.');
    expect(labels(a)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSIONS']);
    // Tabs and newlines of the re-indented file collapse to single spaces, no edge whitespace.
    for (const section of a.abstract) expect(section.text).not.toMatch(/\s{2,}|\t|\n|^\s|\s$/);
    expect(a.abstract[1]?.text).toContain('(200 μg of budesonide and 6 μg of formoterol)');
    expect(a.publicationTypes).toEqual([
      'Clinical Trial, Phase III',
      'Comparative Study',
      'Journal Article',
      'Multicenter Study',
      'Randomized Controlled Trial',
      "Research Support, Non-U.S. Gov't",
    ]);
    expect(a.mesh).toHaveLength(23);
    expect(a.notices?.map((notice) => [notice.kind, notice.pmid])).toEqual([
      ['comment-in', '29768146'],
      ['comment-in', '30242404'],
    ]);
    expect(a.authors).toHaveLength(10);
    expect(a.authors?.[0]).toEqual({ family: "O'Byrne", given: 'Paul M', initials: 'PM' });
  },
  'efetch-pubmed-32160763-no-abstract.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '32160763', doi: '10.1089/aid.2020.0058' });
    expect(a.title).toBe('The London Patient.');
    expect(a.abstract).toEqual([]);
    expect(a.publicationTypes).toEqual(['Journal Article', 'Personal Narrative']);
    expect(a.mesh).toEqual(['HIV Infections', 'Humans', 'London', 'Patient Satisfaction', 'Receptors, CCR5', 'Treatment Outcome']);
    expect(a.authors).toEqual([{ family: 'Brown', given: 'Timothy Ray', initials: 'TR' }]);
    expect(a.pages).toBe('251-252');
    expect(a.notices).toEqual([]);
  },
  'efetch-pubmed-37693885-exosome-review-coi-keywords-refs.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '37693885', pmcid: 'PMC10492547', doi: '10.2147/ijn.s420748' });
    expect(a.title).toBe('Plant-Derived Exosome-Like Nanovesicles: Current Progress and Prospects.');
    expect(a.abstract).toHaveLength(1);
    expect(a.abstract[0]?.text).toMatch(/^Exosomes are small extracellular vesicles, ranging in size from 30-150nm/);
    expect(a.coi).toBe('The authors report no conflicts of interest in this work.');
    expect(a.keywords).toEqual(['exosomes', 'nanocarriers', 'nanotherapeutics', 'plants', 'vesicles']);
    expect(a.mesh).toHaveLength(8);
    expect(a.publicationTypes).toEqual(['Journal Article', 'Review']);
    expect(a.authors).toHaveLength(9);
    expect(a.references).toHaveLength(157);
    expect(a.references?.[0]).toMatchObject({ pmid: '3597417', doi: '10.1016/s0021-9258(18)48095-7' });
    expect(a.references?.[0]?.text).toContain('J Biol Chem. 1987;262(19):9412–9420.');
    expect(a).toMatchObject({ journal: 'International journal of nanomedicine', volume: '18', pages: '4987-5009', year: '2023' });
  },
  'efetch-pubmed-27797938-biopython-pubmed4-structured-coi-keywords.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '27797938', pmcid: 'PMC5442267', doi: '10.1136/gutjnl-2016-312510' });
    // <i>TERT</i> flattened to text.
    expect(a.title).toBe('Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.');
    expect(labels(a)).toEqual(['OBJECTIVE', 'DESIGN', 'RESULTS', 'CONCLUSIONS']);
    expect(a.abstract[2]?.text).toContain('ptrend=0.048'); // p<sub>trend</sub> joins its word
    expect(a.abstract[2]?.text).toContain('r2<0.25');
    expect(a.coi).toBe('Competing interests: None declared.');
    // The file holds one KeywordList with one keyword (the multi-list case is in the synthetic fixture).
    expect(a.keywords).toEqual(['PANCREATIC CANCER']);
    expect(a.authors).toHaveLength(22);
    expect(a.mesh).toHaveLength(21);
    expect(a.references).toHaveLength(48);
    expect(a.notices).toEqual([{ kind: 'comment-in', pmid: '27920200', text: 'Gut. 2017 Jun;66(6):1' }]);
    expect(a).toMatchObject({ journal: 'Gut', volume: '66', issue: '6', pages: '1116-1122', year: '2017' });
  },
  'efetch-pubmed-36577847-editorial-commenton.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '36577847', doi: '10.1038/s41440-022-01150-5' });
    expect(a.title).toBe('Optimizing antihypertensive therapy in patients with diabetes mellitus.');
    expect(a.abstract).toEqual([]);
    expect(a.publicationTypes).toEqual(['Editorial', 'Comment']);
    expect(a.notices).toEqual([
      { kind: 'comment-on', pmid: '36229537', text: 'Hypertens Res. 2023 Jan;46(1):128-135. doi: 10.1038/s41440-022-01051-7.' },
    ]);
    expect(a.keywords).toHaveLength(5);
    expect(a.references).toHaveLength(15);
    expect(a.authors).toHaveLength(3);
    expect(a.pages).toBe('797-800');
  },
  'efetch-pubmed-28806736-same-as-esummary-json.xml': (a) => {
    expect(a.ids).toEqual({ pmid: '28806736', doi: '10.1371/journal.pone.0182390' });
    expect(a.title).toBe('Unravelling the interplay of sphingolipids and TGF-β signaling in the human corneal stroma.');
    expect(labels(a)).toEqual(['PURPOSE', 'METHODS', 'RESULTS', 'CONCLUSION']);
    expect(a.authors).toHaveLength(5);
    expect(a).toMatchObject({ journal: 'PloS one', journalAbbrev: 'PLoS ONE', pages: 'e0182390', year: '2017' });
  },
};

describe('parsePubmedArticleSet on the real efetch fixtures', () => {
  it('has an expectation for every efetch-pubmed fixture', () => {
    const files = readdirSync(sharedPath('fixtures', 'eutils')).filter((name) => /^efetch-pubmed-.*\.xml$/.test(name));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, check] of Object.entries(EXPECTED)) {
    it(file, () => {
      const article = parseOne(file);
      check(article);
      // Invariants of every record: collapsed text, lower-case DOI, PMC-prefixed PMCID.
      for (const text of [article.title, ...article.abstract.map((section) => section.text)]) {
        expect(text).toBe(text.replace(/\s+/g, ' ').trim());
      }
      if (article.ids.doi) expect(article.ids.doi).toBe(article.ids.doi.toLowerCase());
      if (article.ids.pmcid) expect(article.ids.pmcid).toMatch(/^PMC\d+$/);
    });
  }
});

describe('parsePubmedArticleSet on synthetic edge cases', () => {
  const [article, book, ...rest] = parsePubmedArticleSet(syntheticFixture('pubmed-edge-cases-synthetic.xml'));

  it('reads one ArticleInput per PubmedArticle / PubmedBookArticle and skips DeleteCitation', () => {
    expect(rest).toEqual([]);
    expect(article?.ids.pmid).toBe('90000001');
    expect(book?.ids.pmid).toBe('90000020');
  });

  it('falls back to VernacularTitle, MedlineDate, StartPage-EndPage, MedlineTA, ISSNLinking, OtherID', () => {
    expect(article?.title).toBe('Exosomes in vitro: un titre inventé');
    expect(article).toMatchObject({
      year: '1998',
      pages: '101-109',
      journalAbbrev: 'J Invent Res',
      issn: '0000-0001',
      language: 'fre',
      ids: { pmid: '90000001', pmcid: 'PMC9000001' },
    });
  });

  it('keeps labelled and unlabelled sections, flattens inline markup, drops empty sections', () => {
    expect(article?.abstract).toEqual([
      { text: 'Unlabelled part with r2 and H2O.' },
      { label: 'AIM', text: 'A labelled & bold part.' },
    ]);
  });

  it('merges all KeywordLists without duplicates', () => {
    expect(article?.keywords).toEqual(['extracellular vesicles', 'wound healing', 'microgravity']);
  });

  it('reads collective and personal authors', () => {
    expect(article?.authors).toEqual([{ collective: 'Invented Exosome Consortium' }, { family: 'Doe', initials: 'J' }]);
  });

  it('maps every notice kind and ignores Cites and unknown RefTypes', () => {
    expect(article?.notices).toEqual([
      { kind: 'retraction-of', pmid: '90000002', text: 'J Invent Res. 1997;6:1-2' },
      { kind: 'expression-of-concern-in', text: 'J Invent Res. 1999;8:3' },
      { kind: 'update-in', pmid: '90000003', text: 'J Invent Res. 2000;9:4' },
      { kind: 'erratum-in', pmid: '90000004', text: 'J Invent Res. 1999;8:5' },
    ]);
  });

  it('prefers ReferenceList (including nested lists) over Cites', () => {
    expect(article?.references).toEqual([
      { text: 'First invented reference.', pmid: '90000010', pmcid: 'PMC9000010', doi: '10.9999/invented.10' },
      { text: 'Nested invented reference.' },
    ]);
  });

  it('reads a book chapter minimally', () => {
    expect(book).toMatchObject({
      title: 'Chapter 3: Invented isolation methods',
      journal: 'Handbook of Invented Vesicles',
      year: '2021',
      abstract: [{ text: 'An invented chapter abstract.' }],
      publicationTypes: ['Review'],
      authors: [{ family: 'Roe', given: 'Rita', initials: 'R' }],
      mesh: [],
    });
  });

  it('returns [] for an empty set and throws NcbiParseError for other documents', () => {
    expect(parsePubmedArticleSet('<PubmedArticleSet></PubmedArticleSet>')).toEqual([]);
    expect(() => parsePubmedArticleSet('<eFetchResult><ERROR>Empty id list</ERROR></eFetchResult>')).toThrow(
      /Expected <PubmedArticleSet> but got <eFetchResult>: Empty id list/,
    );
    expect(() => parsePubmedArticleSet('<PubmedArticleSet><PubmedArticle>')).toThrow(NcbiParseError);
  });
});
