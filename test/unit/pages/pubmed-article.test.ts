import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPubmedArticle } from '../../../utils/pages/pubmed-article';
import { buildSeedArticlePage } from '../../fixtures/seed-page';
import { REPO_ROOT, SHARED_DIR, readShared } from '../../shared';
import { expectSourcesExact } from './helpers';
import { parseHtml } from './parse';

const synthetic = (name: string) => parseHtml(readFileSync(join(REPO_ROOT, 'test/fixtures/pages', name), 'utf8'));

describe('real PubMed pages', () => {
  test('15613317: identity, unstructured #enc-abstract, authors, MeSH, publication types, no COI', () => {
    const { input, sources, problems } = extractPubmedArticle(parseHtml(readShared('fixtures', 'pubmed-html', 'pubmed-article-15613317.html')));
    expect(problems).toEqual([]);
    expect(input.ids).toEqual({ pmid: '15613317', pmcid: 'PMC538593', doi: '10.1128/jvi.79.2.884-895.2005' });
    expect(input.title).toBe('Characterization and complete genome sequence of a novel coronavirus, coronavirus HKU1, from patients with pneumonia');
    expect(input.abstract).toHaveLength(1);
    expect(input.abstract[0]!.label).toBeUndefined();
    expect(input.abstract[0]!.text).toMatch(/^Despite extensive laboratory investigations .* associated with pneumonia in humans\.$/);
    expect(input.authors).toHaveLength(15);
    expect(input.authors![0]).toEqual({ family: 'Woo', initials: 'PC', given: 'Patrick C Y' });
    expect(input).toMatchObject({ journal: 'Journal of virology', journalAbbrev: 'J Virol', year: '2005', volume: '79', issue: '2', pages: '884-95', issn: '0022-538X' });
    expect(input.publicationTypes).toEqual(["Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S."]);
    expect(input.mesh).toHaveLength(17);
    expect(input.mesh).toContain('Coronavirus');
    expect(input.mesh).toContain('Pneumonia, Viral');
    expect(input.mesh.some((term) => /[*/]/.test(term))).toBe(false);
    expect(input.coi).toBeUndefined();
    expect(input.keywords).toEqual([]);
    expect(input.notices).toBeUndefined();
    expectSourcesExact(input, sources);
  });

  test('23825705: no abstract, empty citation_doi, references with PMIDs and PMCIDs', () => {
    const { input, sources } = extractPubmedArticle(parseHtml(readShared('fixtures', 'pubmed-html', 'pubmed-article-23825705.html')));
    expect(input.ids).toEqual({ pmid: '23825705', pmcid: 'PMC3691982' });
    expect(input.abstract).toEqual([]);
    expect(input.title).toBe('Placental growth factor inhibition for choroidal neovascularization');
    expect(input.references).toHaveLength(5);
    expect(input.references![0]).toEqual({
      text: 'Dewerchin M, Carmeliet P. PlGF: a multitasking cytokine with disease-restricted activity. 2012;2. Cold Spring Harb Perspect Med. 2012',
      pmid: '22908198',
      pmcid: 'PMC3405829',
    });
    expect(input.references!.map((ref) => ref.pmid)).toEqual(['22908198', '22228176', '11329059', '12840058', '10462475']);
    expect(input.references![2]!.pmcid).toBeUndefined();
    expectSourcesExact(input, sources);
  });
});

