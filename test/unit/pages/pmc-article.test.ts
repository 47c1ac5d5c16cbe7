import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPmcArticle } from '../../../utils/pages/pmc-article';
import { isPmcArticlePage, pmcArticlePmcid } from '../../../utils/pages/detect';
import { REPO_ROOT, readShared } from '../../shared';
import { expectSourcesExact } from './helpers';
import { parseHtml } from './parse';

describe('old PMC site (saved page PMC1280342)', () => {
  const doc = parseHtml(readShared('fixtures', 'pmc-html', 'pmc-article-PMC1280342-www-ncbi-pmc.html'));
  const { input, sources, problems } = extractPmcArticle(doc, new URL('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1280342/'));

  test('identity from citation_* meta', () => {
    expect(problems).toEqual([]);
    expect(input.ids).toEqual({ pmid: '16079072', pmcid: 'PMC1280342', doi: '10.1289/ehp.7712' });
    expect(input.title).toBe('Comparison of Blood and Brain Mercury Levels in Infant Monkeys Exposed to Methylmercury or Vaccines Containing Thimerosal');
    expect(input.authors).toHaveLength(6);
    expect(input.authors![0]).toEqual({ family: 'Burbacher', given: 'Thomas M.' });
    expect(input).toMatchObject({ journal: 'Environmental Health Perspectives', year: '2005', volume: '113', issue: '8', pages: '1015' });
  });

  test('abstract without its heading or keywords; keywords split on commas', () => {
    expect(input.abstract).toHaveLength(1);
    expect(input.abstract[0]!.text).toMatch(/^Thimerosal is a preservative .*thimerosal-containing vaccines\.$/);
    expect(input.abstract[0]!.text).not.toMatch(/Keywords|^Abstract/);
    expect(input.keywords).toEqual(['brain and blood distribution', 'elimination half-life', 'ethylmercury', 'infant nonhuman primates', 'methylmercury', 'thimerosal']);
  });

  test('full text in titled sections, Materials and Methods subsections as their own sections', () => {
    const labels = input.fullText!.map((section) => section.label);
    expect(labels).toContain('Materials and Methods › Subjects');
    expect(labels).toContain('Materials and Methods › Data analysis');
    expect(labels).toContain('Results › Oral MeHg kinetics');
    expect(labels).toContain('Discussion');
    expect(labels).not.toContain('References');
    expect(labels.filter((label) => label?.startsWith('Materials and Methods ›'))).toHaveLength(6);
    const subjects = input.fullText!.find((section) => section.label === 'Materials and Methods › Subjects')!;
    expect(subjects.text).toMatch(/^Forty-one infant Macaca fascicularis/);
    // No front matter or references leak into the body text.
    expect(input.fullText!.some((section) => /Journal List|Google Scholar|Find articles by/.test(section.text))).toBe(false);
  });

  test('COI from the front-matter footnote; references with PMIDs', () => {
    expect(input.coi).toBe('The authors declare they have no competing financial interests.');
    expect(input.references).toHaveLength(39);
    expect(input.references![0]).toEqual({
      text: 'American Academy of Pediatrics and U.S. Public Health Service. Thimerosal in vaccines: a joint statement. MMWR Morb Mortal Wkly Rep. 1999;48:563–565.',
      pmid: '10418806',
    });
  });

  test('every source maps exactly onto the DOM', () => {
    expectSourcesExact(input, sources);
  });
});

describe('new PMC site (synthetic page)', () => {
  const html = readFileSync(join(REPO_ROOT, 'test/fixtures/pages/pmc-new-synthetic.html'), 'utf8');
  const url = new URL('https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/');

  test('is detected as a PMC article', () => {
    expect(isPmcArticlePage(url, parseHtml(html))).toBe(true);
    expect(pmcArticlePmcid(url)).toBe('PMC9900001');
  });

  test('identity, abstract, keywords, sections, COI, references', () => {
    const { input, sources, problems } = extractPmcArticle(parseHtml(html), url);
    expect(problems).toEqual([]);
    expect(input.ids).toEqual({ pmid: '99000001', pmcid: 'PMC9900001', doi: '10.5555/exolens.synthetic.pmc9900001' });
    expect(input.title).toBe('Adipose-derived stem cell exosomes accelerate diabetic wound closure');
    expect(input).toMatchObject({ journalAbbrev: 'J Synth Regen Dermatol', year: '2024', pages: '112-125' });
    expect(input.keywords).toEqual(['exosomes', 'adipose-derived stem cells', 'diabetic wound', 'angiogenesis']);
    expect(input.fullText!.map((section) => section.label)).toEqual([
      'Introduction',
      'Materials and Methods › Cell culture',
      'Materials and Methods › Exosome isolation',
      'Materials and Methods › Exosome characterization',
      'Materials and Methods › Wound model and dosing',
      'Results',
      'Discussion',
    ]);
    expect(input.coi).toBe('The authors declare no competing interests.');
    expect(input.references).toEqual([
      {
        text: 'Ha DH, et al. Mesenchymal stem/stromal cell-derived exosomes for immunomodulatory therapeutics and skin regeneration. Cells. 2020;9:1157.',
        pmid: '32392899',
        pmcid: 'PMC7290908',
        doi: '10.3390/cells9051157',
      },
      { text: 'Synthetic A. A made-up reference without links. J Synth. 2019;1:1.' },
    ]);
    expectSourcesExact(input, sources);
  });

  test('QC words are in Methods only, not in the abstract', () => {
    const { input } = extractPmcArticle(parseHtml(html), url);
    const abstract = input.abstract.map((section) => section.text).join(' ');
    const methods = input.fullText!.filter((section) => section.label?.startsWith('Materials and Methods')).map((section) => section.text).join(' ');
    for (const cue of [/ultracentrifugation/i, /nanoparticle tracking|NTA/, /transmission electron microscopy|TEM/, /CD63/, /TSG101/, /calnexin/]) {
      expect(methods).toMatch(cue);
      expect(abstract).not.toMatch(cue);
    }
  });
});

describe('malformed PMC pages', () => {
  test('no meta, no sections: no throw, what is found, problems listed', () => {
    const { input, problems } = extractPmcArticle(parseHtml('<html><body><article><p>Loading…</p></article></body></html>'));
    expect(input).toMatchObject({ ids: {}, title: '', abstract: [], keywords: [] });
    expect(problems).toEqual(['no PMCID found', 'no title found', 'no abstract found', 'no full-text sections found']);
  });

  test('half a page: the PMCID from the URL and the sections that arrived', () => {
    const { input } = extractPmcArticle(
      parseHtml('<html><body><article><h1>Cut</h1><section><h2>Methods</h2><p>Exosomes were isolated by SEC'),
      new URL('https://pmc.ncbi.nlm.nih.gov/articles/PMC42/'),
    );
    expect(input.ids).toEqual({ pmcid: 'PMC42' });
    expect(input.fullText).toEqual([{ label: 'Methods', text: 'Exosomes were isolated by SEC' }]);
  });
});
