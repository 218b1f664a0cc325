import { describe, expect, it } from 'vitest';
import { tagTimex } from './index';
import { isSentenceBreak, tenseAt } from './tense';

/** [text, type, value] triples, for compact expectations. */
function tag(text: string, dct: string): [string, string, string][] {
  return tagTimex(text, { dct }).map((t) => [t.text, t.type, t.value]);
}

function valueOf(text: string, phrase: string, dct: string): string | undefined {
  return tagTimex(text, { dct }).find((t) => t.text === phrase)?.value;
}

// Thursday 2 November 1989: the shape of a Wall Street Journal earnings day.
const WSJ_DCT = '1989-11-02';

describe('sentence breaks in wire copy', () => {
  it('does not end a sentence at a decimal point, an abbreviation or an initial', () => {
    const text = 'Its shares closed at $23.50 on the Big Board. Mr. Lutz met U.S. officials Jan. 6.';
    expect(isSentenceBreak(text, text.indexOf('.50'))).toBe(false);
    expect(isSentenceBreak(text, text.indexOf('Mr.') + 2)).toBe(false);
    expect(isSentenceBreak(text, text.indexOf('U.S.') + 3)).toBe(false);
    expect(isSentenceBreak(text, text.indexOf('Jan.') + 3)).toBe(false);
    expect(isSentenceBreak(text, text.indexOf('Board.') + 5)).toBe(true);
  });

  it('still ends a sentence after a year or a decade', () => {
    const text = 'Sales peaked in the 1970s. The plant reopens in April.';
    expect(isSentenceBreak(text, text.indexOf('1970s.') + 5)).toBe(true);
  });

  it('finds the verb on the far side of a price', () => {
    expect(valueOf('Its shares closed at $23.50 on the Big Board Friday.', 'Friday', WSJ_DCT)).toBe(
      '1989-10-27',
    );
  });
});

describe('tense cues in news sentences', () => {
  it('lets a reporting verb date the expression across "in a statement"', () => {
    const text =
      'Sales in the fourth quarter are expected to be flat, the company said in a statement late Tuesday.';
    expect(valueOf(text, 'late Tuesday', WSJ_DCT)).toBe('1989-10-31');
  });

  it('keeps a passive future reporting verb future', () => {
    const text = 'The winner will be announced on Tuesday.';
    const start = text.indexOf('Tuesday');
    expect(tenseAt(text, start, start + 7)).toBe('future');
  });

  it('reads a plan stated in the past tense as past', () => {
    expect(valueOf('The ferry was due in Dhaka Sunday morning.', 'Sunday morning', '1997-10-13')).toBe(
      '1997-10-12TMO',
    );
  });

  it('takes the past weekday in a reporting sentence with no other cue', () => {
    expect(valueOf('Stocks on the Big Board Friday, traders said, were mixed.', 'Friday', WSJ_DCT)).toBe(
      '1989-10-27',
    );
  });

  it('takes the nearer weekday for a sports fixture in the present tense', () => {
    expect(valueOf('England plays the United States on Friday.', 'Friday', '2022-11-23')).toBe('2022-11-25');
  });

  it('never puts "since Sunday" after the DCT and lets "through Friday" look ahead', () => {
    const text =
      'A heat wave that has gripped the Midwest since Sunday is expected to ease. ' +
      'The weather service issued heat advisories through 8 p.m. Friday.';
    expect(valueOf(text, 'Sunday', '2022-06-23')).toBe('2022-06-19');
    expect(valueOf(text, '8 p.m. Friday', '2022-06-23')).toBe('2022-06-24T20:00');
  });

  it('does not read a negated perfect as past', () => {
    const text =
      'The US and South Korean militaries haven’t officially announced details about their summertime drills.';
    expect(valueOf(text, 'summertime', '2022-05-21')).toBe('2022-SU');
  });

  it('keeps a past-perfect date in the past', () => {
    const text =
      'Peskov restated concerns that Putin had made public as far back as March 13 and set out in a phone call with Trump on March 18.';
    expect(valueOf(text, 'March 18', '2025-05-10')).toBe('2025-03-18');
  });

  it('ignores "Super Tuesday" as a weekday', () => {
    expect(tag('States that will vote on Super Tuesday moved their primaries.', '2019-05-16')).toEqual([]);
  });
});

