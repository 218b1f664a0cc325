import { describe, expect, it } from 'vitest';
import { findHit } from './hit-index';

const targets = [
  { x0: 10, x1: 10, y: 20, r: 5 },
  { x0: 30, x1: 200, y: 20, r: 5 },
  { x0: 100, x1: 100, y: 20, r: 5 },
  { x0: 104, x1: 104, y: 40, r: 5 },
];

describe('hit index', () => {
  it('finds the point under the pointer', () => {
    expect(findHit(targets, 0, 4, 170, 5, 11, 21, 2)).toBe(0);
  });

  it('prefers a point to the span it sits on', () => {
    expect(findHit(targets, 0, 4, 170, 5, 100, 20, 2)).toBe(2);
  });

  it('gives a point 3 px off its centre the hit over a span bar right under the pointer', () => {
    // A one-day mark sitting on a half-year bar one sub-row (6 px) below it, as in a lane of both.
    const lane = [
      { x0: 40, x1: 400, y: 26, r: 3.5 },
      { x0: 120, x1: 120, y: 20, r: 5 },
    ];
    for (const [dx, dy] of [
      [0, 0],
      [3, 0],
      [-3, 0],
      [0, 3],
      [0, -3],
      [3, 3],
      [-3, 5],
    ] as const) {
      expect(findHit(lane, 0, 2, 360, 5, 120 + dx, 20 + dy, 4), `${dx},${dy}`).toBe(1);
    }
    expect(findHit(lane, 0, 2, 360, 5, 140, 26, 4)).toBe(0);
  });

  it('among points, takes the one whose shape holds the pointer over a nearer centre outside', () => {
    const pair = [
      { x0: 100, x1: 100, y: 20, r: 9 },
      { x0: 112, x1: 112, y: 20, r: 3 },
    ];
    expect(findHit(pair, 0, 2, 0, 9, 107, 20, 4)).toBe(0);
    expect(findHit(pair, 0, 2, 0, 9, 111, 20, 4)).toBe(1);
  });

  it('finds a long span far from its start', () => {
    expect(findHit(targets, 0, 4, 170, 5, 180, 22, 2)).toBe(1);
  });

  it('returns -1 when nothing is within reach', () => {
    expect(findHit(targets, 0, 4, 170, 5, 250, 20, 2)).toBe(-1);
    expect(findHit(targets, 0, 4, 170, 5, 11, 60, 2)).toBe(-1);
  });
});
