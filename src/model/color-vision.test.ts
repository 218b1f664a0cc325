import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorsFile } from './actor';
import { closestPair, contrastRatio, DEFICIENCIES, deltaE, parseHex, simulate, toLab } from './color-vision';
import { DARK_THEME, FALLBACK_COLOR_COUNT, fallbackColor, LIGHT_THEME, UNKNOWN_LANE_COLOR } from './palette';

const VISIONS = [undefined, ...DEFICIENCIES] as const;
const fallback = Array.from({ length: FALLBACK_COLOR_COUNT }, (_, i) => fallbackColor(i));
const actorsFile = JSON.parse(readFileSync('data/actors.json', 'utf8')) as ActorsFile;

/** Closest pair per kind of vision, printed so a palette change shows its numbers in the test log. */
function report(name: string, colors: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of VISIONS) out[v ?? 'normal'] = Math.round(closestPair(colors, v).distance * 10) / 10;
  console.log(`${name} (${colors.length} colours), closest pair ΔE76:`, JSON.stringify(out));
  return out;
}

describe('colour-vision simulation', () => {
  it('leaves white, black and greys unchanged and folds red onto green for protanopes and deuteranopes', () => {
    for (const d of DEFICIENCIES) {
      for (const grey of ['#ffffff', '#000000', '#808080']) {
        const rgb = parseHex(grey) ?? [0, 0, 0];
        expect(deltaE(toLab(simulate(rgb, d)), toLab(rgb))).toBeLessThan(1.5);
      }
    }
    const red = parseHex('#d62728') ?? [0, 0, 0];
    const green = parseHex('#2ca02c') ?? [0, 0, 0];
    const normal = deltaE(toLab(red), toLab(green));
    expect(deltaE(toLab(simulate(red, 'deuteranopia')), toLab(simulate(green, 'deuteranopia')))).toBeLessThan(
      normal / 2,
    );
  });

  it('measures WCAG contrast: black on white is 21, white on white is 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
});

describe('lane colours', () => {
  it('keeps every pair of fallback colours at least 15 ΔE apart under each deficiency, and 8 from the unknown-actor grey', () => {
    const numbers = report('fallback palette', fallback);
    for (const v of VISIONS) expect(numbers[v ?? 'normal']).toBeGreaterThanOrEqual(15);
    const withGrey = report('fallback palette + unknown grey', [...fallback, UNKNOWN_LANE_COLOR]);
    // Okabe-Ito's pink is closest to the grey for deuteranopes (9.0); the unknown lane is labelled as well.
    for (const v of VISIONS) expect(withGrey[v ?? 'normal']).toBeGreaterThanOrEqual(8);
  });

  it('keeps the first six actors.json colours at least 10 ΔE apart under each deficiency', () => {
    const colors = actorsFile.actors.map((a) => a.color);
    const six = report('actors.json first 6', colors.slice(0, 6));
    for (const v of VISIONS) expect(six[v ?? 'normal']).toBeGreaterThanOrEqual(10);
    // Reported, not asserted: 44 hand-picked colours cannot all stay apart, and lanes carry labels anyway.
    report('actors.json first 8', colors.slice(0, 8));
    report(`actors.json all`, colors);
  });
});

describe('theme contrast', () => {
  it('meets WCAG AA (4.5:1) for text, muted text and cluster counts in both themes', () => {
    for (const t of [LIGHT_THEME, DARK_THEME]) {
      for (const bg of [t.background, t.laneStripe]) {
        expect(contrastRatio(t.text, bg), `${t.name} text`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(t.mutedText, bg), `${t.name} muted text`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(t.clusterText, t.clusterFill), `${t.name} cluster badge`).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(contrastRatio(t.selection, t.background), `${t.name} selection ring`).toBeGreaterThanOrEqual(3);
    }
  });
});