describe('synthetic PubMed pages', () => {
  test('structured abstract: labelled sections without the labels, keywords apart, COI, MeSH descriptors, DOI from identifiers', () => {
    const { input, sources } = extractPubmedArticle(synthetic('pubmed-structured-synthetic.html'));
    expect(input.ids).toEqual({ pmid: '99000101', doi: '10.5555/exolens.synthetic.0101' });
    expect(input.abstract.map((section) => section.label)).toEqual(['Background', 'Methods', 'Results', 'Conclusions']);
    expect(input.abstract[1]!.text).toBe('Exosomes from human adipose tissue-derived mesenchymal stem cells (ASC-exosomes) were applied to oxazolone-treated mice.');
    expect(input.abstract.some((section) => /Keywords|ceramide;/.test(section.text))).toBe(false);
    expect(input.keywords).toEqual(['atopic dermatitis', 'ceramide', 'exosomes', 'skin barrier']);
    expect(input.coi).toBe('J.D. is an employee of Synthetic Bio Inc. The other author declares no conflict of interest.');
    expect(input.mesh).toEqual(['Animals', 'Dermatitis, Atopic', 'Exosomes']);
    expect(input.authors).toEqual([
      { family: 'Doe', initials: 'J', given: 'Jane' },
      { family: 'Roe', initials: 'R', given: 'Richard' },
    ]);
    expectSourcesExact(input, sources);
  });

  test('retracted article: retraction notice with the linked PMID', () => {
    const { input } = extractPubmedArticle(synthetic('pubmed-retracted-synthetic.html'));
    expect(input.notices).toEqual([{ kind: 'retraction-in', pmid: '99000299', text: expect.stringContaining('Retraction notice to:') }]);
    expect(input.publicationTypes).toContain('Retracted Publication');
  });

  test('erratum and comments: one notice per linked PMID; keywords inside the abstract block are kept apart', () => {
    const { input, sources } = extractPubmedArticle(synthetic('pubmed-erratum-synthetic.html'));
    expect(input.notices!.map(({ kind, pmid }) => ({ kind, pmid }))).toEqual([
      { kind: 'erratum-in', pmid: '99000399' },
      { kind: 'comment-in', pmid: '99000398' },
      { kind: 'comment-in', pmid: '99000397' },
    ]);
    expect(input.keywords).toEqual(['alopecia', 'dermal papilla', 'extracellular vesicles']);
    expect(input.abstract).toEqual([{ text: 'Extracellular vesicles from bone marrow MSCs prolonged the anagen phase and stimulated dermal papilla cells.' }]);
    expectSourcesExact(input, sources);
  });

  test('every notice wording PubMed uses maps to its kind (synthetic markup)', () => {
    const wordings: [string, string][] = [
      ['Expression of concern in', 'expression-of-concern-in'],
      ['Retraction in', 'retraction-in'],
      ['Retraction of', 'retraction-of'],
      ['Erratum in', 'erratum-in'],
      ['Erratum for', 'erratum-for'],
      ['Comment in', 'comment-in'],
      ['Comment on', 'comment-on'],
      ['Update in', 'update-in'],
    ];
    const items = wordings.map(([wording], i) => `<li><strong>${wording}</strong> <a href="/9900050${i}/">Notice ${i}.</a></li>`).join('');
    const html = `<html><body><main id="article-details"><ul>${items}</ul><p><b>RETRACTED ARTICLE</b></p><p>Commentary in passing.</p></main></body></html>`;
    const { input } = extractPubmedArticle(parseHtml(html));
    // The linkless "Retracted article" banner gives way to the linked retraction notice.
    expect(input.notices!.map(({ kind, pmid }) => [kind, pmid])).toEqual(wordings.map(([, kind], i) => [kind, `9900050${i}`]));
    const banner = extractPubmedArticle(parseHtml('<html><body><main id="article-details"><p><b>Retracted Article</b></p></main></body></html>'));
    expect(banner.input.notices).toEqual([{ kind: 'retraction-in', text: 'Retracted Article' }]);
  });

  test('search-term <b> highlighting: title and abstract come out clean', () => {
    const { input, sources } = extractPubmedArticle(synthetic('pubmed-highlighted-title-synthetic.html'));
    expect(input.title).toBe('Exosomes from adipose stem cells improve skin wound healing in diabetic rats');
    expect(input.abstract[0]!.text).toContain('accelerated re-epithelialization of full-thickness skin wounds');
    expectSourcesExact(input, sources);
  });

  test('other-language abstract: only the selected (English) one is reported', () => {
    const { input } = extractPubmedArticle(synthetic('pubmed-other-language-synthetic.html'));
    expect(input.abstract).toEqual([{ text: 'Placental mesenchymal stem cell exosomes downregulated tyrosinase and MITF in human melanocytes.' }]);
  });

  test('malformed pages do not throw and say what is missing', () => {
    const empty = extractPubmedArticle(parseHtml('<html><body><p>Service unavailable</p></body></html>'));
    expect(empty.input).toMatchObject({ ids: {}, title: '', abstract: [], keywords: [], mesh: [], publicationTypes: [] });
    expect(empty.problems).toEqual(['no PMID found', 'no title found', 'no abstract block found']);

    const half = extractPubmedArticle(
      parseHtml('<html><head><meta name="citation_title" content="Only meta"><meta name="citation_pmid" content="123"></head><body><div id="abstract"><div class="abstract-content selected"><p>Cut off'),
    );
    expect(half.input).toMatchObject({ ids: { pmid: '123' }, title: 'Only meta', abstract: [{ text: 'Cut off' }] });
    expect(half.sources['title:0']).toBeUndefined();
    expect(half.problems).toEqual(['title taken from citation_title meta (no heading on the page)']);
  });
});

describe('seed page builder', () => {
  test('builds a page the extractor reads: PMID, DOI, title, abstract, 10 keywords, COI', () => {
    const html = buildSeedArticlePage(SHARED_DIR);
    expect(html).not.toMatch(/<script|rel="stylesheet"|<img|https:\/\/cdn\./);
    const { input, sources, problems } = extractPubmedArticle(parseHtml(html), new URL('https://pubmed.ncbi.nlm.nih.gov/32392899/'));
    expect(problems).toEqual([]);
    expect(input.ids).toEqual({ pmid: '32392899', pmcid: 'PMC7290908', doi: '10.3390/cells9051157' });
    expect(input.title).toBe('Mesenchymal Stem/Stromal Cell-Derived Exosomes for Immunomodulatory Therapeutics and Skin Regeneration');
    expect(input.abstract).toHaveLength(1);
    expect(input.abstract[0]!.text).toMatch(/^Exosomes are nano-sized vesicles .* development of exosome-derived therapeutics\.$/);
    expect(input.keywords).toHaveLength(10);
    expect(input.keywords[0]).toBe('MSC-exosomes');
    expect(input.keywords[9]).toBe('wound healing');
    expect(input.coi).toMatch(/^Y\.W\.Y\. and B\.S\.C\. are founders and stockholders of ExoCoBio Inc\..*declare no conflict of interest\.$/);
    expect(input.publicationTypes).toEqual(['Review']);
    expect(input.authors).toHaveLength(12);
    expect(input.authors![0]).toEqual({ family: 'Ha', initials: 'DH' });
    expect(input).toMatchObject({ journal: 'Cells', year: '2020', volume: '9', issue: '5', pages: '1157' });
    expectSourcesExact(input, sources);
  });
});
