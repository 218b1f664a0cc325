import { describe, expect, it } from 'vitest';
import { parseOverrides } from './overrides';

describe('parseOverrides', () => {
  it.each([
    ['start', 'id,action,start\nnk-launch,edit,2022-02-30\n', 2],
    ['end', 'id,action,title,end\nnk-launch,drop,,\nnk-test,edit,A test,2022-13-01\n', 3],
    ['ref_date', 'id,action,ref_date\nnk-launch,edit,2021-02-29\n', 2],
  ])('refuses a day that does not exist in %s, naming file, line and field', (field, text, line) => {
    expect(parseOverrides(text, 'data/overrides.csv')).toEqual({
      ok: false,
      error: expect.stringMatching(
        new RegExp(`^data/overrides\\.csv line ${line}, field ${field}: ".*" is not a day of the calendar`),
      ) as unknown,
    });
  });

  it('accepts a leap day and leaves empty cells out', () => {
    expect(parseOverrides('id,action,start,end\nnk-launch,edit,2024-02-29,\n', 'overrides.csv')).toEqual({
      ok: true,
      value: [{ line: 2, id: 'nk-launch', action: 'edit', fields: { start: '2024-02-29' } }],
    });
  });
});
