/** Normalisation and validation of the article identifiers NCBI hands out. */

const PMID_PATTERN = /^[1-9]\d{0,9}$/;

/** A PMID is a positive integer without leading zeros (as NCBI prints it). */
export function isPmid(value: string): boolean {
  return PMID_PATTERN.test(value);
}

/** "PMC123", "pmc123", "123" or "PMC123.2" → "PMC123"; anything else → undefined. */
export function normalizePmcid(value: string): string | undefined {
  const match = /^(?:pmc)?\s*([1-9]\d{0,9})(?:\.\d+)?$/i.exec(value.trim());
  return match ? `PMC${match[1]}` : undefined;
}

/** Lower-cased DOI without a resolver or "doi:" prefix; undefined when it is not a DOI. */
export function normalizeDoi(value: string): string | undefined {
  const stripped = value
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(stripped) ? stripped : undefined;
}
