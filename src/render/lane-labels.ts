/** Lane labels in the left gutter: colour chip, actor label and filtered count, one SVG group per lane. */
import { select } from 'd3';
import type { LaneBand } from './scene';

export function renderLaneLabels(group: SVGGElement, lanes: readonly LaneBand[], gutterWidth: number): void {
  const g = select(group)
    .selectAll<SVGGElement, LaneBand>('g.lane-label')
    .data(lanes, (d) => d.actorId)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'lane-label');
      e.append('rect').attr('class', 'lane-chip').attr('x', 8).attr('width', 4);
      e.append('text').attr('class', 'lane-name').attr('x', 18);
      e.append('text').attr('class', 'lane-count').attr('text-anchor', 'end');
      e.append('title');
      return e;
    })
    .attr('data-actor', (d) => d.actorId)
    .attr('transform', (d) => `translate(0,${d.y})`);
  g.select('rect')
    .attr('y', 6)
    .attr('height', (d) => d.height - 12)
    .attr('fill', (d) => d.color);
  g.select<SVGTextElement>('text.lane-name')
    .attr('y', (d) => d.height / 2)
    .text((d) => truncate(d.label, gutterWidth));
  g.select<SVGTextElement>('text.lane-count')
    .attr('x', gutterWidth - 8)
    .attr('y', (d) => d.height / 2)
    .text((d) => String(d.count));
  g.select('title').text((d) => `${d.label}: ${d.count} events`);
}

/** Labels are cut by character count (about 7 px each at 13 px type), never by measuring the DOM. */
function truncate(label: string, gutterWidth: number): string {
  const max = Math.max(4, Math.floor((gutterWidth - 60) / 7));
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
