/** Exporting 1,000 references in each format (the library's largest routine job). */
import { performance } from 'node:perf_hooks';
import { analyze } from '../utils/analysis/analyze';
import { entryFromArticle } from '../utils/library/entry';
import { EXPORTERS, EXPORT_FORMATS } from '../utils/library/formats';
import type { LibraryEntry } from '../utils/library/types';

function syntheticEntries(count: number): LibraryEntry[] {
  const now = new Date('2026-11-27T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const input = {
      ids: { pmid: String(30000000 + i), doi: `10.1000/exolens.${i}` },
      title: `Mesenchymal stem cell-derived exosomes in wound healing and skin aging: study ${i}`,
      abstract: [{ text: 'Exosomes were isolated by ultracentrifugation, characterised by NTA and TEM, and accelerated diabetic wound closure in mice.' }],
      keywords: ['exosome', 'wound healing'],
      mesh: ['Exosomes', 'Wound Healing'],
      publicationTypes: ['Journal Article'],
      authors: [{ family: 'Müller', given: 'Anna', initials: 'A' }, { family: 'Kim', given: 'Ji-Ho', initials: 'JH' }],
      journal: 'Journal of Extracellular Vesicles',
      journalAbbrev: 'J Extracell Vesicles',
      year: '2024',
      volume: '13',
      issue: String(1 + (i % 12)),
      pages: `e${12000 + i}`,
    };
    return entryFromArticle(input, analyze(input), now);
  });
}

export function runLibraryBench(count = 1000): Record<string, number> {
  const entries = syntheticEntries(count);
  const result: Record<string, number> = {};
  for (const format of EXPORT_FORMATS) {
    EXPORTERS[format.id](entries); // warm-up
    const started = performance.now();
    EXPORTERS[format.id](entries);
    result[`${format.id}Ms`] = Math.round((performance.now() - started) * 10) / 10;
  }
  return result;
}
