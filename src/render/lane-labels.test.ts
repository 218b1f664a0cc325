import { describe, expect, it } from 'vitest';
import { laneGutterWidth } from './lane-labels';

// A monospace stand-in for canvas measurement: 8 px per character whatever the font.
const mono = (_font: string, text: string) => Array.from(text).length * 8;

describe('lane labels', () => {
  it('widens the gutter to the longest name and count, within its limits', () => {
    const short = [{ label: 'Iran', count: 158 }];
    const long = [...short, { label: 'European Union', count: 1749 }];
    const huge = [{ label: 'Shanghai Cooperation Organisation Secretariat', count: 12 }];
    expect(laneGutterWidth(short, 1200, mono)).toBe(150);
    // 18 + 14 * 8 + 10 + 4 * 8 + 8 = 180.
    expect(laneGutterWidth(long, 1200, mono)).toBe(180);
    expect(laneGutterWidth(huge, 1200, mono)).toBe(260);
    expect(laneGutterWidth(huge, 1000, mono)).toBe(240);
    // Narrow charts count it as "SCOS" and give the plot the width.
    expect(laneGutterWidth(huge, 650, mono)).toBe(110);
    expect(laneGutterWidth(huge, 400, mono)).toBe(110);
  });

  it('on a narrow chart counts names at their shortest form, so a one-word name fits whole', () => {
    // 18 + "Politburo" 9 * 8 + 10 + 8 + 8 = 116; "Shanghai Cooperation Organisation" counts as "SCO".
    const lanes = [
      { label: 'Politburo', count: 1 },
      { label: 'Shanghai Cooperation Organisation', count: 1 },
    ];
    // A phone's 384 px chart allows 0.3 of it, 115 px.
    expect(laneGutterWidth(lanes, 384, mono)).toBe(115);
    expect(laneGutterWidth(lanes, 560, mono)).toBe(120);
  });
});
