import { describe, expect, it } from 'vitest';
import type { SentenceAnalysis } from '../analysis';
import { isCandidate, selectPredicates } from './selection';
import {
  analyseSentence,
  anchorAt,
  handBuiltDate,
  handBuiltEntity,
  handBuiltPredicate,
  handBuiltSentence,
} from './test-analysis';

const PUBLISHED = '2024-03-08';

/** The head words of the rows a sentence makes, in text order. */
function rows(s: SentenceAnalysis): string[] {
  return selectPredicates(s).map((p) => s.tokens[p.head]?.text ?? '?');
}

describe('selection on hand-built sentences', () => {
  it('makes one row per date: of two predicates on one day, the typed main-clause one speaks', () => {
    const s = handBuiltSentence(
      'Biden/PROPN met/VERB/meet Xi/PROPN on/ADP Wednesday/PROPN ,/PUNCT when/SCONJ they/PRON discussed/VERB/discuss trade/NOUN ./PUNCT',
    );
    const wednesday = anchorAt(handBuiltDate(s, 'Wednesday', 'Wednesday', { first: '2024-03-06' }));
    handBuiltPredicate(s, 'met', { type: 'meeting', time: wednesday });
    handBuiltPredicate(s, 'discussed', { subordinator: 'when', time: wednesday });
    expect(rows(s)).toEqual(['met']);
  });

  it('makes one row for each date in text order', () => {
    const s = handBuiltSentence(
      'Toyota/PROPN recalled/VERB/recall cars/NOUN on/ADP Monday/PROPN and/CCONJ apologized/VERB/apologize on/ADP Tuesday/PROPN ./PUNCT',
    );
    handBuiltPredicate(s, 'apologized', {
      type: 'statement',
      time: anchorAt(handBuiltDate(s, 'Tuesday', 'Tuesday', { first: '2024-03-05' })),
    });
    handBuiltPredicate(s, 'recalled', {
      time: anchorAt(handBuiltDate(s, 'Monday', 'Monday', { first: '2024-03-04' })),
    });
    expect(rows(s)).toEqual(['recalled', 'apologized']);
  });

  it('never selects a state, even with a date: "this year the phone comes in two colors"', () => {
    const s = handBuiltSentence(
      'This/DET year/NOUN the/DET phone/NOUN comes/VERB/come in/ADP two/NUM colors/NOUN ./PUNCT',
    );
    const year = handBuiltDate(s, 'This', 'year', {
      first: '2024-01-01',
      last: '2024-12-31',
      precision: 'year',
    });
    const comes = handBuiltPredicate(s, 'comes', { tense: 'present', time: anchorAt(year) });
    expect(isCandidate(s, comes)).toBe(false);
    expect(rows(s)).toEqual([]);
  });

  it('never selects a predicate without a date', () => {
    const s = handBuiltSentence('The/DET union/NOUN rejected/VERB/reject the/DET offer/NOUN ./PUNCT');
    handBuiltPredicate(s, 'rejected', { type: 'statement' });
    expect(rows(s)).toEqual([]);
  });

  it('makes no row for a news outlet\'s attribution: "..., Reuters reported"', () => {
    const s = handBuiltSentence(
      'The/DET talks/NOUN collapsed/VERB/collapse ,/PUNCT Reuters/PROPN reported/VERB/report ./PUNCT',
    );
    const reuters = handBuiltEntity(s, 'Reuters', 'Reuters');
    const reported = handBuiltPredicate(s, 'reported', {
      type: 'statement',
      reporting: true,
      agent: reuters,
      agentBasis: 'subject',
      time: anchorAt(PUBLISHED),
    });
    expect(isCandidate(s, reported)).toBe(false);
    expect(rows(s)).toEqual([]);
  });

  it('keeps the same report when a ministry, not a news outlet, said it', () => {
    const s = handBuiltSentence(
      'The/DET talks/NOUN collapsed/VERB/collapse ,/PUNCT the/DET Foreign/PROPN Ministry/PROPN said/VERB/say ./PUNCT',
    );
    const ministry = handBuiltEntity(s, 'Foreign', 'Ministry');
    handBuiltPredicate(s, 'said', {
      type: 'statement',
      reporting: true,
      agent: ministry,
      agentBasis: 'subject',
      time: anchorAt(PUBLISHED),
    });
    expect(rows(s)).toEqual(['said']);
  });

  it('makes no row for quoted words that are not a statement', () => {
    const s = handBuiltSentence(
      '“/PUNCT We/PRON will/AUX surrender/VERB/surrender next/ADJ week/NOUN ,/PUNCT ”/PUNCT he/PRON said/VERB/say ./PUNCT',
    );
    handBuiltPredicate(s, 'surrender', {
      quoted: true,
      tense: 'future',
      modal: 'will',
      time: anchorAt(
        handBuiltDate(s, 'next', 'week', { first: '2024-03-11', last: '2024-03-17', precision: 'week' }),
      ),
    });
    expect(rows(s)).toEqual([]);
  });

  it('makes no row for a ceasefire that was only called for', () => {
    const s = handBuiltSentence(
      'Protesters/NOUN called/VERB/call for/ADP a/DET ceasefire/NOUN on/ADP Sunday/PROPN ./PUNCT',
    );
    const ceasefire = handBuiltPredicate(s, 'ceasefire', {
      kind: 'noun',
      type: 'ceasefire',
      time: anchorAt(handBuiltDate(s, 'Sunday', 'Sunday', { first: '2024-03-03' })),
    });
    expect(isCandidate(s, ceasefire)).toBe(false);
  });
});

describe('selection after the whole pipeline', () => {
  it('a sentence attributed to a news agency gives a row for the event only', () => {
    const s = analyseSentence(
      "Kenya's parliament passed the finance bill on Tuesday, Reuters reported.",
      PUBLISHED,
    );
    expect(rows(s)).toEqual(['passed']);
    const ap = analyseSentence(
      "Kenya's parliament passed the finance bill on Tuesday, the Associated Press reported.",
      PUBLISHED,
    );
    expect(rows(ap)).toEqual(['passed']);
  });

  it('a state verb gives no row, while the dated event beside it does', () => {
    const s = analyseSentence('The new iPhone, unveiled on Tuesday, comes in two colors.', PUBLISHED);
    expect(rows(s)).toEqual(['unveiled']);
    expect(rows(analyseSentence('The tablet comes in two colors and costs $499.', PUBLISHED))).toEqual([]);
  });

  it('two events on two dates in one sentence give two rows', () => {
    const s = analyseSentence(
      'Toyota recalled 50,000 cars on Monday and said on Tuesday that more recalls could follow.',
      PUBLISHED,
    );
    expect(selectPredicates(s).map((p) => [s.tokens[p.head]?.text, p.time?.date.first])).toEqual([
      ['recalled', '2024-03-04'],
      ['said', '2024-03-05'],
    ]);
  });

  it('a quote gives a row for the statement, not for the quoted threat', () => {
    const s = analyseSentence('“We will never surrender,” the general said on Monday.', PUBLISHED);
    expect(rows(s)).toEqual(['said']);
  });
});
