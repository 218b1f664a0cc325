/** The event-type legend: one small SVG glyph per type, built from the same shapes as the marks. */
import { path } from 'd3';
import type { EventType } from '../model/event-record';
import { EVENT_TYPE_INFO } from '../model/event-type-info';
import { traceGlyph } from './shapes';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 16 px square SVG showing the glyph for `type`, filled with currentColor. */
export function glyphIcon(doc: Document, type: EventType, sizePx = 16): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(sizePx));
  svg.setAttribute('height', String(sizePx));
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'glyph');
  const p = path();
  traceGlyph(p, EVENT_TYPE_INFO[type].glyph, 8, 8, 5.5);
  const el = doc.createElementNS(SVG_NS, 'path');
  el.setAttribute('d', p.toString());
  svg.appendChild(el);
  return svg;
}
