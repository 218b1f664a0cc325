/** Lane labels in the left gutter: colour chip, actor label and filtered count, one SVG group per lane. */
import { select } from 'd3';
import type { LaneBand } from './scene';

export function renderLaneLabels(group: SVGGElement, lanes: readonly LaneBand[], gutterWidth: number): void {
  const g = select(group)
    .selectAll<SVGGElement, LaneBand>('g.lane')
    .data(lanes, (d) => d.actorId)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'lane');
      e.append('rect').attr('class', 'lane-chip').attr('x', 8).attr('width', 4);
      // Only the name carries .lane-label, so its text is exactly the label.
      e.append('text').attr('class', 'lane-label lane-name').attr('x', 18);
      e.append('text').attr('class', 'lane-count').attr('text-anchor', 'end');
      return e;
    })
    .attr('data-actor', (d) => d.actorId)
    .attr('transform', (d) => `translate(0,${d.y})`);
  g.select('rect')
    .attr('y', 6)
    .attr('height', (d) => d.height - 12)
    .attr('fill', (d) => d.color);
  // Long names are clipped, not shortened: the text stays the whole label for search and screen readers.
  select(group)
    .selectAll('clipPath')
    .data([null])
    .join((enter) => {
      const c = enter.append('clipPath').attr('id', 'lane-name-clip');
      c.append('rect');
      return c;
    })
    .select('rect')
    .attr('x', 0)
    .attr('y', -1000)
    .attr('width', Math.max(20, gutterWidth - 46))
    .attr('height', 2000);
  g.select<SVGTextElement>('text.lane-name')
    .attr('y', (d) => d.height / 2)
    .attr('clip-path', 'url(#lane-name-clip)')
    .text((d) => d.label);
  g.select<SVGTextElement>('text.lane-count')
    .attr('x', gutterWidth - 8)
    .attr('y', (d) => d.height / 2)
    .text((d) => String(d.count));
}
