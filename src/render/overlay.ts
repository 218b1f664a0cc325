/**
 * The SVG layer above the marks canvas: hover ring, selected mark and connectors to the lanes of the other
 * actors involved. Changing it never repaints the canvas.
 */
import { select } from 'd3';
import { path } from 'd3';
import type { ClusterPrimitive, MarkPrimitive } from './scene';
import { SPAN_BAR_PX } from './scene';
import { traceGlyph } from './shapes';

export interface Connector {
  x: number;
  y0: number;
  y1: number;
  color: string;
}

export function renderFocus(
  group: SVGGElement,
  className: string,
  target: MarkPrimitive | ClusterPrimitive | null,
  connectors: readonly Connector[],
): void {
  const g = select(group);
  g.selectAll<SVGLineElement, Connector>(`line.${className}-connector`)
    .data(connectors)
    .join('line')
    .attr('class', `${className}-connector connector`)
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', (d) => d.y0)
    .attr('y2', (d) => d.y1)
    .attr('stroke', (d) => d.color);
  g.selectAll<SVGCircleElement, Connector>(`circle.${className}-end`)
    .data(connectors)
    .join('circle')
    .attr('class', `${className}-end connector-end`)
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y1)
    .attr('r', 3.5)
    .attr('fill', (d) => d.color);
  g.selectAll<SVGPathElement, MarkPrimitive | ClusterPrimitive>(`path.${className}`)
    .data(target ? [target] : [])
    .join('path')
    .attr('class', className)
    .attr('d', (d) => outline(d));
}

function outline(d: MarkPrimitive | ClusterPrimitive): string {
  const p = path();
  if (d.kind === 'cluster') {
    // The badge's tiles (mark-style.ts), 3 px larger all round.
    p.rect(d.x - d.halfWidth - 3, d.y - d.r - 3, 2 * d.halfWidth + 6, 2 * d.r + 6);
  } else if (d.span) {
    // The thin bar between its end caps: tall enough to see, no taller than a glyph.
    const h = Math.max(SPAN_BAR_PX / 2, d.r) + 3;
    p.rect(d.x0 - 3, d.y - h, d.x1 - d.x0 + 6, 2 * h);
  } else {
    traceGlyph(p, d.glyph, d.x, d.y, d.r + 4);
  }
  return p.toString();
}
