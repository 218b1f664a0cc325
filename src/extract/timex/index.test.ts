import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tagTimex } from './index';

/** [text, type, value] triples, for compact expectations. */
function tag(text: string, dct: string): [string, string, string][] {
  return tagTimex(text, { dct }).map((t) => [t.text, t.type, t.value]);
}

function only(text: string, dct: string): [string, string, string] | undefined {
  const all = tag(text, dct);
  expect(all).toHaveLength(1);
  return all[0];
}

// Wednesday 8 June 2022, ISO week 23.
const DCT = '2022-06-08';

describe('tagTimex: relative dates against the DCT', () => {
  it('gives "last month", "this week" and "last year" their own granularity', () => {
    expect(tag('Talks collapsed last month and resumed this week after stalling last year.', DCT)).toEqual([
      ['last month', 'DATE', '2022-05'],
      ['this week', 'DATE', '2022-W23'],
      ['last year', 'DATE', '2021'],
    ]);
  });

  it('reads a bare weekday as the most recent one in a past-tense sentence', () => {
    expect(only('North Korea fired eight missiles on Sunday, officials said.', DCT)).toEqual([
      'Sunday',
      'DATE',
      '2022-06-05',
    ]);
  });

  it('reads a bare weekday as the coming one when the sentence looks ahead', () => {
    expect(only('The two leaders will meet in Seoul on Friday.', DCT)).toEqual([
      'Friday',
      'DATE',
      '2022-06-10',
    ]);
    expect(only('The vote is scheduled for Tuesday.', DCT)).toEqual(['Tuesday', 'DATE', '2022-06-14']);
  });

  it('dates a statement by the reporting verb next to it, not by a later clause', () => {
    expect(tag('The ministry said Monday that troops would withdraw.', DCT)[0]).toEqual([
      'Monday',
      'DATE',
      '2022-06-06',
    ]);
  });

  it('resolves months by tense across the new year', () => {
    expect(only('In May, Biden met Yoon in Seoul.', DCT)).toEqual(['May', 'DATE', '2022-05']);
    expect(only('The talks were held in September.', DCT)).toEqual(['September', 'DATE', '2021-09']);
    expect(only('Elections will be held in March.', DCT)).toEqual(['March', 'DATE', '2023-03']);
  });

  it('counts back from the DCT for "ago", at the unit of the count', () => {
    expect(tag('The plant closed three days ago; the deal was struck two years ago.', DCT)).toEqual([
      ['three days ago', 'DATE', '2022-06-05'],
      ['two years ago', 'DATE', '2020'],
    ]);
  });

  it('keeps "nearly" inside the extent and marks the date approximate', () => {
    const [t] = tagTimex('Ukraine launched its incursion nearly a year ago.', { dct: DCT });
    expect(t).toMatchObject({ text: 'nearly a year ago', value: '2021', mod: 'APPROX' });
  });

  it('tags today, tonight, yesterday, now, recently and the future', () => {
    expect(tag('Today it rained; tonight it will snow. Yesterday was dry.', DCT)).toEqual([
      ['Today', 'DATE', '2022-06-08'],
      ['tonight', 'TIME', '2022-06-08TNI'],
      ['Yesterday', 'DATE', '2022-06-07'],
    ]);
    expect(tag('Prices are now high, rose recently and may fall in the future.', DCT)).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('resolves "a week ago Friday" to the Friday before last', () => {
    expect(only('The ship lost power a week ago Friday.', DCT)).toEqual([
      'a week ago Friday',
      'DATE',
      '2022-05-27',
    ]);
  });

  it('reads "next Thursday" as the Thursday of next week', () => {
    expect(only('Data are due next Thursday.', DCT)).toEqual(['next Thursday', 'DATE', '2022-06-16']);
  });
});

describe('tagTimex: explicit dates, periods and modifiers', () => {
  it('tags full dates in US and day-first order, and datelines', () => {
    expect(tag('21 May 2022, North Korea, Pyongyang: Kim spoke on June 5, 2022.', DCT)).toEqual([
      ['21 May 2022', 'DATE', '2022-05-21'],
      ['June 5, 2022', 'DATE', '2022-06-05'],
    ]);
    expect(only('WASHINGTON, Sept. 11 (Reuters) - Officials met.', DCT)).toEqual([
      'Sept. 11',
      'DATE',
      '2021-09-11',
    ]);
  });

  it('tags month-year, decades and bare years only with a cue', () => {
    expect(tag('Since 2019, after the 2019 talks of September 2017, and in the 1990s.', DCT)).toEqual([
      ['2019', 'DATE', '2019'],
      ['2019', 'DATE', '2019'],
      ['September 2017', 'DATE', '2017-09'],
      ['the 1990s', 'DATE', '199X'],
    ]);
    expect(tag('The army moved 2000 troops and 1,000 missiles.', DCT)).toEqual([]);
  });

  it('tags quarters, halves and fiscal quarters', () => {
    expect(tag('Profit rose in the third quarter and the first half of 2022.', DCT)).toEqual([
      ['the third quarter', 'DATE', '2021-Q3'],
      ['the first half of 2022', 'DATE', '2022-H1'],
    ]);
    expect(only('Sales in the first six months of 2022 beat forecasts.', DCT)).toEqual([
      'the first six months of 2022',
      'DATE',
      '2022-H1',
    ]);
    expect(only('It guided for its fiscal 2023 second quarter.', DCT)).toEqual([
      'fiscal 2023 second quarter',
      'DATE',
      '2023-Q2',
    ]);
  });

  it('counts "the year-ago quarter" from the quarter just mentioned', () => {
    expect(tag('Profit in the fourth quarter of 2021 beat the year-ago quarter.', DCT)).toEqual([
      ['the fourth quarter of 2021', 'DATE', '2021-Q4'],
      ['the year-ago quarter', 'DATE', '2020-Q4'],
    ]);
  });

  it('widens dates over early, mid, late and "the end of"', () => {
    expect(
      tagTimex('Early June, mid-2019 and the end of June were busy; earlier this year too.', {
        dct: DCT,
      }).map((t) => [t.text, t.value, t.mod ?? '']),
    ).toEqual([
      ['Early June', '2022-06', 'START'],
      ['mid-2019', '2019', 'MID'],
      ['the end of June', '2022-06', 'END'],
      ['earlier this year', '2022', ''],
    ]);
  });

  it('tags seasons with a determiner and leaves "spring training" alone', () => {
    expect(tag('Drills resume this summer, as they did last summer.', DCT)).toEqual([
      ['this summer', 'DATE', '2022-SU'],
      ['last summer', 'DATE', '2021-SU'],
    ]);
    expect(tag('He hit well in spring training.', DCT)).toEqual([]);
  });

  it('tags "July or August" as two months of the same year', () => {
    expect(tag('Troops may deploy in July or August.', DCT)).toEqual([
      ['July', 'DATE', '2022-07'],
      ['August', 'DATE', '2022-08'],
    ]);
  });

  it('resolves anaphoric days from the last mentioned date', () => {
    expect(
      tag('The ship ran aground on May 2. It was refloated the next day and inspected two days later.', DCT),
    ).toEqual([
      ['May 2', 'DATE', '2022-05-02'],
      ['the next day', 'DATE', '2022-05-03'],
      ['two days later', 'DATE', '2022-05-05'],
    ]);
  });

  it('tags clock times with the day they are attached to', () => {
    expect(only('Polls close at 10 a.m. Tuesday.', DCT)).toEqual([
      '10 a.m. Tuesday',
      'TIME',
      '2022-06-07T10:00',
    ]);
    expect(tag('On Monday, the blast came at 9:15 p.m. local time.', DCT)).toEqual([
      ['Monday', 'DATE', '2022-06-06'],
      ['9:15 p.m. local time', 'TIME', '2022-06-06T21:15'],
    ]);
  });

  it('tags named holidays for the year the tense points to', () => {
    expect(only('The telescope launched on Christmas Day.', '2021-12-27')).toEqual([
      'Christmas Day',
      'DATE',
      '2021-12-25',
    ]);
  });
});

describe('tagTimex: durations and sets', () => {
  it('tags durations, including adjectival and vague ones', () => {
    expect(tag('A 30-day ceasefire held for three years, then several weeks of fighting.', DCT)).toEqual([
      ['30-day', 'DURATION', 'P30D'],
      ['three years', 'DURATION', 'P3Y'],
      ['several weeks', 'DURATION', 'PXW'],
    ]);
    expect(tag('Talks have stalled for the past two years and crews worked for hours.', DCT)).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
      ['hours', 'DURATION', 'PTXH'],
    ]);
  });

  it('puts "more than" inside a duration and records the mod', () => {
    const [t] = tagTimex('The dispute has lasted more than three years.', { dct: DCT });
    expect(t).toMatchObject({ text: 'more than three years', value: 'P3Y', mod: 'MORE_THAN' });
  });

  it('tags ages as durations', () => {
    expect(only('The 34-year-old was arrested.', DCT)).toEqual(['34-year-old', 'DURATION', 'P34Y']);
  });

  it('tags recurrences as sets', () => {
    expect(
      tag('Crews meet every week, report daily, vote each Monday and work 24 hours a day.', DCT),
    ).toEqual([
      ['every week', 'SET', 'P1W'],
      ['daily', 'SET', 'P1D'],
      ['each Monday', 'SET', 'XXXX-WXX-1'],
      ['24 hours a day', 'SET', 'P1D'],
    ]);
    expect(only('The pipeline carries 500,000 barrels a day.', DCT)).toEqual(['a day', 'SET', 'P1D']);
  });
});

