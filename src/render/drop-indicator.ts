/**
 * The bar that shows where a dragged lane will land: across the gutter and the plot at a lane boundary.
 * Draws what it is given; ui/lane-drag.ts decides where.
 */
import { select } from 'd3';

/** Thickness of the bar, CSS px: a thin rect rather than a line, so it has an area to see and to test. */
const DROP_INDICATOR_PX = 3;

/** Draws the indicator centred on `y` (CSS px in the lanes' space) across `width`, or removes it for null. */
export function renderDropIndicator(group: SVGGElement, y: number | null, width: number): void {
  select(group)
    .selectAll<SVGRectElement, number>('rect.drop-indicator')
    .data(y === null ? [] : [y])
    .join('rect')
    .attr('class', 'drop-indicator')
    .attr('x', 0)
    .attr('width', width)
    .attr('y', (d) => d - DROP_INDICATOR_PX / 2)
    .attr('height', DROP_INDICATOR_PX);
}
