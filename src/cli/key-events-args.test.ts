import { describe, expect, it } from 'vitest';
import { parseKeyEventsArgs } from './key-events-args';

describe('parseKeyEventsArgs', () => {
  it('reads the file, the count and an optional range', () => {
    expect(parseKeyEventsArgs(['data/events.csv', '--dates', '20', '--from', '2022-05-01'])).toEqual({
      ok: true,
      value: { file: 'data/events.csv', count: 20, from: '2022-05-01', help: false },
    });
  });

  it.each([
    [['data/events.csv'], /^--dates: missing/],
    [['data/events.csv', '--dates', '0'], /^--dates: "0" is not a whole number from 1$/],
    [['data/events.csv', '--dates', '2.5'], /^--dates: "2\.5"/],
    [
      ['data/events.csv', '--dates', '5', '--to', '2022-02-30'],
      /^--to: "2022-02-30" is not a YYYY-MM-DD day$/,
    ],
    [['data/events.csv', '--dates', '5', '--from', '2022-06-01', '--to', '2022-05-01'], /is after --to/],
    [['data/events.csv', '--date', '5'], /^Unknown option '--date'; usage:/],
    [['a.csv', 'b.csv', '--dates', '5'], /^expected one events CSV file, got 2/],
  ])('refuses %j with one line naming the argument', (argv, message) => {
    const result = parseKeyEventsArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toMatch(/\n/);
    }
  });
});
