/**
 * The NLM citation as PubMed's "Cite" dialog shows it, e.g.
 *   Ha DH, Kim HK, … Cho BS. Title. Cells. 2020 May 7;9(5):1157. doi: 10.3390/cells9051157. PMID: 32392899; PMCID: PMC7290908.
 * PubMed's dialog lists every author (the NLM rule of six plus "et al." is not applied there),
 * uses the journal's MEDLINE abbreviation, the full publication date when known (else the
 * year), and the pages as MEDLINE abbreviates them. Plain text only.
 */
import { oneLine, shortAuthorName } from './text';
import type { LibraryEntry } from './types';

/** Ends a sentence unless it already ends with punctuation that does. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function formatNlmCitation(entry: LibraryEntry): string {
  const parts: string[] = [];
  const authors = entry.authors.map(shortAuthorName).filter((name) => name.length > 0);
  if (authors.length > 0) parts.push(sentence(authors.join(', ')));
  const title = oneLine(entry.title);
  if (title) parts.push(sentence(title));

  const journal = oneLine(entry.journalAbbrev ?? entry.journal ?? '');
  const date = oneLine(entry.pubDate ?? entry.year ?? '');
  let location = entry.volume ? oneLine(entry.volume) : '';
  if (entry.issue) location += `(${oneLine(entry.issue)})`;
  if (entry.pages) location += `:${oneLine(entry.pages)}`;
  const source = [date, location].filter((part) => part.length > 0).join(';');
  if (journal) parts.push(sentence(journal));
  if (source) parts.push(`${source}.`);

  if (entry.ids.doi) parts.push(`doi: ${oneLine(entry.ids.doi)}.`);
  const ids = [entry.ids.pmid ? `PMID: ${entry.ids.pmid}` : '', entry.ids.pmcid ? `PMCID: ${entry.ids.pmcid}` : ''].filter(
    (part) => part.length > 0,
  );
  if (ids.length > 0) parts.push(`${ids.join('; ')}.`);
  return parts.join(' ');
}
