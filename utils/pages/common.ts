/**
 * Small DOM helpers shared by the page extractors: meta tags, identifier normalisation,
 * the FieldSources type that ties reported strings back to the DOM.
 */
import type { ArticleInput, EvidenceField, Reference } from '../model';
import type { TextMap } from './text';

/** `${field}:${index}`, e.g. "abstract:2", the key of one reported string. */
export type FieldKey = `${EvidenceField}:${number}`;

/** For each reported string that came from the page, the map of the DOM element it came from. */
export type FieldSources = Partial<Record<FieldKey, TextMap>>;

export type PageExtraction = {
  input: ArticleInput;
  sources: FieldSources;
  /** What could not be found or looked wrong; empty on a complete page. */
  problems: string[];
};

export function fieldKey(field: EvidenceField, index: number): FieldKey {
  return `${field}:${index}`;
}

/** A non-empty, trimmed meta[name] content (PubMed ships some citation_* metas empty). */
export function metaContent(doc: Document, name: string): string | undefined {
  for (const meta of doc.querySelectorAll(`meta[name="${name}"]`)) {
    const content = meta.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

export function metaContents(doc: Document, name: string): string[] {
  const values: string[] = [];
  for (const meta of doc.querySelectorAll(`meta[name="${name}"]`)) {
    const content = meta.getAttribute('content')?.trim();
    if (content) values.push(content);
  }
  return values;
}

/** "10.1128/JVI.79.2…", "doi: 10.x/y.", "https://doi.org/10.x/y" → "10.x/y" lower-cased. */
export function normalizeDoi(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    // Not percent-encoded: keep as is.
  }
  const match = /10\.\d{4,9}\/\S+/.exec(value);
  if (!match) return undefined;
  return match[0].replace(/[.,;]+$/, '').toLowerCase();
}

/** "pmc538593", "PMCID: PMC538593" → "PMC538593". */
export function normalizePmcid(raw: string | null | undefined): string | undefined {
  const match = raw ? /\bPMC(\d+)\b/i.exec(raw) : null;
  return match ? `PMC${match[1]}` : undefined;
}

/** The PMID a link points to: "/12345/", "https://pubmed.ncbi.nlm.nih.gov/12345", "…/pubmed/12345". */
export function pmidFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const relative = /^\/(\d{1,9})\/?(?:[?#]|$)/.exec(href);
  if (relative) return relative[1];
  const absolute = /^(?:https?:)?\/\/(?:pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,9})\/?(?:[?#]|$)/i.exec(href);
  return absolute?.[1];
}

export function pmcidFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const match = /\/(?:pmc\/)?articles\/(PMC\d+)(?:[/?#]|$)/i.exec(href);
  return match ? `PMC${match[1]!.slice(3)}` : undefined;
}

export function doiFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const match = /^(?:https?:)?\/\/(?:dx\.)?doi\.org\/(.+)$/i.exec(href);
  return match ? normalizeDoi(match[1]) : undefined;
}

export function isHeading(el: Element): boolean {
  return /^h[1-6]$/i.test(el.localName);
}

/** Conflict-of-interest headings as journals word them. */
export const COI_LABEL =
  /^(?:conflicts? of interests?|competing (?:financial )?interests?|declarations? of (?:competing )?interests?|disclosures?|duality of interest)(?: statements?)?\s*[:.]?$/i;

/** "Keywords:", "Key words" labels. */
export const KEYWORDS_LABEL = /^key\s?words?\s*:?$/i;

/** A reference list item's text and the PMID / PMCID / DOI its links point to. */
export function referenceFrom(text: string, links: readonly Element[]): Reference {
  const reference: Reference = { text };
  for (const link of links) {
    const href = link.getAttribute('href');
    reference.pmid ??= pmidFromHref(href);
    reference.pmcid ??= pmcidFromHref(href);
    reference.doi ??= doiFromHref(href);
  }
  for (const key of ['pmid', 'pmcid', 'doi'] as const) if (reference[key] === undefined) delete reference[key];
  return reference;
}
