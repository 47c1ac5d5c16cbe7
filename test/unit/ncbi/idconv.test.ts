import { describe, expect, it } from 'vitest';
import { NcbiError, NcbiParseError } from '@/utils/ncbi/errors';
import { parseIdConvResponse } from '@/utils/ncbi/idconv';
import { eutilsFixture } from './fixtures';

describe('parseIdConvResponse', () => {
  it('reads the real DOI → PMID/PMCID answer', () => {
    expect(parseIdConvResponse(eutilsFixture('idconv-doi-10.1038_ng.590.json'))).toEqual([
      { pmid: '20495566', pmcid: 'PMC2883744', doi: '10.1038/ng.590' },
    ]);
  });

  it('turns the real error body into an invalid-input NcbiError with the decoded message', () => {
    let caught: unknown;
    try {
      parseIdConvResponse(eutilsFixture('idconv-error-idtype-mismatch.json'), 404);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NcbiError);
    expect(caught).toMatchObject({ kind: 'invalid-input', status: 404, message: "ID converter: ID type 'doi' mismatch for '28371833'" });
  });

  it('keeps per-record errors (synthetic record in the documented shape)', () => {
    const body = { status: 'ok', records: [{ 'requested-id': '99999999999', pmid: '99999999999', live: 'false', status: 'error', errmsg: 'invalid article id' }] };
    expect(parseIdConvResponse(body)).toEqual([{ requested: '99999999999', pmid: '99999999999', error: 'invalid article id' }]);
  });

  it('rejects non-JSON and unexpected shapes with NcbiParseError', () => {
    expect(() => parseIdConvResponse('<html>oops</html>')).toThrow(NcbiParseError);
    expect(() => parseIdConvResponse({ status: 'ok' })).toThrow(NcbiParseError);
    expect(() => parseIdConvResponse({ status: 'ok', records: [{ pmid: ['x'] }] })).toThrow(NcbiParseError);
  });
});
