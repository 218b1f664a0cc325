/**
 * The SVG painter of paint operations (paint-ops.ts): one element per operation, a translation and no
 * decisions. Every piece of text is escaped, so nothing from the data can become markup. Numbers are
 * rounded to 0.1 px (glyph paths to 0.01) and gradient ids numbered in order, so files diff cleanly.
 */
import { path } from 'd3';
import type { Fill, Font, PaintOp, Stroke } from './paint-ops';
import { FONT_FAMILY } from './paint-ops';
import { traceGlyph } from './shapes';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // '=' too: harmless in text, but then no attribute-like "onerror=" survives even as visible text.
      .replace(/=/g, '&#61;')
      .split('')
      .filter((c) => !isForbiddenInXml(c.charCodeAt(0)))
      .join('')
  );
}

/** XML 1.0 allows tab, LF and CR but no other C0 control characters; one in a title would break the file. */
function isForbiddenInXml(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

export const n = (v: number): string => String(Math.round(v * 10) / 10);

/** The font-family attribute value (double quotes in the family become single). */
export const SVG_FONT_FAMILY = FONT_FAMILY.replace(/"/g, "'");

/** Numbers the gradients of one document: g0, g1, ... */
export interface SvgIds {
  next: number;
}

export function opsToSvg(ops: readonly PaintOp[], ids: SvgIds): string[] {
  const out: string[] = [];
  for (const o of ops) {
    const common = `${o.tag ? ` class="${escapeXml(o.tag)}"` : ''}${o.opacity !== undefined && o.opacity !== 1 ? ` opacity="${o.opacity}"` : ''}`;
    switch (o.op) {
      case 'glyph': {
        const p = path();
        traceGlyph(p, o.glyph, o.x, o.y, o.r);
        const d = p.toString().replace(/(\d+\.\d{2})\d+/g, '$1');
        const under = o.stroke && o.strokeUnder ? ' paint-order="stroke"' : '';
        out.push(`<path${common} d="${d}"${fillAttrs(o.fill)}${strokeAttrs(o.stroke)}${under}/>`);
        break;
      }
      case 'rect': {
        let fill = fillAttrs(null);
        if (o.fill && typeof o.fill !== 'string') {
          const id = `g${ids.next++}`;
          out.push(gradient(id, o.fill));
          fill = ` fill="url(#${id})"`;
        } else if (o.fill) {
          fill = fillAttrs(o.fill);
        }
        const rx = o.rx ? ` rx="${n(o.rx)}"` : '';
        out.push(
          `<rect${common} x="${n(o.x)}" y="${n(o.y)}" width="${n(o.w)}" height="${n(o.h)}"${rx}${fill}${strokeAttrs(o.stroke)}/>`,
        );
        break;
      }
      case 'line':
        out.push(
          `<line${common} x1="${n(o.x1)}" y1="${n(o.y1)}" x2="${n(o.x2)}" y2="${n(o.y2)}"${strokeAttrs(o.stroke)}/>`,
        );
        break;
      case 'circle':
        out.push(
          `<circle${common} cx="${n(o.x)}" cy="${n(o.y)}" r="${n(o.r)}"${fillAttrs(o.fill)}${strokeAttrs(o.stroke)}/>`,
        );
        break;
      case 'text': {
        const anchor = o.anchor === 'start' ? '' : ` text-anchor="${o.anchor}"`;
        const baseline = o.baseline === 'middle' ? ' dominant-baseline="central"' : '';
        const halo = o.halo ? `${strokeAttrs(o.halo)} paint-order="stroke"` : '';
        out.push(
          `<text${common} x="${n(o.x)}" y="${n(o.y)}"${fontAttrs(o.font)}${anchor}${baseline}${fillAttrs(o.fill)}${halo}>${escapeXml(o.text)}</text>`,
        );
        break;
      }
    }
  }
  return out;
}

function fontAttrs(font: Font): string {
  return ` font-size="${font.size}"${font.weight === 400 ? '' : ` font-weight="${font.weight}"`}`;
}

const RGBA = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/;

/** A colour as fill (or stroke) plus its opacity: 'rgba()' is split so SVG 1.1 viewers read it too. */
function paint(attr: 'fill' | 'stroke', color: string): string {
  const m = RGBA.exec(color);
  if (!m) return ` ${attr}="${escapeXml(color)}"`;
  const hex = [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
  return ` ${attr}="#${hex}" ${attr}-opacity="${m[4]}"`;
}

function fillAttrs(fill: Fill | null): string {
  if (fill === null) return ' fill="none"';
  return typeof fill === 'string' ? paint('fill', fill) : '';
}

function strokeAttrs(s: Stroke | null): string {
  if (!s) return '';
  const dash = s.dash?.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
  const join = s.round ? ' stroke-linejoin="round"' : '';
  return `${paint('stroke', s.color)} stroke-width="${s.width}"${dash}${join}`;
}

function gradient(id: string, fill: Exclude<Fill, string>): string {
  const stops = fill.stops
    .map(
      (s) =>
        `<stop offset="${Math.round(s.at * 1000) / 1000}" stop-color="${escapeXml(s.color)}" stop-opacity="${s.opacity}"/>`,
    )
    .join('');
  return `<defs><linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(fill.x0)}" x2="${n(fill.x1)}" y1="0" y2="0">${stops}</linearGradient></defs>`;
}
