import { describe, expect, it } from 'vitest';
import { extractStory as extract, rowsFrom as from } from './test-story';

/**
 * "the regulator", "the firm", "the group": a definite description points back at a name of the right
 * kind, not at whatever was named last. The articles are written for these tests.
 */

const RECALL = `Carmaker fined over brakes

DETROIT (AP) — Calloway Motors recalled 40,000 trucks on Monday over faulty brakes.

The National Transport Safety Board opened an inquiry into Calloway Motors on Tuesday.

The regulator fined the carmaker $3 million on Wednesday.

The firm appealed the fine on Thursday.
`;

describe('the regulator and the firm', () => {
  const events = extract(RECALL, '2024-03-15');

  it('reads "the regulator" as the public body the story named', () => {
    const [fine] = from(events, 'regulator fined');
    expect(fine?.actor).toBe('National Transport Safety Board');
    expect(fine?.other_actors).toContain('Calloway Motors');
  });

  it('reads "the firm" as the company, not the board named after it', () => {
    expect(from(events, 'firm appealed')[0]?.actor).toBe('Calloway Motors');
  });
});

const CARTEL = `Growers agree export cut

LONDON, Oct 6 (Reuters) - The Calloway Growers Association agreed on Wednesday to cut its exports by 20%, the group's biggest reduction since 2020.

The White House said on Wednesday that the decision was shortsighted.

At its previous meeting on Sept. 5, the group agreed a token cut of 1%.

The group's record cut came in April 2020.
`;

describe('the group', () => {
  const events = extract(CARTEL, '2022-10-06');

  it('is the association the story is about, never the country that spoke in between', () => {
    expect(from(events, 'token cut').map((e) => [e.start, e.actor])).toEqual([
      ['2022-09-05', 'Calloway Growers Association'],
    ]);
  });

  it('reads a cut with no jobs after it as no layoff, and a cut of staff as one', () => {
    expect(from(events, 'record cut').map((e) => e.type)).not.toContain('layoffs');
    const staff = extract('Bank cuts staff\n\nThe Calloway Bank cut 300 staff on Thursday.\n', '2024-03-15');
    expect(staff.map((e) => e.type)).toEqual(['layoffs']);
  });
});

const LAUNCH = `Calloway unveils Nimbus 7

SAN JOSE (AP) — The newest phone, Nimbus 7, was introduced by Calloway Devices chief Dana Whitlock at the company's Worldwide Makers' Conference on Monday.
`;

describe('the company after a passive', () => {
  it('is the doer after "by", not the product the sentence opens with', () => {
    const rows = from(extract(LAUNCH, '2024-06-11'), 'Nimbus 7, was introduced');
    expect(rows.find((e) => e.type === 'meeting')?.actor).toBe('Calloway Devices');
  });
});