describe('tagTimex: things that are not temporal expressions', () => {
  it.each([
    'Shares rose to $2.50 a share.',
    'Sun Microsystems was bought by Oracle.',
    'She said she may resign, and Theresa May declined to comment.',
    'Will Smith hit a homer in the second inning.',
    'Jan Vesely joined the coaching staff.',
    'The Lakers won 112-104 and shot 45%.',
    'Call 1-866-363-4377 for tickets.',
    'The 911 call came from a Boeing 737 parked near the G20 venue.',
    'Section 230 shields platforms.',
    'He counted 20 people.',
    'The galaxy is 55 million light-years away.',
  ])('finds nothing in %j', (text) => {
    expect(tag(text, DCT)).toEqual([]);
  });
});

describe('tagTimex: properties', () => {
  const pieces = fc.constantFrom(
    'on Friday',
    ' last month ',
    'May',
    'may',
    ' 2019',
    '$2.50',
    'the 1990s',
    'three years ago',
    '10 a.m.',
    'early June 5, 2022',
    '\n',
    '. ',
    ', ',
    'the next day',
    'every week',
    'mid-',
    '\u00e9t\u00e9',
    '\ud83d\ude00',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join(' ')),
  );
  const dct = fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('returns sorted, non-overlapping spans within bounds whose text is the slice', () => {
    fc.assert(
      fc.property(text, dct, (input, day) => {
        const out = tagTimex(input, { dct: day });
        let lastEnd = 0;
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(lastEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(input.length);
          expect(t.text).toBe(input.slice(t.start, t.end));
          lastEnd = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a malformed DCT instead of guessing', () => {
    expect(() => tagTimex('on Friday', { dct: '2022-02-30' })).toThrow(RangeError);
  });
});
