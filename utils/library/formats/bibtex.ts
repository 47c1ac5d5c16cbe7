/**
 * BibTeX, written for biblatex + biber (and readable by Zotero, JabRef, BibDesk).
 *
 * - One `@article{key, …}` per entry. Keys are family name + year + first significant title
 *   word, folded to ASCII ("ha2020mesenchymal"); repeats get a, b, … z, aa, ab… appended.
 *   Keys are made unique with a map and a set, so n entries cost O(n).
 * - Values are brace-delimited and flattened to one line. TeX specials are escaped:
 *   \ { } % & $ # _ ~ ^ (so an attacker's title cannot close a field or run a macro).
 *   doi and url are biblatex verbatim fields: written raw, with { } \ percent-encoded.
 *   Unicode is kept as UTF-8 rather than turned into TeX accents: biber and modern bibtex
 *   readers handle it, and it round-trips through other tools without loss. Titles are not
 *   case-protected; the style decides capitalisation.
 * - author: "Family, Given" joined with " and "; a collective author (or any name part
 *   containing the word "and") is wrapped in braces so it stays one name.
 * - keywords: article keywords, MeSH, then the ExoLens keywords, comma-separated; a comma
 *   inside one keyword becomes a semicolon so it stays one keyword.
 * - Also: journal, shortjournal, year, date (YYYY-MM-DD when known), volume, number, pages
 *   (en-dash as "--", end page expanded), issn, doi, pmid, pmcid, url, language, abstract,
 *   note (the user's note). Lines end with LF; entries are separated by a blank line.
 */
import type { Author } from '../../model';
import { exolensKeywords } from '../exolens-tags';
import { dateParts, foldText, oneLine, splitPages } from '../text';
import type { LibraryEntry } from '../types';
import { pubmedUrl } from './ris';

const TEX_SPECIAL = /[\\{}%&$#_~^]/g;
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(value: string): string {
  return oneLine(value).replace(TEX_SPECIAL, (ch) => TEX_ESCAPES[ch] ?? ch);
}

/**
 * biblatex reads doi and url verbatim (a backslash escape would become part of the DOI), so
 * they are written raw, with the three characters a verbatim field cannot hold percent-encoded
 * as DOI resolvers accept them.
 */
function verbatim(value: string): string {
  return oneLine(value).replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function bibtexName(author: Author): string {
  if (author.collective) return `{${escapeBibtex(author.collective)}}`;
  const part = (value: string) => {
    const escaped = escapeBibtex(value);
    return /(^|\s)and(\s|$)/i.test(escaped) ? `{${escaped}}` : escaped;
  };
  const family = part(author.family ?? '');
  const given = author.given ?? author.initials;
  return given ? `${family}, ${part(given)}` : family;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'and', 'to', 'with', 'from', 'by', 'at', 'is', 'are']);

function asciiWord(value: string): string {
  return foldText(value).replace(/[^a-z0-9]/g, '');
}

/** "ha2020mesenchymal": first author's family name, year, first significant title word. */
function baseKey(entry: LibraryEntry): string {
  const first = entry.authors[0];
  const nameSource = first ? (first.collective ?? first.family ?? '') : '';
  const name = asciiWord(nameSource.split(/\s+/).filter((word) => word.length > 0).pop() ?? '') || 'anon';
  const year = (entry.year ?? entry.pubDate ?? '').match(/\d{4}/)?.[0] ?? 'nd';
  const word =
    foldText(entry.title)
      .split(/[^a-z0-9]+/)
      .find((candidate) => candidate.length > 0 && !STOP_WORDS.has(candidate)) ?? '';
  return `${name}${year}${word}`;
}

/** a, b, … z, aa, ab, … */
function suffix(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

/** Citation keys in entry order: the first of a base keeps it bare, later ones get a, b, … */
export function bibtexKeys(entries: readonly LibraryEntry[]): string[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return entries.map((entry) => {
    const base = baseKey(entry);
    let key = base;
    if (used.has(key)) {
      let n = nextSuffix.get(base) ?? 0;
      do key = base + suffix(n++);
      while (used.has(key));
      nextSuffix.set(base, n);
    }
    used.add(key);
    return key;
  });
}

function bibtexDate(entry: LibraryEntry): string | undefined {
  const parts = entry.pubDate ? dateParts(entry.pubDate) : undefined;
  if (!parts || parts.length < 2) return undefined;
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

export function exportBibtex(entries: readonly LibraryEntry[]): string {
  const keys = bibtexKeys(entries);
  return entries
    .map((entry, index) => {
      const fields: string[] = [];
      const put = (name: string, value: string | undefined, escape = true) => {
        const text = value === undefined ? '' : escape ? escapeBibtex(value) : value;
        if (text) fields.push(`  ${name} = {${text}}`);
      };
      if (entry.authors.length > 0) put('author', entry.authors.map(bibtexName).join(' and '), false);
      put('title', entry.title);
      put('journal', entry.journal);
      put('shortjournal', entry.journalAbbrev);
      put('year', entry.year ?? entry.pubDate?.match(/^\d{4}/)?.[0]);
      put('date', bibtexDate(entry));
      put('volume', entry.volume);
      put('number', entry.issue);
      if (entry.pages) {
        const { start, end } = splitPages(entry.pages);
        put('pages', end ? `${escapeBibtex(start)}--${escapeBibtex(end)}` : escapeBibtex(start), false);
      }
      put('issn', entry.issn);
      put('doi', entry.ids.doi ? verbatim(entry.ids.doi) : undefined, false);
      put('pmid', entry.ids.pmid);
      put('pmcid', entry.ids.pmcid);
      put('url', entry.ids.pmid ? pubmedUrl(entry.ids.pmid) : undefined, false);
      put('language', entry.language);
      put('abstract', entry.abstract);
      const keywords = [...entry.keywords, ...entry.mesh, ...exolensKeywords(entry.exolens, entry.tags)];
      put('keywords', keywords.map((keyword) => oneLine(keyword).replace(/,/g, ';')).join(', '));
      put('note', entry.note);
      return `@article{${keys[index]},\n${fields.join(',\n')}\n}\n`;
    })
    .join('\n');
}
