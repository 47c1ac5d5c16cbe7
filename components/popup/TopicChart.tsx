/**
 * A small horizontal SVG bar chart: saved references per topic. The SVG is one image for
 * assistive technology (role="img" + <title>); the same numbers follow as a visually hidden
 * table so screen-reader users can read them cell by cell.
 */
import { useId } from 'preact/hooks';
import type { TopicId } from '../../utils/model';
import { topicLabel } from '../../utils/knowledge';
import { shortTopicLabel } from '../shared/format';

export type TopicCount = { id: TopicId; count: number };

export type TopicChartProps = {
  counts: readonly TopicCount[];
  /** Drawing width in px (the popup is ~380px wide). */
  width?: number;
};

const ROW_HEIGHT = 18;
const BAR_HEIGHT = 12;
const LABEL_WIDTH = 112;
const COUNT_WIDTH = 34;

export function chartSummary(counts: readonly TopicCount[]): string {
  const parts = counts.map(({ id, count }) => `${topicLabel(id)} ${count}`);
  return `Saved references by topic: ${parts.join(', ')}`;
}

export function TopicChart({ counts, width = 340 }: TopicChartProps) {
  const titleId = useId();
  const max = Math.max(1, ...counts.map(({ count }) => count));
  const barSpace = width - LABEL_WIDTH - COUNT_WIDTH;
  const height = counts.length * ROW_HEIGHT;
  const summary = chartSummary(counts);
  return (
    <figure class="exl-chart">
      <svg class="exl-chart__svg" role="img" aria-labelledby={titleId} width={width} height={height}
        viewBox={`0 0 ${width} ${height}`}>
        <title id={titleId}>{summary}</title>
        {counts.map(({ id, count }, row) => {
          const y = row * ROW_HEIGHT;
          const barWidth = count === 0 ? 0 : Math.max(2, Math.round((count / max) * barSpace));
          return (
            <g key={id} class={`exl-chart__row exl-topic--${id}`}>
              <text class="exl-chart__label" x={LABEL_WIDTH - 6} y={y + ROW_HEIGHT / 2} text-anchor="end"
                dominant-baseline="central">
                {shortTopicLabel(id)}
              </text>
              <rect class="exl-chart__bar" data-bar={id} data-count={String(count)} x={LABEL_WIDTH}
                y={y + (ROW_HEIGHT - BAR_HEIGHT) / 2} width={barWidth} height={BAR_HEIGHT} rx={2} />
              <text class="exl-chart__count" x={LABEL_WIDTH + barWidth + 4} y={y + ROW_HEIGHT / 2}
                dominant-baseline="central">
                {count}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="exl-sr-only">
        <caption>Saved references by topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">References</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ id, count }) => (
            <tr key={id}>
              <th scope="row">{topicLabel(id)}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
