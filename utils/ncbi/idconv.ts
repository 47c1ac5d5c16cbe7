/**
 * PMC ID converter JSON (https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/?format=json).
 * Success: {status:"ok", records:[{pmcid, pmid, doi, versions?}]}; a record NCBI could not
 * resolve carries {status:"error", errmsg}. Failure: {status:"error", message} where the message
 * is URL-encoded (e.g. "ID%20type%20%27doi%27%20mismatch…").
 */
import { z } from 'zod';
import { NcbiError, NcbiParseError } from './errors';
import { normalizeDoi, normalizePmcid } from './ids';

const RecordSchema = z.object({
  pmcid: z.string().optional(),
  pmid: z.union([z.string(), z.number()]).optional(),
  doi: z.string().optional(),
  'requested-id': z.string().optional(),
  status: z.string().optional(),
  errmsg: z.string().optional(),
});

const ResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), records: z.array(RecordSchema) }),
  z.object({ status: z.literal('error'), message: z.string().optional() }),
]);

export type IdConvRecord = {
  /** The id as the converter echoed it back, when it does (newer responses, error records). */
  requested?: string;
  pmid?: string;
  pmcid?: string;
  doi?: string;
  /** Set when NCBI could not resolve this id (e.g. "invalid article id"). */
  error?: string;
};

function decodeMessage(message: string): string {
  try {
    return decodeURIComponent(message);
  } catch {
    return message;
  }
}

/** Parses an ID-converter body (string or already-parsed JSON). Throws NcbiParseError or NcbiError('invalid-input'). */
export function parseIdConvResponse(body: unknown, httpStatus?: number): IdConvRecord[] {
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new NcbiParseError('ID converter returned something other than JSON', error);
    }
  }
  const parsed = ResponseSchema.safeParse(json);
  if (!parsed.success) throw new NcbiParseError(`Unexpected ID converter response: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const response = parsed.data;
  if (response.status === 'error') {
    const message = response.message ? decodeMessage(response.message) : 'unknown error';
    throw new NcbiError('invalid-input', `ID converter: ${message}`, httpStatus === undefined ? {} : { status: httpStatus });
  }
  return response.records.map((record) => {
    const result: IdConvRecord = {};
    if (record['requested-id']) result.requested = record['requested-id'];
    const pmid = record.pmid === undefined ? undefined : String(record.pmid);
    if (pmid && /^\d+$/.test(pmid)) result.pmid = pmid;
    const pmcid = record.pmcid ? normalizePmcid(record.pmcid) : undefined;
    if (pmcid) result.pmcid = pmcid;
    const doi = record.doi ? normalizeDoi(record.doi) : undefined;
    if (doi) result.doi = doi;
    if (record.status === 'error') result.error = record.errmsg ?? 'not found';
    return result;
  });
}
