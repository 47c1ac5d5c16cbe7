import type { TopicId } from '../../utils/model';
import { topicLabel } from '../../utils/knowledge';
import { confidenceLabel, formatPercent } from './format';

export type TopicChipProps = {
  id: TopicId;
  /** 0..1; when given the chip shows a small bar plus "high 83%". */
  confidence?: number;
  /** The visible label when not the full KB label (badges and list rows pass shortTopicLabel); the full one goes to the tooltip. */
  label?: string;
  /** Makes the chip a toggle button (overlay: highlight the topic's evidence on the page). */
  onClick?: () => void;
  pressed?: boolean;
};

/**
 * One therapeutic topic, coloured per topic (colours in shared.css). Carries data-topic, which
 * is part of the test contract wherever a topic is shown.
 */
export function TopicChip({ id, confidence, label, onClick, pressed = false }: TopicChipProps) {
  const fullLabel = topicLabel(id);
  const visibleLabel = label ?? fullLabel;
  const level = confidence === undefined ? undefined : confidenceLabel(confidence);
  const confidenceText = confidence === undefined ? '' : `${level} ${formatPercent(confidence)}`;
  const content = (
    <>
      <span class="exl-chip__label">{visibleLabel}</span>
      {confidence !== undefined && (
        <span class="exl-chip__confidence">
          <span class="exl-chip__meter" aria-hidden="true">
            <span class="exl-chip__meter-fill" style={{ width: formatPercent(confidence) }} />
          </span>
          <span class="exl-sr-only">, confidence </span>
          {confidenceText}
        </span>
      )}
    </>
  );
  const className = `exl-chip exl-topic--${id}`;
  if (onClick) {
    return (
      <button type="button" class={`${className} exl-chip--button`} data-topic={id} data-confidence={level}
        aria-pressed={pressed} title={`${fullLabel}: show the supporting text on the page`} onClick={onClick}>
        {content}
      </button>
    );
  }
  return (
    <span class={className} data-topic={id} data-confidence={level} title={fullLabel}>
      {content}
    </span>
  );
}
