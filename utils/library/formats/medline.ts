/**
 * MEDLINE / PubMed ".nbib" format, as PubMed's "Send to: Citation manager" writes it.
 *
 * Writing: a tag padded to four characters, "- ", the value ("PMID- ", "TI  - "); values
 * longer than a line wrap at spaces to at most 80 columns with 6-space continuation lines
 * (a single word longer than a line is left whole, since readers join continuation lines with
 * one space). Lines end with LF, as PubMed's downloads do; records are separated by a blank
 * line. Tags written, in PubMed's order: PMID, IS, VI, IP, DP, TI, PG, LID (doi), AB,
 * FAU/AU pairs (CN for a collective author), LA, PT, TA, JT, MH, OT (keywords, then the
 * ExoLens keywords of exolens-tags.ts), PMC, AID (doi), GN (the user's note, MEDLINE's
 * "general note").
 *
 * Reading is tolerant of CRLF/LF, a BOM, continuation lines, unknown tags and records that
 * are not separated by blank lines (a new PMID starts a record).
 */
import type { Author } from '../../model';
import { exolensKeywords } from '../exolens-tags';
import { dateParts, invertedAuthorName, oneLine, parseInvertedName, parseShortName, shortAuthorName } from '../text';
import type { LibraryEntry } from '../types';
import { importedEntry, type ImportedMetadata, type ParsedReferences } from './parsed';

const LINE_WIDTH = 80;
const INDENT = '      ';

/** Lines of one field, wrapped at spaces so no line exceeds LINE_WIDTH unless a single word does. */
function fieldLines(tag: string, value: string, out: string[]): void {
  const text = oneLine(value);
  if (!text) return;
  const prefix = `${tag.padEnd(4)}- `;
  const room = LINE_WIDTH - INDENT.length;
  let line = '';
  let first = true;
  const flush = () => {
    out.push((first ? prefix : INDENT) + line);
    first = false;
    line = '';
  };
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) flush();
    line = line ? `${line} ${word}` : word;
  }
  flush();
}

export function exportMedline(entries: readonly LibraryEntry[]): string {
  const records: string[] = [];
  for (const entry of entries) {
    const lines: string[] = [];
    const put = (tag: string, value: string | undefined) => {
      if (value) fieldLines(tag, value, lines);
    };
    put('PMID', entry.ids.pmid);
    put('IS', entry.issn);
    put('VI', entry.volume);
    put('IP', entry.issue);
    put('DP', entry.pubDate ?? entry.year);
    put('TI', entry.title);
    put('PG', entry.pages);
    put('LID', entry.ids.doi ? `${entry.ids.doi} [doi]` : undefined);
    put('AB', entry.abstract);
    for (const author of entry.authors) {
      if (author.collective) put('CN', author.collective);
      else {
        put('FAU', invertedAuthorName(author));
        put('AU', shortAuthorName(author));
      }
    }
    put('LA', entry.language);
    for (const type of entry.publicationTypes) put('PT', type);
    put('TA', entry.journalAbbrev);
    put('JT', entry.journal);
    for (const heading of entry.mesh) put('MH', heading);
    for (const keyword of [...entry.keywords, ...exolensKeywords(entry.exolens, entry.tags)]) put('OT', keyword);
    put('PMC', entry.ids.pmcid);
    put('AID', entry.ids.doi ? `${entry.ids.doi} [doi]` : undefined);
    put('GN', entry.note);
    records.push(lines.join('\n') + '\n');
  }
  return records.join('\n');
}

const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) *- ?(.*)$/;

type RawRecord = { fields: Array<[string, string]>; line: number };

function splitRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/\s+$/, '');
    if (!line) {
      current = undefined;
      return;
    }
    const isContinuation = /^\s/.test(line);
    const match = isContinuation ? null : line.match(TAG_LINE);
    if (!match?.[1]) {
      const last = current?.fields[current.fields.length - 1];
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      return;
    }
    const tag = match[1];
    if (!current || (tag === 'PMID' && current.fields.some(([seen]) => seen === 'PMID'))) {
      current = { fields: [], line: index + 1 };
      records.push(current);
    }
    current.fields.push([tag, (match[2] ?? '').trim()]);
  });
  return records;
}

/** The identifier in "10.1186/x [doi]"; undefined for other kinds ("[pii]", "[pmc]"). */
function doiOf(value: string): string | undefined {
  return value.match(/^(.+?)\s*\[doi\]$/i)?.[1];
}

export function importMedline(text: string, now: Date = new Date()): ParsedReferences {
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  const stamp = now.toISOString();
  for (const record of splitRecords(text)) {
    const ids: { pmid?: string; pmcid?: string; doi?: string } = {};
    const authors: Author[] = [];
    const keywordValues: string[] = [];
    const mesh: string[] = [];
    const publicationTypes: string[] = [];
    const notes: string[] = [];
    const meta: ImportedMetadata = {};
    let title = '';
    // An AU line completes the FAU just before it (initials); an AU on its own is an author.
    let pendingFull: Author | undefined;
    for (const [tag, value] of record.fields) {
      if (!value) continue;
      if (tag !== 'AU') pendingFull = undefined;
      switch (tag) {
        case 'PMID':
          ids.pmid ??= value;
          break;
        case 'PMC':
          ids.pmcid ??= value;
          break;
        case 'LID':
        case 'AID': {
          const doi = doiOf(value);
          if (doi) ids.doi ??= doi;
          break;
        }
        case 'TI':
          title ||= value;
          break;
        case 'AB':
          meta.abstract ??= value;
          break;
        case 'FAU': {
          // FAU is always a person: a name without a comma is a family name alone.
          const person = parseInvertedName(value);
          pendingFull = person.collective ? { family: person.collective } : person;
          authors.push(pendingFull);
          break;
        }
        case 'AU': {
          const short = parseShortName(value);
          if (!pendingFull) authors.push(short);
          else if (short.initials && short.family === pendingFull.family) pendingFull.initials = short.initials;
          pendingFull = undefined;
          break;
        }
        case 'CN':
          authors.push({ collective: value });
          break;
        case 'TA':
          meta.journalAbbrev ??= value;
          break;
        case 'JT':
          meta.journal ??= value;
          break;
        case 'DP': {
          meta.pubDate ??= value;
          const year = dateParts(value)?.[0];
          if (year !== undefined) meta.year ??= String(year);
          break;
        }
        case 'VI':
          meta.volume ??= value;
          break;
        case 'IP':
          meta.issue ??= value;
          break;
        case 'PG':
          meta.pages ??= value;
          break;
        case 'IS':
          meta.issn ??= value.replace(/\s*\((?:Print|Electronic|Linking)\)$/i, '');
          break;
        case 'LA':
          meta.language ??= value;
          break;
        case 'PT':
          publicationTypes.push(value);
          break;
        case 'MH':
          mesh.push(value);
          break;
        case 'OT':
          keywordValues.push(value);
          break;
        case 'GN':
          notes.push(value);
          break;
      }
    }
    if (!title) {
      problems.push(`Record at line ${record.line} has no title (TI); it was skipped.`);
      continue;
    }
    const entry = importedEntry(
      { line: record.line, meta, ids, title, authors, keywordValues, mesh, publicationTypes, note: notes.join(' '), stamp },
      problems,
    );
    // DP is kept only when it says more than the year.
    if (entry.pubDate === entry.year) delete entry.pubDate;
    entries.push(entry);
  }
  return { entries, problems };
}
