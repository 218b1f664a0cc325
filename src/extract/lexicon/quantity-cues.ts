/**
 * Words that may stand capitalised right before a count without naming anything: a sentence opener
 * ("Over 2,000 people", "In 12 cases"), a month or weekday ("May 8"), a currency code ("EUR 500
 * million"). After any other capitalised word a bare number belongs to a name: "FTSE 100", "Chapter 11",
 * "Boeing 737", "Section 232".
 */
export const WORDS_BEFORE_COUNTS: ReadonlySet<string> = new Set(
  (
    'in on at over about some nearly almost around by of for with from since after before until among between ' +
    'only just all another exactly roughly approximately than under below above up and or but when while as ' +
    'the a those these its their his her our were was are is to per each every no total today yesterday ' +
    'more less fewer least most also then there here than if though although because during within across ' +
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august ' +
    'september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday ' +
    'friday saturday sunday ' +
    'usd eur gbp jpy cny rmb chf cad aud nzd inr rs rp sek nok dkk krw hkd sgd brl mxn zar rub try uah'
  ).split(' '),
);
