import { describe, expect, it } from 'vitest';
import { extractStory as extract, rowsFrom as from } from './test-story';

/**
 * Leads of health and science news ("Surgeons at a hospital have done X, the hospital announced") and
 * of referendums and votes ("65 percent of voters supported", "the referendum was defeated", "the law
 * will come into force"). The articles are written for these tests.
 */

const HOSPITAL = `Surgeons report a first

Surgeons at Vermont General Hospital in Burlington have implanted a fully artificial heart into a patient for the first time, the hospital announced on Thursday.

Calloway Software has cut 300 jobs at its plant in Ohio, the company said on Tuesday.

With nearly all samples tested, the team found no trace of the virus, Calloway Labs said on Tuesday.
`;

describe('a lead told before its speaker', () => {
  const events = extract(HOSPITAL, '2024-10-25');

  it('files what the staff of an organisation did on its lane, titled as written, on the day it was told', () => {
    const [heart] = from(events, 'artificial heart');
    expect(heart?.actor).toBe('Vermont General Hospital');
    expect(heart?.title).toBe('Surgeons implant fully artificial heart');
    expect(heart?.start).toBe('2024-10-24');
  });

  it('lets the news before ", the company said on Tuesday" speak for the sentence', () => {
    const rows = from(events, '300 jobs');
    expect(rows.map((e) => [e.type, e.title, e.start])).toEqual([
      ['layoffs', 'Calloway Software cuts 300 jobs', '2024-10-22'],
    ]);
  });

  it('does not take a participle in a "with" phrase for the news', () => {
    const rows = from(events, 'samples tested');
    expect(rows.map((e) => e.type)).toEqual(['statement']);
  });
});

const REFERENDUM = `Voters back assisted dying

About 62 percent of voters supported the assisted dying law on Saturday, the electoral commission said.

A second referendum, on lowering the voting age, was narrowly defeated on Saturday.

The law will come into force in November 2025.

The motion was defeated by 300 votes to 200 on Tuesday.
`;

describe('referendums and votes', () => {
  const events = extract(REFERENDUM, '2024-10-21');

  it('reads what voters back as a vote, told with the group', () => {
    const [support] = from(events, 'percent of voters');
    expect(support?.type).toBe('election');
    expect(support?.title).toMatch(/^62 percent of voters support assisted dying law/);
    expect(support?.start).toBe('2024-10-19');
  });

  it('reads a defeated referendum as an election, a defeated motion as a policy, never a match', () => {
    expect(from(events, 'second referendum')[0]?.type).toBe('election');
    const motion = from(events, 'motion was defeated');
    expect(motion.map((e) => e.type)).toEqual(['policy']);
    expect(motion[0]?.start).toBe('2024-10-15');
  });

  it('plans a law coming into force', () => {
    const [law] = from(events, 'come into force');
    expect([law?.type, law?.factuality, law?.title, law?.start]).toEqual([
      'policy',
      'planned',
      'Law to come into force',
      '2025-11-01',
    ]);
  });
});
