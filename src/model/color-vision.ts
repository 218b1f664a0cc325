/**
 * Colour maths for checking lane colours: simulating the common colour-vision deficiencies (Machado, Oliveira
 * and Fernandes 2009, full severity, applied in linear sRGB), CIELAB distance (CIE76 ΔE*ab, where about 2.3 is
 * just noticeable and 10+ tells small marks apart at a glance) and WCAG contrast ratios.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Machado et al. 2009, severity 1.0. Each row sums to about 1, so white and greys stay put. */
const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

/** "#rrggbb" (or "#rgb") to 0..1 sRGB channels; null for anything else. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** How the colour looks to someone with the deficiency, as sRGB. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const lin = rgb.map(toLinear);
  const out = MACHADO[deficiency].map((row) =>
    toGamma(clamp01(row.reduce((sum, k, i) => sum + k * (lin[i] ?? 0), 0))),
  );
  return out as unknown as Rgb;
}

/** sRGB to CIELAB (D65 white). */
export function toLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference ΔE*ab. */
export function deltaE(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** The closest pair of `colors` (hex) as seen with `deficiency` (or normal vision when undefined). */
export function closestPair(
  colors: readonly string[],
  deficiency?: Deficiency,
): { distance: number; a: string; b: string } {
  const labs = colors.map((c) => {
    const rgb = parseHex(c) ?? ([0, 0, 0] as const);
    return toLab(deficiency ? simulate(rgb, deficiency) : rgb);
  });
  let best = { distance: Infinity, a: '', b: '' };
  for (let i = 0; i < labs.length; i++) {
    for (let j = i + 1; j < labs.length; j++) {
      const d = deltaE(labs[i] ?? [0, 0, 0], labs[j] ?? [0, 0, 0]);
      if (d < best.distance) best = { distance: d, a: colors[i] ?? '', b: colors[j] ?? '' };
    }
  }
  return best;
}

/** WCAG 2 contrast ratio of two hex colours, 1..21. */
export function contrastRatio(foreground: string, background: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = (parseHex(hex) ?? [0, 0, 0]).map(toLinear) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(foreground), lum(background)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
