/** Draws the time axis (tick marks and labels) into an SVG group. Text stays crisp and findable by tests. */
import { select } from 'd3';
import type { Tick } from '../model/ticks';
import type { TimeDomain } from '../model/time-domain';
import { timeToX } from '../model/time-domain';

export const AXIS_HEIGHT_PX = 28;

export function renderAxis(
  group: SVGGElement,
  ticks: readonly Tick[],
  domain: TimeDomain,
  width: number,
): void {
  const g = select(group);
  g.selectAll<SVGLineElement, null>('line.axis-base')
    .data([null])
    .join('line')
    .attr('class', 'axis-base')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', AXIS_HEIGHT_PX - 0.5)
    .attr('y2', AXIS_HEIGHT_PX - 0.5);
  const tick = g
    .selectAll<SVGGElement, Tick>('g.tick')
    .data(ticks, (d) => String(d.t))
    .join((enter) => {
      const e = enter.append('g').attr('class', 'tick');
      e.append('line')
        .attr('y1', AXIS_HEIGHT_PX - 6)
        .attr('y2', AXIS_HEIGHT_PX);
      e.append('text')
        .attr('y', AXIS_HEIGHT_PX - 10)
        .attr('x', 4);
      return e;
    })
    .attr('transform', (d) => `translate(${Math.round(timeToX(domain, width, d.t)) + 0.5},0)`)
    .classed('major', (d) => d.major);
  tick.select('text').text((d) => d.label);
}
