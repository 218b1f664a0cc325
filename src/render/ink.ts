/**
 * Colour arithmetic shared by every painter: a lane colour made legible on the theme's background, mixes
 * and alpha. Pure string maths on '#rrggbb'; no canvas, no DOM.
 */
import type { ThemeColors } from '../model/palette';

/**
 * Contrast a lane colour needs against the background. On dark pages, WCAG's 3:1 for graphics. On light
 * ones only 1.5:1, which rescues near-white colours but leaves yellow yellow: darkening it to olive would
 * break the match with the actor's swatch, and a filled glyph in yellow is still easy to see.
 */
const MIN_MARK_CONTRAST = { dark: 3, light: 1.5 } as const;

const inkCache = new Map<string, string>();

/**
 * The lane colour, lightened (dark theme) or darkened (light theme) just enough to reach MIN_MARK_CONTRAST
 * against the background: actors.json may hold navy for NATO, which vanishes on a dark page. Cached per
 * colour and theme.
 */
export function inkOn(color: string, theme: ThemeColors): string {
  const key = `${theme.background}|${color}`;
  let ink = inkCache.get(key);
  if (ink === undefined) {
    ink = color;
    const bg = luminance(theme.background);
    const toward = bg < 0.5 ? '#ffffff' : '#000000';
    const min = MIN_MARK_CONTRAST[theme.name];
    for (let t = 0.1; t <= 1 && contrast(luminance(ink), bg) < min; t += 0.1) {
      ink = mixHex(color, toward, 1 - t);
    }
    if (inkCache.size > 512) inkCache.clear();
    inkCache.set(key, ink);
  }
  return ink;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Parsed colours. A frame shades hundreds of badges and soft ends from a dozen lane colours; parsing each
 * with a regular expression every time showed up in frame profiles.
 */
const parsed = new Map<string, readonly [number, number, number] | null>();

function rgb(color: string): readonly [number, number, number] | null {
  let c = parsed.get(color);
  if (c === undefined) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    c = m ? [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)] : null;
    if (parsed.size > 1024) parsed.clear();
    parsed.set(color, c);
  }
  return c;
}

/** WCAG relative luminance of '#rrggbb' (0.5 for colours written another way). */
function luminance(color: string): number {
  const c = rgb(color);
  if (!c) return 0.5;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `share` of colour a and the rest of b, both '#rrggbb', as '#rrggbb' (a unchanged if either is not). */
export function mixHex(a: string, b: string, share: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  if (!ca || !cb) return a;
  const hex = (i: number) =>
    Math.round((ca[i] ?? 0) * share + (cb[i] ?? 0) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** '#rrggbb' plus alpha as rgba(); other colour strings are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const c = rgb(color);
  if (!c) return color;
  return `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
}

/** WCAG contrast ratio of two '#rrggbb' colours (1 to 21). */
export function contrastOf(a: string, b: string): number {
  return contrast(luminance(a), luminance(b));
}
