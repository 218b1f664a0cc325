import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1aPair } from './hash';
import { eventId } from './event-id';

describe('event id hashing', () => {
  it('fnv1aPair is the hash of the text followed by the hash of the text behind \\u0001', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(fnv1aPair(text)).toBe(fnv1a(text) + fnv1a(`\u0001${text}`));
      }),
    );
  });

  it('keeps the ids of earlier runs, so overrides keep matching', () => {
    // Written by the first, two-pass implementation; a change here orphans every override.
    expect(
      eventId(
        '000_040ac2f8be739e6e#2',
        'Russian Foreign Minister Sergei Lavrov met his North Korean counterpart Choe Son-hui in Wonsan on Saturday.',
        'meeting',
      ),
    ).toBe('ev-c9179c8e03c45137');
    expect(eventId('seed#1', '“We will not accept it,” he said.', 'statement')).toBe('ev-a4ccbd2b7a3d39d2');
  });
});
