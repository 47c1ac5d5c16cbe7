/**
 * RIS (Research Information Systems), as read by Zotero, EndNote, Mendeley and RefWorks.
 *
 * Writing: every record starts with "TY  - JOUR" and ends with "ER  - "; a line is a two-letter
 * tag, two spaces, a hyphen, a space and the value. Lines end with CRLF (the RIS
 * specification's line ending; every reader also accepts it) and records are separated by a
 * blank line. Text is UTF-8 without a BOM (Zotero, Mendeley and current EndNote read it).
 * Values are flattened to one line (see oneLine), so a newline or tab in a title
 * cannot start a forged tag. Tags written:
 *   TY, TI, AU (one per author, "Family, Given"; a collective name as is), T2 (journal),
 *   J2 (abbreviation), PY (year), DA (YYYY/MM/DD/ when the month is known), VL, IS,
 *   SP/EP (pages split, the end page expanded: "884-95" → 884 / 895), SN, DO,
 *   AN (PMID), C2 (PMCID), KW (keywords, MeSH, then the ExoLens keywords of exolens-tags.ts),
 *   AB, N1 (the user's note), LA, UR (the PubMed page, else the DOI resolver), ER.
 *
 * Reading is tolerant: CRLF or LF, a BOM, untagged continuation lines (joined with a space),
 * unknown tags (ignored), and the synonyms other exporters use (T1, A1-A4, JF, JO, JA, Y1,
 * ID, M1…). KW values go through readExolensKeywords, so ExoLens data and user tags survive
 * export → import → export. Every KW that is not ours comes back as an article keyword
 * (RIS has no separate MeSH field).
 */
import type { Author } from '../../model';
import { exolensKeywords } from '../exolens-tags';
import { dateParts, invertedAuthorName, oneLine, parseInvertedName, pubDateFromParts, splitPages } from '../text';
import type { LibraryEntry } from '../types';
import { importedEntry, type ImportedMetadata, type ParsedReferences } from './parsed';

const CRLF = '\r\n';

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

function risDate(pubDate: string | undefined): string | undefined {
  const parts = pubDate ? dateParts(pubDate) : undefined;
  if (!parts || parts.length < 2) return undefined;
  const [year, month, day] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

export function exportRis(entries: readonly LibraryEntry[]): string {
  const records: string[] = [];
  for (const entry of entries) {
    const lines: string[] = [];
    const put = (tag: string, value: string | undefined) => {
      const text = value === undefined ? '' : oneLine(value);
      if (text) lines.push(`${tag}  - ${text}`);
    };
    lines.push('TY  - JOUR');
    put('TI', entry.title);
    for (const author of entry.authors) put('AU', invertedAuthorName(author));
    put('T2', entry.journal);
    put('J2', entry.journalAbbrev);
    put('PY', entry.year ?? (entry.pubDate ? dateParts(entry.pubDate)?.[0]?.toString() : undefined));
    put('DA', risDate(entry.pubDate));
    put('VL', entry.volume);
    put('IS', entry.issue);
    if (entry.pages) {
      const { start, end } = splitPages(entry.pages);
      put('SP', start);
      put('EP', end);
    }
    put('SN', entry.issn);
    put('DO', entry.ids.doi);
    put('AN', entry.ids.pmid);
    put('C2', entry.ids.pmcid);
    for (const keyword of [...entry.keywords, ...entry.mesh, ...exolensKeywords(entry.exolens, entry.tags)]) put('KW', keyword);
    put('AB', entry.abstract);
    put('N1', entry.note);
    put('LA', entry.language);
    put('UR', entry.ids.pmid ? pubmedUrl(entry.ids.pmid) : entry.ids.doi ? `https://doi.org/${entry.ids.doi}` : undefined);
    lines.push('ER  - ');
    records.push(lines.join(CRLF) + CRLF);
  }
  return records.join(CRLF);
}

const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

type RawRecord = { fields: Array<[string, string]>; line: number };

function splitRecords(text: string, problems: string[]): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/\s+$/, '');
    if (!line) return;
    const match = line.match(TAG_LINE);
    if (!match?.[1]) {
      const last = current?.fields[current.fields.length - 1];
      if (last) last[1] = `${last[1]} ${line.trim()}`.trim();
      else problems.push(`Line ${index + 1} is outside a record and was ignored.`);
      return;
    }
    const tag = match[1];
    const value = (match[2] ?? '').trim();
    if (tag === 'TY') {
      if (current) problems.push(`Record at line ${current.line} has no ER line; it was read up to line ${index}.`);
      current = { fields: [['TY', value]], line: index + 1 };
      records.push(current);
      return;
    }
    if (!current) {
      problems.push(`Line ${index + 1} (${tag}) is outside a record and was ignored.`);
      return;
    }
    if (tag === 'ER') {
      current = undefined;
      return;
    }
    current.fields.push([tag, value]);
  });
  return records;
}

