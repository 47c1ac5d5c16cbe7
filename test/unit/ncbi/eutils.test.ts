import { describe, expect, it } from 'vitest';
import { NcbiError } from '@/utils/ncbi/errors';
import {
  EUTILS_BASE,
  chunk,
  efetchPmcRequest,
  efetchPubmedRequest,
  idconvRequest,
  validatePmids,
} from '@/utils/ncbi/eutils';
import { normalizeDoi, normalizePmcid } from '@/utils/ncbi/ids';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('efetchPubmedRequest', () => {
  it('GETs up to 200 ids with tool, email and api_key', () => {
    const request = efetchPubmedRequest(['1', '22', '333'], { email: 'reader@example.org', apiKey: 'abcdef0123456789abcdef0123456789ab12' });
    expect(request.method).toBe('GET');
    expect(request.url.startsWith(`${EUTILS_BASE}efetch.fcgi?`)).toBe(true);
    expect(params(request.url)).toEqual({
      db: 'pubmed',
      retmode: 'xml',
      tool: 'exolens',
      email: 'reader@example.org',
      api_key: 'abcdef0123456789abcdef0123456789ab12',
      id: '1,22,333',
    });
  });

  it('always sends tool=exolens and omits email/api_key that are not configured or not plausible', () => {
    expect(params(efetchPubmedRequest(['1'], {}).url)).toEqual({ db: 'pubmed', retmode: 'xml', tool: 'exolens', id: '1' });
    const junk = efetchPubmedRequest(['1'], { email: 'not an email', apiKey: 'key&inject=1' });
    expect(params(junk.url)).toEqual({ db: 'pubmed', retmode: 'xml', tool: 'exolens', id: '1' });
  });

  it('POSTs a form body above 200 ids', () => {
    const ids = Array.from({ length: 201 }, (_, index) => String(index + 1));
    const request = efetchPubmedRequest(ids, { email: 'a@b.c' });
    expect(request).toMatchObject({ method: 'POST', url: `${EUTILS_BASE}efetch.fcgi` });
    const body = new URLSearchParams(request.body);
    expect(body.get('id')).toBe(ids.join(','));
    expect(body.get('tool')).toBe('exolens');
    expect(body.get('email')).toBe('a@b.c');
    expect(body.get('db')).toBe('pubmed');
    expect(efetchPubmedRequest(ids.slice(0, 200), {}).method).toBe('GET');
  });

  it('validates PMIDs before building anything', () => {
    for (const bad of ['12a', '', '0', '1,2', '../x', '-5']) {
      expect(() => efetchPubmedRequest([bad], {})).toThrow(NcbiError);
    }
    expect(validatePmids([' 7 ', '8', '7'])).toEqual(['7', '8']);
  });
});

describe('efetchPmcRequest and idconvRequest', () => {
  it('fetches PMC by the numeric part of the PMCID', () => {
    expect(params(efetchPmcRequest('PMC5559839', {}).url)).toMatchObject({ db: 'pmc', id: '5559839', tool: 'exolens' });
    expect(params(efetchPmcRequest('5559839', {}).url).id).toBe('5559839');
    expect(() => efetchPmcRequest('PMCabc', {})).toThrow(NcbiError);
  });

  it('builds the ID converter URL with normalised ids', () => {
    const request = idconvRequest(['https://doi.org/10.1038/NG.590', 'pmc2883744', '20495566'], { email: 'a@b.c' });
    expect(request.url.startsWith('https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/?')).toBe(true);
    expect(params(request.url)).toEqual({ ids: '10.1038/ng.590,PMC2883744,20495566', format: 'json', tool: 'exolens', email: 'a@b.c' });
    expect(() => idconvRequest(['not-an-id'], {})).toThrow(/Not a PMID, PMCID or DOI/);
  });
});

describe('id helpers', () => {
  it('normalises PMCIDs and DOIs', () => {
    expect(normalizePmcid('pmc123.2')).toBe('PMC123');
    expect(normalizePmcid('PMC')).toBeUndefined();
    expect(normalizeDoi('doi: 10.1000/ABC')).toBe('10.1000/abc');
    expect(normalizeDoi('10.1/x')).toBeUndefined();
  });

  it('chunks', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
