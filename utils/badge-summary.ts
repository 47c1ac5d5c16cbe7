import type { Analysis } from './model';
import type { BadgeSummary } from './protocol';

/** The few facts a result badge shows, from a full analysis. */
export function badgeSummary(analysis: Analysis): BadgeSummary {
  return {
    topics: analysis.topics.map((topic) => topic.id),
    qcReported: analysis.qc.filter((item) => item.status === 'reported').length,
    retracted: analysis.notes.some((note) => note.id === 'retracted'),
    corrected: analysis.notes.some((note) => note.id === 'corrected'),
    isEv: analysis.facets.isEv,
  };
}
