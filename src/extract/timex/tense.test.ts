import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense';

function tenseOf(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return tenseAt(sentence, start, start + phrase.length);
}

describe('tenseAt', () => {
  it('reads past from a nearby past verb', () => {
    expect(tenseOf('North Korea fired missiles on Sunday.', 'Sunday')).toBe('past');
  });

  it('reads future from modals, plans and "to be" passives', () => {
    expect(tenseOf('The leaders will meet on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('He agreed to meet on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The winner will be announced on Tuesday.', 'Tuesday')).toBe('future');
  });

  it('reads "the plan" as a thing, but "its plans to" as a plan', () => {
    expect(tenseOf('The president announced the plan on March 1.', 'March 1')).not.toBe('future');
    expect(tenseOf('The retailer confirmed its plans to open a store on March 1.', 'March 1')).toBe('future');
  });

  it('treats a distant reporting verb as no cue but an adjacent one as past', () => {
    expect(tenseOf('Storms are possible Thursday night, forecasters said.', 'Thursday')).toBe('present');
    expect(tenseOf('The agency said Wednesday that cases fell.', 'Wednesday')).toBe('past');
  });

  it('lets a past verb right before the expression govern it over the clause after it', () => {
    expect(tenseOf('The union voted on Thursday to strike next month.', 'Thursday')).toBe('past');
    expect(tenseOf('The mayor announced on Monday she would run again.', 'Monday')).toBe('past');
    expect(tenseOf('The leaders will meet on Monday to sign the accord.', 'Monday')).toBe('future');
  });

  it('does not look past the end of the sentence', () => {
    expect(tenseOf('Talks continue Friday. Officials met yesterday.', 'Friday')).toBe('none');
    expect(tenseOf('Talks resume Friday. Officials met yesterday.', 'Friday')).toBe('present');
  });
});
