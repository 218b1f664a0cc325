import { describe, expect, it } from 'vitest';
import { rowExtent, worthRefit } from './row-extent';

const table = { startMs: [10, 20, 30, 40], endMs: [15, 90, 35, 45] };

describe('rowExtent', () => {
  it('spans the earliest start to the latest end of the given rows only', () => {
    expect(rowExtent(table, [0, 2])).toEqual([10, 35]);
    expect(rowExtent(table, new Uint32Array([1, 3]))).toEqual([20, 90]);
  });
  it('is null for no rows', () => {
    expect(rowExtent(table, [])).toBeNull();
  });
});

describe('worthRefit', () => {
  it('offers a refit when the rows fill much less than the view or sit off-centre', () => {
    expect(worthRefit([0, 100], [0, 50])).toBe(true);
    expect(worthRefit([0, 100], [10, 100])).toBe(true);
  });
  it('does not offer one when the view already fits', () => {
    expect(worthRefit([0, 100], [1, 99])).toBe(false);
  });
});
