/**
 * Draws the time axis (tick marks and labels) into an SVG group. Text stays crisp and findable by tests.
 * Zoomed in to days or months, ticks rarely fall on a new year, so the corner left of the axis names the
 * month or year at the view's left edge: a reader always knows which year "14 Mar" is in.
 */
import { UTCDate } from '@date-fns/utc';
import { select } from 'd3';
import { format } from 'date-fns';
import { MS_PER_DAY } from '../model/day';
import type { Tick } from '../model/ticks';
import type { TimeDomain } from '../model/time-domain';
import type { TimeScale } from '../model/time-warp';
import { gapsIn } from '../model/time-warp';
import { BREAK_HALF_WIDTH_PX, breakSlashes } from './axis-break';

export const AXIS_HEIGHT_PX = 28;
/** A major tick closer than this to the left edge (about one label wide) makes the corner label redundant. */
const CONTEXT_CLEARANCE_PX = 60;

export function renderAxis(group: SVGGElement, ticks: readonly Tick[], scale: TimeScale): void {
  const { domain, width } = scale;
  const g = select(group);
  // The base line runs between breaks: each compressed gap interrupts it and carries the break sign.
  const centres = gapsIn(scale.warp, domain)
    .map((gap) => (scale.x(gap.t0) + scale.x(gap.t1)) / 2)
    .filter((cx) => cx > 0 && cx < width);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const cx of centres) {
    pieces.push([from, cx - BREAK_HALF_WIDTH_PX]);
    from = cx + BREAK_HALF_WIDTH_PX;
  }
  pieces.push([from, width]);
  g.selectAll<SVGLineElement, [number, number]>('line.axis-base')
    .data(pieces)
    .join('line')
    .attr('class', 'axis-base')
    .attr('x1', (d) => d[0])
    .attr('x2', (d) => d[1])
    .attr('y1', AXIS_HEIGHT_PX - 0.5)
    .attr('y2', AXIS_HEIGHT_PX - 0.5);
  g.selectAll<SVGLineElement, { x1: number; y1: number; x2: number; y2: number }>('line.axis-break')
    .data(centres.flatMap((cx) => breakSlashes(cx, AXIS_HEIGHT_PX - 0.5)))
    .join('line')
    .attr('class', 'axis-break')
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2);
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
    .attr('transform', (d) => `translate(${Math.round(scale.x(d.t)) + 0.5},0)`)
    .classed('major', (d) => d.major);
  // Text is written only when it changes: an equal write still replaces the text node, and a pan moves
  // every tick without changing its label.
  tick.select<SVGTextElement>('text').each(function (d) {
    if (this.textContent !== d.label) this.textContent = d.label;
  });
  // A major tick at the left edge already names the year or month; the corner would only repeat it.
  const firstMajor = ticks.find((t) => t.major);
  const majorAtLeft = firstMajor !== undefined && scale.x(firstMajor.t) < CONTEXT_CLEARANCE_PX;
  g.selectAll<SVGTextElement, string>('text.axis-context')
    .data([majorAtLeft ? '' : contextLabel(ticks, domain)])
    .join('text')
    .attr('class', 'axis-context')
    .attr('x', -8)
    .attr('y', AXIS_HEIGHT_PX - 10)
    .attr('text-anchor', 'end')
    .each(function (d) {
      if (this.textContent !== d) this.textContent = d;
    });
}

/** The larger unit around the view's left edge: the date for hour ticks, month for days, year for months. */
export function contextLabel(ticks: readonly Tick[], domain: TimeDomain): string {
  const a = ticks[0];
  const b = ticks[1];
  const stepMs = a && b ? b.t - a.t : domain[1] - domain[0];
  const left = new UTCDate(domain[0]);
  if (stepMs < MS_PER_DAY) return format(left, 'd MMM yyyy');
  if (stepMs < 28 * MS_PER_DAY) return format(left, 'MMM yyyy');
  if (stepMs < 365 * MS_PER_DAY) return format(left, 'yyyy');
  return '';
}
