/**
 * The other parties of an event: what a company sold, launched or took a stake in, and who received
 * it. They fill `other_actors`, which links a row to those lanes. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractStory, rowsFrom } from './test-story';

const story = (...sentences: string[]): string => `Business news\n\n${sentences.join('\n\n')}\n`;

describe('the other parties of an event', () => {
  it('lists what was sold and who bought it', () => {
    const rows = extractStory(story('Calloway sold Verlan to Brixmoor on Saturday.'), '2021-06-08');
    const [row] = rowsFrom(rows, 'sold Verlan');
    expect(row?.actor).toBe('Calloway');
    expect(row?.other_actors).toEqual(['Verlan', 'Brixmoor']);
  });

  it('takes the firm a stake is in as a party, not a place', () => {
    const rows = extractStory(
      story('Fennick agreed on Thursday to take a 20% stake in Orvano.'),
      '2021-06-08',
    );
    const [row] = rowsFrom(rows, 'stake in Orvano');
    expect(row?.actor).toBe('Fennick');
    expect(row?.other_actors).toEqual(['Orvano']);
  });

  it('lists the product a company unveiled and the airline it delivered to', () => {
    const rows = extractStory(
      story(
        'Tessaro unveiled the Quill 7 on Monday.',
        'Aerovane delivered its first AV900 to Kestrel Airlines in October 2020.',
      ),
      '2021-06-08',
    );
    expect(rowsFrom(rows, 'Quill 7')[0]?.other_actors).toEqual(['Quill 7']);
    expect(rowsFrom(rows, 'AV900')[0]?.other_actors).toEqual(['AV900', 'Kestrel Airlines']);
  });

  it('leaves out the place an act came from and what a statement reports', () => {
    const rows = extractStory(
      story(
        'North Korea fired two missiles from Sunchon on Monday.',
        'Lavrov met his counterpart in the coastal city of Hamhung on Monday.',
      ),
      '2021-06-08',
    );
    const [launch] = rowsFrom(rows, 'Sunchon');
    expect(launch?.actor).toBe('north-korea');
    expect(launch?.other_actors).toEqual([]);
    expect(rowsFrom(rows, 'Hamhung')[0]?.other_actors).not.toContain('Hamhung');
    const said = rowsFrom(
      extractStory(story('Brandt said on Tuesday Veloria will be his last race.'), '2021-06-08'),
      'Veloria',
    )[0];
    expect(said?.type).toBe('statement');
    expect(said?.other_actors).toEqual([]);
  });

  it('reads no rank as a name', () => {
    const rows = extractStory(
      story('Calloway passed Brixmoor to become the No. 2 seller in 2020.'),
      '2021-06-08',
    );
    const [row] = rowsFrom(rows, 'No. 2');
    expect(row?.other_actors).not.toContain('No. 2');
  });
});
