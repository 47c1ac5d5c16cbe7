import type { Evidence } from '../../utils/model';
import { truncateText } from './format';

/** Distinct evidence texts in order, so a term matched in several places is quoted once. */
export function distinctEvidenceTexts(evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const span of evidence) {
    const text = span.text.trim();
    const dedupeKey = text.toLowerCase();
    if (text.length === 0 || seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    texts.push(text);
  }
  return texts;
}

export type EvidenceQuotesProps = { evidence: readonly Evidence[]; max?: number; maxChars?: number };

/** The supporting words, quoted as plain text (attacker-controlled strings are never HTML). */
export function EvidenceQuotes({ evidence, max = 3, maxChars = 220 }: EvidenceQuotesProps) {
  const texts = distinctEvidenceTexts(evidence);
  if (texts.length === 0) return null;
  const shown = texts.slice(0, max);
  const more = texts.length - shown.length;
  return (
    <p class="exl-evidence">
      {shown.map((text, i) => (
        <span key={text}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <q class="exl-evidence__quote">{truncateText(text, maxChars)}</q>
        </span>
      ))}
      {more > 0 && <span class="exl-evidence__more"> (+{more} more)</span>}
    </p>
  );
}
