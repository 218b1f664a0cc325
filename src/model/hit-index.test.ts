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

  it('finds a long span far from its start', () => {
    expect(findHit(targets, 0, 4, 170, 5, 180, 22, 2)).toBe(1);
  });

  it('returns -1 when nothing is within reach', () => {
    expect(findHit(targets, 0, 4, 170, 5, 250, 20, 2)).toBe(-1);
    expect(findHit(targets, 0, 4, 170, 5, 11, 60, 2)).toBe(-1);
  });
});