describe('months without a year', () => {
  it('keeps a data month just before the DCT in the past even before a future verb', () => {
    expect(valueOf('The figures for September will be released Nov. 30.', 'September', WSJ_DCT)).toBe(
      '1989-09',
    );
  });

  it('sends a month after a future verb forward', () => {
    expect(valueOf('The company will close the plant in September.', 'September', WSJ_DCT)).toBe('1990-09');
  });

  it('takes the closest occurrence when no verb gives a direction', () => {
    expect(valueOf('Futures expiring in December rose 6.85 points.', 'December', '1989-10-20')).toBe(
      '1989-12',
    );
  });

  it('takes the year of an explicit year earlier in the sentence', () => {
    expect(
      valueOf('In 1996, the budget was 104 days late, passing in mid-July.', 'mid-July', '1998-03-05'),
    ).toBe('1996-07');
  });

  it('keeps the DCT year for a present-tense plan', () => {
    const text = 'The Governor, who is seeking a second term in November, has proposed cutting income taxes.';
    expect(valueOf(text, 'November', '1998-03-05')).toBe('1998-11');
  });
});

describe('earnings comparisons', () => {
  it('reads "a year earlier" after "the year-earlier period" as the same year-ago quarter', () => {
    const text =
      'Its third-quarter net income fell 42% from the year-earlier period. Revenue slipped 3% from a year earlier.';
    expect(tag(text, WSJ_DCT)).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
      ['the year-earlier period', 'DATE', '1988-Q3'],
      ['a year earlier', 'DATE', '1988-Q3'],
    ]);
  });

  it('compares "a year earlier" said of a month with the same month', () => {
    expect(
      valueOf('Sales in October were 5.2% higher than a year earlier.', 'a year earlier', '1989-11-16'),
    ).toBe('1988-10');
  });

  it('resolves "the quarter" and "the same period last year" to the quarter being reported', () => {
    const text =
      'Revenue for the second quarter, which ended June 30, rose 5% from the same period last year. ' +
      'The company spent heavily on marketing during the quarter and expects a loss in the third quarter.';
    expect(tag(text, '2016-07-27')).toEqual([
      ['the second quarter', 'DATE', '2016-Q2'],
      ['June 30', 'DATE', '2016-06-30'],
      ['the same period last year', 'DATE', '2015-Q2'],
      ['the quarter', 'DATE', '2016-Q2'],
      ['the third quarter', 'DATE', '2016-Q3'],
    ]);
  });

  it('tags "the nine months" with its article, a month span quarter and "quarterly"', () => {
    const text =
      'For the nine months, profit rose. Prices rose in the July-September period. The board declared a quarterly dividend.';
    expect(tag(text, WSJ_DCT)).toEqual([
      ['the nine months', 'DURATION', 'P9M'],
      ['the July-September period', 'DATE', '1989-Q3'],
      ['quarterly', 'SET', 'P3M'],
    ]);
  });

  it('leaves the article of an adjectival duration outside the extent', () => {
    expect(tag('The 41-year-old actor spent the three-week trial in Rome.', '2022-06-08')).toEqual([
      ['41-year-old', 'DURATION', 'P41Y'],
      ['three-week', 'DURATION', 'P3W'],
    ]);
  });
});

