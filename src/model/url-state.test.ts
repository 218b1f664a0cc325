import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventType } from './event-record';
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import { KEY_EVENT_COUNTS } from './key-event-rows';
import type { UrlState } from './url-state';
import { decodeUrlState, EMPTY_URL_STATE, encodeUrlState } from './url-state';

const MINUTE = 60_000;
const id = fc.string({ minLength: 0, maxLength: 12 });
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const urlState: fc.Arbitrary<UrlState> = fc.record({
  domain: fc.option(
    fc
      .tuple(fc.integer({ min: -10_000_000, max: 100_000_000 }), fc.integer({ min: 1, max: 10_000_000 }))
      .map(([start, width]) => [start * MINUTE, (start + width) * MINUTE] as const),
    { nil: null },
  ),
  hiddenActors: fc.array(id, { maxLength: 4 }),
  hiddenTypes: subset(EVENT_TYPES),
  hiddenFactualities: subset(FACTUALITIES),
  search: fc.string({ maxLength: 30 }),
  selectedId: fc.option(id, { nil: null }),
  laneOrder: fc.array(id, { maxLength: 4 }),
  laneBy: fc.constantFrom('actor', 'agent'),
  keyEvents: fc.option(fc.constantFrom(...KEY_EVENT_COUNTS), { nil: null }),
  compressGaps: fc.boolean(),
});

describe('URL state', () => {
  it('round-trips any state whose range is in whole minutes', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes whole days as YYYY-MM-DD with an inclusive end day', () => {
    const hash = encodeUrlState({
      domain: [Date.UTC(2022, 0, 1), Date.UTC(2025, 7, 1)],
      hiddenActors: ['russia', 'china'],
      hiddenTypes: [],
      hiddenFactualities: [],
      search: 'missile test',
      selectedId: 'a#1',
      laneOrder: [],
      laneBy: 'actor',
      keyEvents: null,
      compressGaps: true,
    });
    expect(hash).toBe('from=2022-01-01&to=2025-07-31&hide=russia,china&q=missile%20test&sel=a%231');
  });

  it('writes types as the shorter of the shown and hidden lists, a whole family by its name', () => {
    const types = (hiddenTypes: EventType[]) =>
      encodeUrlState({ ...EMPTY_URL_STATE, hiddenTypes }).replace(/^(hide)?types=/, '$1: ');
    // Showing two types: the shown list.
    const shown: EventType[] = ['missile-test', 'sanctions'];
    expect(types(EVENT_TYPES.filter((t) => !shown.includes(t)))).toBe(': sanctions,missile-test');
    // Hiding one: the hidden list, which an older link never had and still reads.
    expect(types(['statement'])).toBe('hide: statement');
    // Hiding every justice type and one business type.
    expect(types(['arrest', 'charge', 'lawsuit', 'trial', 'verdict', 'investigation', 'bankruptcy'])).toBe(
      'hide: justice,bankruptcy',
    );
    // 'other' and 'disaster' are both a family and a type: never abbreviated.
    expect(types(['sports-result', 'other', 'disaster'])).toBe('hide: disaster,sports-result,other');
    expect(decodeUrlState('#hidetypes=justice,verdict,nonsense').hiddenTypes).toEqual(
      EVENT_TYPES.filter((t) =>
        ['arrest', 'charge', 'lawsuit', 'trial', 'verdict', 'investigation'].includes(t),
      ),
    );
  });

  it('reads a link written with the thirteen original types as showing only those listed', () => {
    const s = decodeUrlState('#types=missile-test,military-exercise,sanctions');
    expect(EVENT_TYPES.filter((t) => !s.hiddenTypes.includes(t))).toEqual([
      'sanctions',
      'missile-test',
      'military-exercise',
    ]);
  });

  it('writes lanes by agent as lanes=agent and leaves the default out', () => {
    expect(encodeUrlState({ ...EMPTY_URL_STATE, laneBy: 'agent' })).toBe('lanes=agent');
    expect(encodeUrlState(EMPTY_URL_STATE)).toBe('');
    expect(decodeUrlState('#lanes=agent').laneBy).toBe('agent');
    expect(decodeUrlState('#lanes=planets').laneBy).toBe('actor');
  });

  it('writes Key events as key=10|20|40|all, leaves it out when off and reads anything else as off', () => {
    expect(encodeUrlState({ ...EMPTY_URL_STATE, keyEvents: 20 })).toBe('key=20');
    expect(encodeUrlState({ ...EMPTY_URL_STATE, keyEvents: 'all' })).toBe('key=all');
    expect(encodeUrlState({ ...EMPTY_URL_STATE, keyEvents: null })).toBe('');
    expect(decodeUrlState('#from=2022-01-01&to=2022-12-31&key=40').keyEvents).toBe(40);
    expect(decodeUrlState('#key=all').keyEvents).toBe('all');
    for (const bad of ['#key=15', '#key=', '#key=ALL', '#key=20x', '#lanes=agent'])
      expect(decodeUrlState(bad).keyEvents).toBeNull();
  });

  it('never throws on a malformed hash and ignores what it cannot read', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (hash) => {
        expect(() => decodeUrlState(hash)).not.toThrow();
      }),
    );
    const s = decodeUrlState('#from=2022-02-30&to=banana&q=%E0%A4%A&hide=a,,b');
    expect(s.domain).toBeNull();
    expect(s.search).toBe('%E0%A4%A');
    expect(s.hiddenActors).toEqual(['a', '', 'b']);
  });
});
