/**
 * The compact per-result badge on PubMed search pages, mounted by the content script in its own
 * small shadow root next to each citation (the lead imports badge.css there).
 */
import type { BadgeSummary } from '../../utils/protocol';
import { TopicChip } from '../shared/TopicChip';
import { shortTopicLabel } from '../shared/format';

/** What the badge's analysis was based on: the search page's snippet, the full abstract, or nothing yet. */
export type BadgeBasis = 'abstract' | 'snippet' | 'pending';

export type ResultBadgeProps = {
  pmid: string;
  summary: BadgeSummary | null;
  basis: BadgeBasis;
  saved?: boolean;
  onToggleSave?: () => void;
  /** A short transient note, e.g. "rate limited". */
  status?: string;
};

/** The QC checklist has a fixed size (TAXONOMY §3); the badge shows "QC n/14". */
const QC_TOTAL = 14;

export function basisDescription(basis: BadgeBasis, summary: BadgeSummary | null): string {
  if (summary === null || basis === 'pending') return 'ExoLens analysis pending';
  return basis === 'snippet' ? 'From title and snippet only — full abstract pending' : 'From the full abstract';
}

export function ResultBadge({ pmid, summary, basis, saved = false, onToggleSave, status }: ResultBadgeProps) {
  // Unique per PMID, so unique in any document that shows several badges; a plain string rather
  // than useId keeps preact/hooks out of the result-list content script.
  const descriptionId = `exl-basis-${pmid}`;
  const description = basisDescription(basis, summary);
  return (
    <span class="exl-theme exl-badge" role="group" aria-label={`ExoLens, PMID ${pmid}`} aria-describedby={descriptionId}
      title={description} data-exolens-badge-root="" data-basis={basis}>
      {summary?.retracted && (
        <span class="exl-badge__flag exl-badge__flag--retracted" data-note="retracted">
          <span aria-hidden="true">⚠ </span>Retracted
        </span>
      )}
      {summary?.corrected && (
        <span class="exl-badge__flag exl-badge__flag--corrected" data-note="corrected">Corrected</span>
      )}
      {summary === null ? (
        <span class="exl-badge__pending">ExoLens…</span>
      ) : (
        <>
          {summary.topics.length > 0 ? (
            summary.topics.map((id) => <TopicChip key={id} id={id} label={shortTopicLabel(id)} />)
          ) : (
            <span class="exl-badge__none">no topic</span>
          )}
          {summary.isEv ? (
            <span class="exl-badge__qc" data-qc-reported={String(summary.qcReported)}>
              QC {summary.qcReported}/{QC_TOTAL}
            </span>
          ) : (
            <span class="exl-badge__none">not EV</span>
          )}
          {basis === 'snippet' && <span class="exl-badge__basis" aria-hidden="true">≈</span>}
        </>
      )}
      {status && <span class="exl-badge__status">{status}</span>}
      {onToggleSave ? (
        <button type="button" class={`exl-badge__save${saved ? ' exl-badge__save--saved' : ''}`} data-action="save"
          data-saved={saved ? 'true' : 'false'} aria-pressed={saved}
          aria-label={saved ? `PMID ${pmid} saved in library (remove)` : `Save PMID ${pmid} to library`}
          title={saved ? 'Saved in your library — click to remove' : 'Save to your library'} onClick={onToggleSave}>
          {saved ? '★' : '☆'}
        </button>
      ) : (
        saved && (
          <span class="exl-badge__saved" data-saved="true" title="Saved in your library">
            <span aria-hidden="true">★</span>
            <span class="exl-sr-only">Saved</span>
          </span>
        )
      )}
      <span id={descriptionId} class="exl-sr-only">{description}</span>
    </span>
  );
}