describe('tense and anchoring in modern wire copy', () => {
  it('dates the telling, not the reported clause, when a weekday sits between "told X" and "that"', () => {
    const text =
      'Netanyahu told families of hostages on Monday that Israel would not withdraw its troops from the border.';
    expect(valueOf(text, 'Monday', '2024-08-22')).toBe('2024-08-19');
  });

  it('reads "could last until" as a future verb, not as "last week"', () => {
    const text = 'The talks could last until the early hours of Friday morning.';
    expect(tag(text, '2024-02-14')).toEqual([['the early hours of Friday morning', 'TIME', '2024-02-16TMO']]);
  });

  it('lets an explicit "will" beat the nearer-day default of "through"', () => {
    const text = 'Negotiators arrived in Geneva for talks that will run through Tuesday.';
    expect(valueOf(text, 'Tuesday', '2024-02-14')).toBe('2024-02-20');
    expect(valueOf('Shops were shut through Tuesday.', 'Tuesday', '2024-02-14')).toBe('2024-02-13');
  });

  it('gives a clock time the day written next to it, not the last day the article named', () => {
    const text =
      'Talks could last until Friday morning. A spokesperson said on Wednesday morning at 9:45 a.m. that ' +
      'both sides had agreed to a news blackout. Talks resume at 2 p.m. on Thursday.';
    expect(valueOf(text, '9:45 a.m.', '2024-02-14')).toBe('2024-02-14T09:45');
    expect(valueOf(text, '2 p.m.', '2024-02-14')).toBe('2024-02-15T14:00');
  });

  it('reads "a year earlier" after "For the nine months" as the year before, not the quarter', () => {
    const text =
      'Third-quarter net income rose 12% to $45 million. For the nine months, net income rose 9% to ' +
      '$120 million from $110 million a year earlier.';
    expect(valueOf(text, 'a year earlier', WSJ_DCT)).toBe('1988');
  });

  it('tags a coming point "in two weeks" as a DATE at week grain, and a past span as a DURATION', () => {
    expect(tag('The union said members could strike again in two weeks.', '2024-02-14')).toContainEqual([
      'two weeks',
      'DATE',
      '2024-W09',
    ]);
    expect(tag('Tickets go on sale in three days.', '2024-02-14')).toContainEqual([
      'three days',
      'DATE',
      '2024-02-17',
    ]);
    expect(tag('The bridge was rebuilt in two weeks.', '2024-02-14')).toContainEqual([
      'two weeks',
      'DURATION',
      'P2W',
    ]);
    expect(tag('Prices are the highest in two decades.', '2024-02-14')).toContainEqual([
      'two decades',
      'DURATION',
      'P2DE',
    ]);
  });

  it('reads "each April" as a recurring month', () => {
    expect(tag('Ofcom will publish a report on compliance each April.', '2022-01-12')).toEqual([
      ['each April', 'SET', 'XXXX-04'],
    ]);
  });

  it('keeps a fixture preview in the coming days: "England play France on Saturday"', () => {
    expect(valueOf('England play France in Lyon on Saturday.', 'Saturday', '2024-03-14')).toBe('2024-03-16');
    expect(valueOf('The Games will open on Friday.', 'Friday', '2024-07-25')).toBe('2024-07-26');
  });
});

describe('parts of the day in wire copy', () => {
  it('dates an overnight strike to the night before the report', () => {
    const text = 'Russia launched 112 drones at Ukraine overnight, the air force said on Wednesday.';
    expect(valueOf(text, 'overnight', '2024-02-14')).toBe('2024-02-13TNI');
    expect(valueOf('Overnight, air strikes killed at least 20 people.', 'Overnight', '2024-08-22')).toBe(
      '2024-08-21TNI',
    );
  });

  it('dates a coming overnight to the night of the report', () => {
    expect(valueOf('Temperatures will fall below freezing overnight.', 'overnight', '2024-02-14')).toBe(
      '2024-02-14TNI',
    );
  });

  it('leaves "overnight" before a noun untagged', () => {
    expect(tag('The overnight rate rose and an overnight stay costs more.', '2024-02-14')).toEqual([]);
  });

  it('puts "in the afternoon" on the day last named', () => {
    const text =
      'The quake struck at 4:17am on Monday as people slept, followed by a second tremor in the afternoon.';
    expect(valueOf(text, 'the afternoon', '2023-02-07')).toBe('2023-02-06TAF');
  });

  it('keeps "this afternoon", "tonight" and "Tuesday night" in the same part-of-day codes', () => {
    expect(tag('Talks resume this afternoon and end tonight.', '2024-03-12')).toEqual([
      ['this afternoon', 'TIME', '2024-03-12TAF'],
      ['tonight', 'TIME', '2024-03-12TNI'],
    ]);
    expect(valueOf('The vote was held Tuesday night.', 'Tuesday night', '2024-03-14')).toBe('2024-03-12TNI');
  });

  it('does not tag "the morning" as the subject of a sentence', () => {
    expect(tag('The morning show drew record viewers.', '2024-03-12')).toEqual([]);
  });
});

