import { describe, expect, it } from 'vitest';
import { findTriggers } from './event-types';
import { factualityAt } from './factuality';

function first(sentence: string, type: string): { factuality: string; text: string } {
  const t = findTriggers(sentence).find((x) => x.type === type);
  if (!t) throw new Error(`no ${type} trigger`);
  return { factuality: factualityAt(sentence, t.start), text: t.text };
}

describe('triggers and factuality', () => {
  it('reads a denied or not-yet event as negated', () => {
    expect(
      first('North Korea hasn’t yet conducted its widely expected nuclear test.', 'nuclear-test').factuality,
    ).toBe('negated');
    expect(first('Ukraine did not agree to the latest truce.', 'agreement').factuality).toBe('negated');
  });

  it('reads scheduled events as planned and hedged ones as possible', () => {
    expect(
      first('The drills are set to begin next month in the Yellow Sea.', 'military-exercise').factuality,
    ).toBe('planned');
    expect(first('Modi will meet Xi in Kazan on Wednesday.', 'meeting').factuality).toBe('planned');
    expect(first('Iran may be preparing to deploy more drones to the region.', 'deployment').factuality).toBe(
      'possible',
    );
  });

  it('keeps an event after a hedged clause asserted', () => {
    expect(
      first('Officials could not confirm the report, but Hamas fired rockets at Ashkelon.', 'missile-test')
        .factuality,
    ).toBe('asserted');
  });

  it('prefers the more specific trigger where two overlap', () => {
    expect(first('Pakistan test-fired a cruise missile on Monday.', 'missile-test').text).toBe(
      'test-fired a cruise missile',
    );
    expect(findTriggers('exercises of its sovereign right').map((t) => t.type)).toEqual([]);
  });

  it('finds triggers whose stems share letters or sit inside each other', () => {
    expect(
      findTriggers('Seoul warned of war games after Pyongyang test-fired missiles and sanctioned firms.').map(
        (t) => [t.type, t.text],
      ),
    ).toEqual([
      ['statement', 'warned'],
      ['military-exercise', 'war games'],
      ['missile-test', 'test-fired missiles'],
      ['sanctions', 'sanctioned'],
    ]);
  });

  it('reads a launch with a qualified count as a missile test, but not a drone raid with missiles in tow', () => {
    expect(
      findTriggers('Iran fired more than 1,200 ballistic missiles at Israel in June.').map((t) => t.type),
    ).toContain('missile-test');
    expect(
      findTriggers('Russia launched 112 drones and three ballistic missiles at Ukraine overnight.').map(
        (t) => t.type,
      ),
    ).not.toContain('missile-test');
  });
});