/** "2012/01//", "2020/05/07/", "2006" → year and a MEDLINE-style date when the month is known. */
function readRisDate(value: string): { year?: string; pubDate?: string } {
  const match = value.match(/^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/);
  if (!match?.[1]) return {};
  const parts = [Number(match[1])];
  if (match[2]) {
    parts.push(Number(match[2]));
    if (match[3]) parts.push(Number(match[3]));
  }
  const pubDate = parts.length > 1 ? pubDateFromParts(parts) : undefined;
  return pubDate && pubDate !== match[1] ? { year: match[1], pubDate } : { year: match[1] };
}

export function importRis(text: string, now: Date = new Date()): ParsedReferences {
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  const stamp = now.toISOString();
  for (const record of splitRecords(text, problems)) {
    const ids: { pmid?: string; pmcid?: string; doi?: string } = {};
    const authors: Author[] = [];
    const keywordValues: string[] = [];
    const notes: string[] = [];
    const meta: ImportedMetadata = {};
    let title = '';
    let startPage = '';
    let endPage = '';
    let url = '';
    for (const [tag, value] of record.fields) {
      if (!value) continue;
      switch (tag) {
        case 'TI':
        case 'T1':
          title ||= value;
          break;
        case 'AU':
        case 'A1':
          authors.push(parseInvertedName(value));
          break;
        case 'T2':
        case 'JF':
          meta.journal ??= value;
          break;
        case 'JO':
        case 'JA':
        case 'J2':
          meta.journalAbbrev ??= value;
          break;
        case 'PY':
        case 'Y1':
        case 'DA': {
          const date = readRisDate(value);
          if (date.year) meta.year ??= date.year;
          if (date.pubDate) meta.pubDate ??= date.pubDate;
          break;
        }
        case 'VL':
          meta.volume ??= value;
          break;
        case 'IS':
          meta.issue ??= value;
          break;
        case 'SP':
          startPage ||= value;
          break;
        case 'EP':
          endPage ||= value;
          break;
        case 'SN':
          meta.issn ??= value;
          break;
        case 'DO':
          ids.doi ??= value;
          break;
        case 'AN':
          if (/^\d+$/.test(value)) ids.pmid ??= value;
          break;
        case 'C2':
          if (/^(?:PMCID:\s*)?PMC\d+$/i.test(value)) ids.pmcid ??= value.replace(/^PMCID:\s*/i, '');
          break;
        case 'KW':
          keywordValues.push(value);
          break;
        case 'AB':
        case 'N2':
          meta.abstract ??= value;
          break;
        case 'N1':
          notes.push(value);
          break;
        case 'LA':
          meta.language ??= value;
          break;
        case 'UR':
          url ||= value;
          break;
      }
    }
    if (!title) {
      problems.push(`Record at line ${record.line} has no title (TI/T1); it was skipped.`);
      continue;
    }
    // Exporters that have no ID tag for them put the record's PubMed or PMC page in UR.
    const pmidFromUrl = url.match(/pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/)?.[1];
    if (pmidFromUrl) ids.pmid ??= pmidFromUrl;
    const pmcidFromUrl = url.match(/(?:pubmedcentral\.nih\.gov|ncbi\.nlm\.nih\.gov\/pmc)\/.*?(?:artid=|articles\/PMC)(\d+)/i)?.[1];
    if (pmcidFromUrl) ids.pmcid ??= `PMC${pmcidFromUrl}`;
    const entry = importedEntry(
      { line: record.line, meta, ids, title, authors, keywordValues, mesh: [], publicationTypes: [], note: notes.join('\n'), stamp },
      problems,
    );
    if (startPage) entry.pages = endPage && endPage !== startPage ? `${startPage}-${endPage}` : startPage;
    entries.push(entry);
  }
  return { entries, problems };
}