describe('years naming an event', () => {
  it('tags the year of a named event after a determiner', () => {
    const text = 'Los Angeles will host the 2028 Olympics, and Atlanta held the 1996 Atlanta Games.';
    expect(tag(text, '2024-07-25')).toEqual([
      ['2028', 'DATE', '2028'],
      ['1996', 'DATE', '1996'],
    ]);
    expect(valueOf('Turnout fell in the 2024 election.', '2024', '2025-01-10')).toBe('2024');
  });

  it('leaves a bare number before a capitalised name untagged', () => {
    expect(tag('The 2000 Main Street building was sold.', '2024-07-25')).toEqual([]);
  });
});

describe('a day with a relative year', () => {
  it('reads "Oct. 7 last year" as one date in the year before the DCT', () => {
    expect(tag('Hamas attacked Israel on Oct. 7 last year.', '2024-08-22')).toEqual([
      ['Oct. 7 last year', 'DATE', '2023-10-07'],
    ]);
  });

  it('reads "5 June next year" as one date in the year after the DCT', () => {
    expect(tag('The treaty takes effect on 5 June next year.', '2024-08-22')).toEqual([
      ['5 June next year', 'DATE', '2025-06-05'],
    ]);
  });
});

describe('reporting periods without a year in business copy', () => {
  it('reads "the first half" and "the full year" in a results sentence as the DCT year', () => {
    const text =
      'Novartis said net sales rose 10% in the first half and raised its forecast for the full year.';
    expect(tag(text, '2023-10-24')).toEqual([
      ['the first half', 'DATE', '2023-H1'],
      ['the full year', 'DATE', '2023'],
    ]);
  });

  it('leaves a match half and a whole year of effort untagged outside results copy', () => {
    expect(tag('Smith scored twice in the first half.', '2024-03-14')).toEqual([]);
    expect(tag('She trained hard for the full year before the race.', '2024-03-14')).toEqual([]);
  });
});

describe('plans told in the past tense', () => {
  it('puts a date something was called or postponed for in the coming months', () => {
    expect(valueOf('Sunak has called an election for 4 July.', '4 July', '2024-05-23')).toBe('2024-07-04');
    expect(valueOf('The vote was postponed to Sept. 12.', 'Sept. 12', '2024-05-23')).toBe('2024-09-12');
  });

  it('still puts a past event without a scheduling verb in the past', () => {
    expect(valueOf('Police said he burned the barn on Sept. 12.', 'Sept. 12', '2024-05-23')).toBe(
      '2023-09-12',
    );
  });
});

describe('vague spans before "of"', () => {
  it('tags "years" and "months" of something that ended or came before', () => {
    expect(tag('The capsule launched after years of delays.', '2024-06-05')).toEqual([
      ['years', 'DURATION', 'PXY'],
    ]);
    expect(tag('The vote was called, ending months of speculation.', '2024-05-23')).toEqual([
      ['months', 'DURATION', 'PXM'],
    ]);
  });

  it('leaves "in days of" untagged', () => {
    expect(tag('It was common in days of old.', '2024-05-23')).toEqual([]);
  });
});

describe('months ahead in past-tense plans', () => {
  it('keeps a deadline in the coming month after "until"', () => {
    const text = 'The trial began on Oct. 2 and was expected to last until mid-December.';
    expect(valueOf(text, 'mid-December', '2023-11-08')).toBe('2023-12');
  });

  it('keeps a month something was postponed to in the coming months', () => {
    expect(valueOf('The summit was postponed to September.', 'September', '2024-05-23')).toBe('2024-09');
  });

  it('still puts a past month after the DCT month in the year before', () => {
    expect(valueOf('Sales fell in December, the company said.', 'December', '2023-11-08')).toBe('2022-12');
  });
});

describe('comparisons with a forecast', () => {
  it('does not read "than expected" as a future cue', () => {
    const text = 'Its cloud business grew faster than expected in the three months to Sept. 30.';
    expect(valueOf(text, 'Sept. 30', '2023-10-24')).toBe('2023-09-30');
    const start = text.indexOf('Sept. 30');
    expect(tenseAt(text, start, start + 8)).not.toBe('future');
  });
});

describe('scheduled present in a sentence with a past clause', () => {
  it('reads "announces its decision on Thursday" as the coming Thursday', () => {
    const text =
      'The European Central Bank cut its deposit rate last Thursday, and the Bank of England announces its decision on Thursday.';
    expect(tag(text, '2024-09-18')).toEqual([
      ['last Thursday', 'DATE', '2024-09-12'],
      ['Thursday', 'DATE', '2024-09-19'],
    ]);
  });
});
