import { describe, expect, it } from 'vitest';
import { ellipsize, laneGutterWidth } from './lane-labels';

// A monospace stand-in for canvas measurement: 8 px per character whatever the font.
const mono = (_font: string, text: string) => Array.from(text).length * 8;

describe('lane labels', () => {
  it('keeps a name that fits and cuts a long one with an ellipsis inside the room given', () => {
    expect(ellipsize('Iran', 100, '', mono)).toBe('Iran');
    const cut = ellipsize('Shanghai Cooperation Organisation', 100, '', mono);
    expect(cut).toBe('Shanghai Co…');
    expect(mono('', cut)).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never leaves a space before the ellipsis', () => {
    expect(ellipsize('United Nations', 64, '', mono)).toBe('United…');
  });

  it('widens the gutter to the longest name and count, within its limits', () => {
    const short = [{ label: 'Iran', count: 158 }];
    const long = [...short, { label: 'European Union', count: 1749 }];
    const huge = [{ label: 'Shanghai Cooperation Organisation Secretariat', count: 12 }];
    expect(laneGutterWidth(short, 1200, mono)).toBe(150);
    // 18 + 14 * 8 + 10 + 4 * 8 + 8 = 180.
    expect(laneGutterWidth(long, 1200, mono)).toBe(180);
    expect(laneGutterWidth(huge, 1200, mono)).toBe(260);
    expect(laneGutterWidth(huge, 1000, mono)).toBe(240);
    expect(laneGutterWidth(huge, 650, mono)).toBe(150);
    expect(laneGutterWidth(huge, 400, mono)).toBe(110);
  });
});
