import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '@/utils/model';
import { parsePmcArticleSet, SECTION_PATH_SEPARATOR } from '@/utils/ncbi/jats';
import { eutilsFixture } from './fixtures';

function parseOne(name: string): ArticleInput {
  const articles = parsePmcArticleSet(eutilsFixture(name));
  expect(articles).toHaveLength(1);
  return articles[0] as ArticleInput;
}

describe('parsePmcArticleSet: efetch-pmc-PMC5559839-jats.xml (research article)', () => {
  const article = parseOne('efetch-pmc-PMC5559839-jats.xml');
  const labels = article.fullText?.map((section) => section.label) ?? [];

  it('reads ids, title, journal data', () => {
    expect(article.ids).toEqual({ pmid: '28814268', pmcid: 'PMC5559839', doi: '10.1186/s12864-017-3982-1' });
    expect(article.title).toBe('The genomic architecture of mastitis resistance in dairy sheep');
    expect(article).toMatchObject({
      journal: 'BMC Genomics',
      journalAbbrev: 'BMC Genomics',
      volume: '18',
      pages: '624',
      year: '2017',
      issn: '1471-2164',
      publicationTypes: ['Journal Article'],
    });
    expect(article.authors).toHaveLength(10);
    expect(article.authors?.[0]).toEqual({ family: 'Banos', given: 'G.' });
  });

  it('reads the abstract sections and the kwd-group', () => {
    expect(article.abstract.map((section) => section.label)).toEqual([
      'Background',
      'Results',
      'Conclusions',
      'Electronic supplementary material',
    ]);
    expect(article.abstract[0]?.text).toMatch(/^Mastitis is the most prevalent disease in dairy sheep/);
    expect(article.keywords).toHaveLength(10);
    expect(article.keywords[0]).toBe('Genomic association');
    expect(article.keywords.at(-1)).toBe('Dairy sheep');
  });

  it('flattens nested body sections into "Parent › Child" labels, Methods included', () => {
    expect(SECTION_PATH_SEPARATOR).toBe(' › ');
    expect(labels.slice(0, 3)).toEqual(['Background', 'Results › Principal component analysis', 'Results › Descriptive statistics of phenotypes']);
    expect(labels).toContain('Discussion');
    expect(labels.filter((label) => label?.startsWith('Methods › '))).toEqual([
      'Methods › Ethics statement',
      'Methods › Principal component analysis',
      'Methods › Animals, sampling and phenotyping',
      'Methods › Genetic parameter estimation',
      'Methods › DNA extraction',
      'Methods › Genomic association analysis',
      'Methods › SNP locus effect confirmation',
      'Methods › Annotation of the SNP markers and the QTL candidate regions',
      'Methods › Pathway and functional annotation clustering analysis',
      'Methods › Gene expression analysis',
      'Methods › Transcription factor binding site analysis',
    ]);
    const ethics = article.fullText?.find((section) => section.label === 'Methods › Ethics statement');
    expect(ethics?.text).toMatch(/^The study was approved by the Ethics and Research Committee/);
    // "Results" has no text of its own (only subsections), so it is no section by itself.
    expect(labels).not.toContain('Results');
  });

  it('keeps figure captions but not table cells or TeX source', () => {
    const parameters = article.fullText?.find((section) => section.label === 'Results › Genetic parameters')?.text ?? '';
    expect(parameters).toContain('Table 1 Heritability (h2) and repeatability (r) estimates');
    expect(parameters).not.toContain('0.35 (0.06)');
    const estimation = article.fullText?.find((section) => section.label === 'Methods › Genetic parameter estimation')?.text ?? '';
    expect(estimation).not.toContain('documentclass');
    for (const section of article.fullText ?? []) expect(section.text).toBe(section.text.replace(/\s+/g, ' ').trim());
  });

  it('includes back matter (funding, data availability) and finds the competing-interests statement', () => {
    expect(labels).toContain('Acknowledgements › Availability of data and materials');
    expect(article.coi).toBe('The authors declare that they have no competing interests regarding the publication of this paper.');
    expect(labels).not.toContain('References');
    expect(labels).not.toContain('Abbreviations');
  });

  it('reads the ref-list with ids, formatting structured citations', () => {
    expect(article.references).toHaveLength(81);
    expect(article.references?.[0]).toEqual({
      text: 'Davies G, Genini S, Bishop SC, Giuffra E. An assessment of opportunities to dissect host genetic variation in resistance to infectious diseases in livestock. Animal. 2009;3(3):415–436.',
      doi: '10.1017/s1751731108003522',
      pmid: '22444313',
    });
    expect(article.references?.[1]?.text).toMatch(/^Mastitis\. In: Bishop SC, Axford RFE/);
  });
});

describe('parsePmcArticleSet: efetch-pmc-PMC8435807-correction-biopython.xml (correction)', () => {
  const article = parseOne('efetch-pmc-PMC8435807-correction-biopython.xml');

  it('reads a correction notice with body text outside any section', () => {
    expect(article.ids).toEqual({ pmid: '34527728', pmcid: 'PMC8435807', doi: '10.1183/23120541.50193-2021' });
    expect(article.title).toMatch(/^“Lung diffusing capacity for nitric oxide measured by two commercial devices/);
    expect(article.title).toContain('ERJ Open Res 2021; 7: 00193-2021.');
    expect(article.publicationTypes).toEqual(['Published Erratum']);
    expect(article.notices).toEqual([{ kind: 'erratum-for', text: 'doi:10.1183/23120541.00193-2021' }]);
    expect(article.abstract).toEqual([]);
    expect(article.fullText).toHaveLength(1);
    expect(article.fullText?.[0]?.label).toBeUndefined();
    expect(article.fullText?.[0]?.text).toMatch(/^This article was originally published with an error in table 2\./);
    expect(article.fullText?.[0]?.text).toContain('corrected to −15.1% in the published article.');
    expect(article).toMatchObject({ journal: 'ERJ Open Research', journalAbbrev: 'ERJ Open Res', volume: '7', issue: '3', year: '2021' });
  });
});

describe('parsePmcArticleSet: synthetic JATS (written for this test)', () => {
  it('reads fn-type="conflict", an unlabelled abstract, and omits fullText without a body', () => {
    const xml = `<pmc-articleset><article article-type="review-article"><front><article-meta>
      <article-id pub-id-type="pmc">PMC123</article-id>
      <title-group><article-title>Synthetic <italic>review</italic></article-title></title-group>
      <abstract><p>First.</p><p>Second.</p></abstract>
      <author-notes><fn fn-type="conflict"><p>None declared.</p></fn></author-notes>
    </article-meta></front></article></pmc-articleset>`;
    const [article] = parsePmcArticleSet(xml);
    expect(article).toMatchObject({
      ids: { pmcid: 'PMC123' },
      title: 'Synthetic review',
      abstract: [{ text: 'First. Second.' }],
      coi: 'None declared.',
      publicationTypes: ['Review'],
    });
    expect(article?.fullText).toBeUndefined();
  });
});
