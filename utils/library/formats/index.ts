/** The library's file formats: metadata for the popup, and the exporters/importers by id. */
import type { LibraryEntry } from '../types';
import { exportBibtex } from './bibtex';
import { exportCslJson, importCslJson } from './csl-json';
import { exportCsv } from './csv';
import { exportMedline, importMedline } from './medline';
import type { ParsedReferences } from './parsed';
import { exportRis, importRis } from './ris';

export const EXPORT_FORMATS = [
  { id: 'ris', label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems' },
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mime: 'application/x-bibtex' },
  { id: 'csl-json', label: 'CSL-JSON', extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  // No registered type exists for MEDLINE; PubMed serves .nbib as plain text.
  { id: 'medline', label: 'MEDLINE (.nbib)', extension: 'nbib', mime: 'text/plain' },
  { id: 'csv', label: 'CSV', extension: 'csv', mime: 'text/csv' },
] as const satisfies readonly { id: string; label: string; extension: string; mime: string }[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportFormatId = ExportFormat['id'];

const FORMAT_BY_ID = Object.fromEntries(EXPORT_FORMATS.map((format) => [format.id, format])) as Record<ExportFormatId, ExportFormat>;
export type ImportFormatId = 'ris' | 'csl-json' | 'medline';

export const EXPORTERS: Record<ExportFormatId, (entries: readonly LibraryEntry[]) => string> = {
  ris: exportRis,
  bibtex: exportBibtex,
  'csl-json': exportCslJson,
  medline: exportMedline,
  csv: exportCsv,
};

export const IMPORTERS: Record<ImportFormatId, (text: string, now?: Date) => ParsedReferences> = {
  ris: importRis,
  'csl-json': importCslJson,
  medline: importMedline,
};

/** "exolens-library-2026-11-27.ris": the date is the user's local calendar day. */
export function exportFilename(format: ExportFormatId, date: Date): string {
  const { extension } = FORMAT_BY_ID[format];
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `exolens-library-${day}.${extension}`;
}

export { exportBibtex, exportCslJson, exportCsv, exportMedline, exportRis, importCslJson, importMedline, importRis };
export type { ParsedReferences };
