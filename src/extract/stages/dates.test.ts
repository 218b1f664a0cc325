import { describe, expect, it } from 'vitest';
import type { SentenceAnalysis } from '../analysis';
import { analyse } from './test-analysis';

/** Published on a Wednesday, so "on Tuesday" is yesterday and "on Thursday" tomorrow. */
const PUBLISHED = '2024-11-06';

function datesOf(sentence: string, published = PUBLISHED): SentenceAnalysis['dates'] {
  const s = analyse(sentence, published, { through: 'dates' }).sentences[0];
  if (!s) throw new Error('no sentence');
  return s.dates;
}

function daysOf(sentence: string, published = PUBLISHED): [string, string, string][] {
  return datesOf(sentence, published).map((d) => [d.text, d.first, d.last]);
}

describe('dates stage', () => {
  it('drops "since 2019", which bounds a period rather than dating an event', () => {
    expect(daysOf('The plant has been closed since 2019.')).toEqual([]);
  });

  it('drops "until Nov. 9", which says when a state ends', () => {
    expect(daysOf('Early voting runs until Nov. 9 in Georgia.')).toEqual([]);
  });

  it('keeps the day of the ruling and drops the day the ban runs until', () => {
    expect(daysOf('The court on Tuesday extended the ban until Nov. 9.')).toEqual([
      ['Tuesday', '2024-11-05', '2024-11-05'],
    ]);
  });

  it('drops a deadline after "by" and keeps the day it was announced', () => {
    expect(daysOf('Applications must be filed by Dec. 1, the agency said on Monday.')).toEqual([
      ['Monday', '2024-11-04', '2024-11-04'],
    ]);
  });

  it('drops "the first title since 1988" and "before 2020"', () => {
    expect(daysOf("It was the team's first title since 1988.")).toEqual([]);
    expect(daysOf('The company had been profitable before 2020.')).toEqual([]);
  });

  it('gives offsets into the sentence, not the article', () => {
    const doc = analyse(
      'The storm made landfall on Monday. Power was restored to most homes on Wednesday.',
      PUBLISHED,
      { through: 'dates' },
    );
    const second = doc.sentences[1];
    const d = second?.dates[0];
    expect(d?.text).toBe('Wednesday');
    expect(second?.text.slice(d?.start, d?.end)).toBe('Wednesday');
  });

  it('merges a range into one date', () => {
    expect(daysOf('The strike lasted from March 3 to March 10.')).toEqual([
      ['March 3 to March 10', '2024-03-03', '2024-03-10'],
    ]);
  });

  it("uses a wire dateline's date only when the sentence names no date of its own", () => {
    const bare = datesOf("NAIROBI, Kenya, Nov. 5 (Reuters) - Kenya's parliament passed the finance bill.");
    expect(bare.map((d) => [d.first, d.basis])).toEqual([['2024-11-05', 'dateline']]);
    const dated = datesOf(
      "NAIROBI, Kenya, Nov. 5 (Reuters) - Kenya's parliament passed the finance bill on Monday.",
    );
    expect(dated.map((d) => [d.text, d.first, d.basis])).toEqual([['Monday', '2024-11-04', undefined]]);
  });

  it('reads a bare weekday with "will" as the coming one', () => {
    expect(daysOf('The league will hold its draft on Thursday.')).toEqual([
      ['Thursday', '2024-11-07', '2024-11-07'],
    ]);
  });

  // The verb right before the date governs it, not the "would cut" of the reported clause.
  it('reads "said on Tuesday" as the Tuesday before publication even when the report is about the future', () => {
    expect(daysOf('Boeing said on Tuesday it would cut 2,000 jobs.')).toEqual([
      ['Tuesday', '2024-11-05', '2024-11-05'],
    ]);
  });

  // "decided on Wednesday to hold": the infinitive after the date is another event's tense.
  it('reads a weekday after a past-tense verb as the one before publication', () => {
    expect(daysOf('The Federal Reserve decided on Wednesday to hold rates steady.', '2024-03-08')).toEqual([
      ['Wednesday', '2024-03-06', '2024-03-06'],
    ]);
  });

  it('drops dates a figure is compared with: "higher than in the 2023 election", "54 points from March 12"', () => {
    expect(daysOf('Turnout was 63%, slightly higher than in the 2023 election.')).toEqual([]);
    expect(daysOf('The index finished on 7223.98, an increase of 54 points from March 12 2009.')).toEqual([]);
  });

  it('drops "since the September 11, 2001, attacks"', () => {
    expect(daysOf('It was the biggest fall since the September 11, 2001, terrorist attacks.')).toEqual([]);
  });

  it('drops "the day after" when it is counted from something named next: "late in the day after falling"', () => {
    expect(daysOf('The Dow rebounded late in the day after falling more than 250 points.')).toEqual([]);
  });
});
